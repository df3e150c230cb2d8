import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $signInError, signIn } from '../stores/token';

/** The sign-in form: one "Agent token" field, and why the last token failed if it did. */
export function SignIn() {
  const error = useStore($signInError);
  const [value, setValue] = useState('');
  return (
    <main class="signin">
      <form
        class="signin-card"
        aria-labelledby="signin-title"
        onSubmit={(event) => {
          event.preventDefault();
          signIn(value);
        }}
      >
        <div class="brand brand-large" aria-hidden="true">
          <span class="brand-mark">B</span> Baton
        </div>
        <h1 id="signin-title">Agent console</h1>
        <p class="muted">Sign in with the agent token from your relay settings, or open the link the relay printed.</p>
        {error && (
          <p role="alert" class="signin-error">
            {error}
          </p>
        )}
        <label class="field-label" htmlFor="agent-token">
          Agent token
        </label>
        <input
          id="agent-token"
          class="text-input"
          type="text"
          autoComplete="off"
          spellcheck={false}
          value={value}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit" class="btn btn-primary btn-block">
          Sign in
        </button>
      </form>
    </main>
  );
}
