import { useStore } from '@nanostores/preact';
import type { ConversationView } from '../../protocol/agent-frames';
import { lastVisitorText } from '../lib/last-visitor-text';
import { $visitorTyping } from '../stores/typing';
import { ConversationItem } from './conversation-item';

/** One of this agent's conversations: who, their last words, and how many lines are unread. */
export function MineItem({ view, selected, unread }: { view: ConversationView; selected: boolean; unread: number }) {
  const typing = useStore($visitorTyping)[view.conversationId];
  return (
    <ConversationItem
      view={view}
      selected={selected}
      badges={
        <>
          {unread > 0 && <span class="unread">{unread === 1 ? '1 new' : `${unread} new`}</span>}
          {view.note && <span class="badge badge-note">Has a note</span>}
        </>
      }
      preview={typing ? 'typing…' : lastVisitorText(view.entries) || 'No message yet'}
    />
  );
}
