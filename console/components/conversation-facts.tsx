import { useStore } from '@nanostores/preact';
import type { ConversationView } from '../../protocol/agent-frames';
import { priorityBadges } from '../lib/priority-badges';
import { teamLabel } from '../lib/team-label';
import { $roster } from '../stores/roster';
import { PriorityBadges } from './priority-badges';
import { ReasonCard } from './reason-card';
import { SummaryCard } from './summary-card';
import { VisitorCard } from './visitor-card';

/**
 * The context column, read before the transcript: who the visitor is (and how sure we are), the
 * team and priority, the three-line summary, and why a person is needed, so nobody asks twice.
 */
export function ConversationFacts({ view }: { view: ConversationView }) {
  const roster = useStore($roster);
  const team = teamLabel(view, roster);
  const badges = priorityBadges(view);
  return (
    <aside class="facts" aria-label="Context">
      <VisitorCard visitor={view.visitor} />
      <section class="facts-card" aria-labelledby="routing-title">
        <h3 id="routing-title">Routing</h3>
        <dl class="facts-list">
          <dt>Team</dt>
          <dd>{team ?? 'None'}</dd>
          <dt>Priority</dt>
          <dd>{badges.length ? <PriorityBadges badges={badges} /> : 'Normal'}</dd>
          <dt>Conversation</dt>
          <dd class="mono">{view.conversationId}</dd>
        </dl>
      </section>
      <SummaryCard lines={view.summary} />
      {view.status.reason && <ReasonCard reason={view.status.reason} />}
    </aside>
  );
}
