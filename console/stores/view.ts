import { atom } from 'nanostores';
import { requestMetrics } from './metrics';

/** The console's views, one tab each. */
export type View = 'waiting' | 'mine' | 'all-open' | 'tickets' | 'metrics';

/** The views in tab order, with their tab names. */
export const VIEWS: readonly { id: View; label: string }[] = [
  { id: 'waiting', label: 'Waiting' },
  { id: 'mine', label: 'Mine' },
  { id: 'all-open', label: 'All open' },
  { id: 'tickets', label: 'Tickets' },
  { id: 'metrics', label: 'Metrics' },
];

/** The view on screen (default "Waiting"). */
export const $view = atom<View>('waiting');

/** Shows a view; opening Metrics asks the relay for fresh figures. */
export function openView(view: View): void {
  $view.set(view);
  if (view === 'metrics') requestMetrics();
}

/** Back to the default view, on sign-out. */
export function forgetView(): void {
  $view.set('waiting');
}
