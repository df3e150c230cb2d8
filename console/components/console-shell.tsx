import { useStore } from '@nanostores/preact';
import type { FunctionComponent } from 'preact';
import { $view, type View } from '../stores/view';
import { AlertBar } from './alert-bar';
import { AllOpenList } from './all-open-list';
import { ConnectionBanner } from './connection-banner';
import { ConversationPane } from './conversation-pane';
import { MetricsView } from './metrics-view';
import { MineList } from './mine-list';
import { NoticeLine } from './notice-line';
import { QueueList } from './queue-list';
import { TicketList } from './ticket-list';
import { TicketPane } from './ticket-pane';
import { TopBar } from './top-bar';
import { ViewPanel } from './view-panel';
import { ViewTabs } from './view-tabs';

/** The list each view shows in the left column. */
const lists: Record<Exclude<View, 'metrics'>, FunctionComponent> = {
  waiting: QueueList,
  mine: MineList,
  'all-open': AllOpenList,
  tickets: TicketList,
};

/** The signed-in layout: top bar, the view tabs, then the view's list beside the open conversation or ticket (Metrics takes the width). */
export function ConsoleShell() {
  const view = useStore($view);
  let body;
  if (view === 'metrics') {
    body = (
      <ViewPanel view="metrics" class="metrics-panel">
        <MetricsView />
      </ViewPanel>
    );
  } else {
    const List = lists[view];
    body = (
      <div class="columns">
        <ViewPanel view={view} class="sidebar">
          <List />
        </ViewPanel>
        <div class="pane">{view === 'tickets' ? <TicketPane /> : <ConversationPane />}</div>
      </div>
    );
  }
  return (
    <div class="shell">
      <TopBar />
      <ConnectionBanner />
      <AlertBar />
      <main class="workspace">
        <ViewTabs current={view} />
        {body}
      </main>
      <NoticeLine />
    </div>
  );
}
