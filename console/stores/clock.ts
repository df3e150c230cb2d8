import { atom, onMount } from 'nanostores';

/** The current time in epoch ms, ticking every second while anything shows a waiting time. */
export const $now = atom(Date.now());

onMount($now, () => {
  $now.set(Date.now());
  const timer = setInterval(() => $now.set(Date.now()), 1000);
  return () => clearInterval(timer);
});
