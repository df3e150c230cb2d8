/**
 * Where focus goes in a tablist for a key, per the WAI-ARIA tabs pattern: arrows move and wrap,
 * Home and End jump to the ends. Null for any other key (let the browser handle it).
 */
export function nextTabIndex(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
