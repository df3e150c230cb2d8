import { useStore } from '@nanostores/preact';
import { ConsoleShell } from './components/console-shell';
import { SignIn } from './components/sign-in';
import { $connection } from './stores/connection';
import { $token } from './stores/token';

/** The whole agent console: the sign-in form, or the console once there is a token. */
export function App() {
  const token = useStore($token);
  // Listening to the connection is what opens the socket.
  useStore($connection);
  return token ? <ConsoleShell /> : <SignIn />;
}
