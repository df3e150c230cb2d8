import type { Team } from './resolve-teams';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Whether a team's business hours include the instant `at` (epoch ms), in the team's own time zone. No hours: always open. */
export function isTeamOpen(hours: Team['hours'], at: number): boolean {
  if (!hours) return true;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: hours.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23' })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  if (hours.closedDates.includes(`${parts.year}-${parts.month}-${parts.day}`)) return false;
  const weekday = DAYS.find((d) => d === parts.weekday.toLowerCase().slice(0, 3));
  const span = weekday ? hours.days[weekday] : undefined;
  if (!span) return false;
  const now = `${parts.hour}:${parts.minute}`;
  return now >= span[0] && now < span[1];
}
