// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimPage } from '../../widget/claim-page';
import { mount, type MountedWidget } from '../../widget/mount';
import { resolveRelayUrl } from '../../widget/resolve-relay-url';
import { fakeSockets } from '../helpers/widget-fake-socket';
import { RELAY } from '../helpers/widget-frames';

let mounted: MountedWidget | undefined;
beforeEach(() => localStorage.clear());
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

describe('mount', () => {
  it('renders into an open shadow root on a host appended to body, and connects', async () => {
    const net = fakeSockets();
    mounted = mount({ relayUrl: RELAY, WebSocket: net.WebSocket });
    const { host } = mounted;
    expect(host.parentElement).toBe(document.body);
    expect(host.shadowRoot).toBeTruthy();
    expect(host.shadowRoot!.querySelector('style')).toBeTruthy();
    expect(host.shadowRoot!.querySelector('button[aria-label="Open chat"]')).toBeTruthy();
    expect(document.body.querySelector('button')).toBeNull();
    expect(net.sockets.map((socket) => socket.url)).toEqual(['wss://relay.test/ws/visitor']);

    mounted.unmount();
    mounted = undefined;
    expect(host.isConnected).toBe(false);
  });
});

describe('claimPage', () => {
  it('says yes once per window, so a second copy of the script does nothing', () => {
    const win = {} as Window;
    expect(claimPage(win)).toBe(true);
    expect(claimPage(win)).toBe(false);
  });
});

describe('resolveRelayUrl', () => {
  function script(attrs: Record<string, string>) {
    const el = document.createElement('script');
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    return el;
  }

  it('defaults to the origin the script came from', () => {
    expect(resolveRelayUrl(script({ src: 'https://relay.example/widget.js?v=2' }))).toBe('https://relay.example');
  });

  it('lets data-relay override it', () => {
    expect(resolveRelayUrl(script({ src: 'https://cdn.example/widget.js', 'data-relay': 'https://chat.example/baton' }))).toBe('https://chat.example/baton');
  });

  it('gives null without a script', () => {
    expect(resolveRelayUrl(null)).toBeNull();
  });
});
