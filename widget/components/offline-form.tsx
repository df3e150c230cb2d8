import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { useChat } from '../chat-context';
import { ErrorNotice } from './error-notice';

/** The "Leave your email" form shown when nobody is available; validation happens in `submitTicket`, errors show in an alert. The panel hides it once the relay confirms the ticket. */
export function OfflineForm() {
  const chat = useChat();
  const ticket = useStore(chat.$ticket);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  return (
    <form
      class="offline"
      aria-label="Leave your email"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        chat.submitTicket({ email, name });
      }}
    >
      <p class="offline-intro">Leave your email and we'll reply as soon as someone is back.</p>
      <label class="field">
        <span>Email</span>
        <input type="email" required autoComplete="email" placeholder="you@example.com" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>Name</span>
        <input type="text" autoComplete="name" placeholder="Optional" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <ErrorNotice />
      <button type="submit" class="primary" disabled={ticket === 'sending'}>
        {ticket === 'sending' ? 'Sending…' : 'Send email'}
      </button>
    </form>
  );
}
