import { computed } from 'nanostores';
import { $allOpen, $mine, $queue } from './conversations';
import { $openTicketCount } from './tickets';
import type { View } from './view';

/** The count each tab shows: waiting, mine, all open, open tickets; Metrics has none. */
export const $viewCounts = computed([$queue, $mine, $allOpen, $openTicketCount], (queue, mine, allOpen, tickets) => {
  const counts: Partial<Record<View, number>> = { waiting: queue.length, mine: mine.length, 'all-open': allOpen.length, tickets };
  return counts;
});
