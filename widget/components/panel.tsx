import { useStore } from '@nanostores/preact';
import type { Mode } from '../../protocol/status';
import { useChat } from '../chat-context';
import { Composer } from './composer';
import { ConnectionIndicator } from './connection-indicator';
import { ErrorNotice } from './error-notice';
import { CloseIcon } from './icons';
import { OfflineForm } from './offline-form';
import { StatusBanner } from './status-banner';
import { TalkToPerson } from './talk-to-person';
import { Transcript } from './transcript';

/** The panel's element id, for the launcher's aria-controls. */
export const PANEL_ID = 'baton-panel';

const subtitles: Record<Mode, string> = {
  bot: 'Ask us anything',
  queued: 'Finding someone to help',
  agent: 'Live chat',
  offline: 'Nobody is available right now',
};

/** The chat window (a non-modal dialog named "Chat with <siteName>"): header, banners, conversation, offline form, the person button and the composer. Escape closes it. */
export function Panel() {
  const chat = useChat();
  const settings = useStore(chat.$settings);
  const status = useStore(chat.$status);
  const showOfflineForm = useStore(chat.$showOfflineForm);
  const siteName = settings?.siteName || 'us';
  const title = status.mode === 'agent' && status.agentLabel ? status.agentLabel : settings?.siteName || 'Chat';
  return (
    <section
      id={PANEL_ID}
      class="panel"
      role="dialog"
      aria-label={`Chat with ${siteName}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') chat.close();
      }}
    >
      <header class="header">
        <span class="avatar" aria-hidden="true">
          {title.charAt(0).toUpperCase()}
        </span>
        <div class="heading">
          <h2 class="title">{title}</h2>
          <p class="subtitle">{subtitles[status.mode] ?? ''}</p>
        </div>
        <button type="button" class="minimize" aria-label="Minimize chat" onClick={() => chat.close()}>
          <CloseIcon size={18} />
        </button>
      </header>
      <ConnectionIndicator />
      <StatusBanner />
      <Transcript />
      {showOfflineForm ? <OfflineForm /> : null}
      <footer class="footer">
        <TalkToPerson />
        {showOfflineForm ? null : <ErrorNotice />}
        <Composer />
      </footer>
    </section>
  );
}
