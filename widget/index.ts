import { createHostApi } from './api/create-host-api';
import { replayQueue } from './api/replay-queue';
import { claimPage } from './claim-page';
import { mount } from './mount';
import { resolveRelayUrl } from './resolve-relay-url';
import { whenBodyReady } from './when-body-ready';

// Read at once: document.currentScript is only set while this script first runs.
const relayUrl = resolveRelayUrl(document.currentScript);

if (!relayUrl) console.warn('Baton: cannot tell where the relay is; add data-relay="https://…" to the script tag.');
else if (claimPage(window)) whenBodyReady(() => replayQueue(window, createHostApi(mount({ relayUrl }).chat)));
