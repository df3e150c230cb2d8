import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { useChat } from '../chat-context';
import { ErrorNotice } from './error-notice';

/**
 * The "Leave your email" form shown when nobody is available: Name (optional), Email (required),
 * Question (optional, prefilled with the visitor's last message; name and email from `Baton.identify`).
 * Validation happens in `submitTicket` and shows in an alert that clears as soon as the email is
 * edited. The panel hides the form once the relay confirms the ticket.
 */
export function OfflineForm() {
  const chat = useChat();
  const ticket = useStore(chat.$ticket);
  const settings = useStore(chat.$settings);
  const [name, setName] = useState(() => chat.$identity.get()?.name ?? '');
  const [email, setEmail] = useState(() => chat.$identity.get()?.email ?? '');
  const [question, setQuestion] = useState(() => chat.$lastMessage.get());
  return (
    <form
      class="offline"
      aria-label="Leave your email"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        chat.submitTicket({ email, name, question });
      }}
    >
      {/* The site's own honest message stays in view above the fields, not scrolled away in the transcript. */}
      <p class="offline-intro">{settings?.offlineMessage ?? "Nobody is available right now. Leave your email and we'll reply as soon as someone is back."}</p>
      <label class="field">
        <span>Name</span>
        <input type="text" autoComplete="name" maxLength={200} placeholder="Optional" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>Email</span>
        <input
          type="email"
          required
          autoComplete="email"
          placeholder="you@example.com"
          value={email}
          onInput={(e) => {
            setEmail(e.currentTarget.value);
            chat.clearError();
          }}
        />
      </label>
      <label class="field">
        <span>Question</span>
        <textarea rows={2} maxLength={4000} placeholder="Optional" value={question} onInput={(e) => setQuestion(e.currentTarget.value)} />
      </label>
      <ErrorNotice />
      <button type="submit" class="primary" disabled={ticket === 'sending'}>
        {ticket === 'sending' ? 'Sending…' : 'Send email'}
      </button>
    </form>
  );
}
