import { AlertBar } from './alert-bar';
import { ConnectionBanner } from './connection-banner';
import { ConversationPane } from './conversation-pane';
import { MineList } from './mine-list';
import { NoticeLine } from './notice-line';
import { QueueList } from './queue-list';
import { TopBar } from './top-bar';

/** The signed-in layout: top bar, then the queue and "Mine" on the left and the conversation on the right. */
export function ConsoleShell() {
  return (
    <div class="shell">
      <TopBar />
      <ConnectionBanner />
      <AlertBar />
      <div class="columns">
        <nav class="sidebar" aria-label="Conversations">
          <QueueList />
          <MineList />
        </nav>
        <main class="pane">
          <ConversationPane />
        </main>
      </div>
      <NoticeLine />
    </div>
  );
}
