/**
 * When the check-ins of a trajectory fall: every `everyWeeks` weeks after the start, up to and
 * including the planned end. Dates are calendar days ('YYYY-MM-DD'), computed in UTC so a
 * daylight-saving change never shifts one by a day.
 */
export const MIN_CHECK_IN_WEEKS = 2;
export const MAX_CHECK_IN_WEEKS = 8;
export const DEFAULT_CHECK_IN_WEEKS = 4;
/** A trajectory is a longer link, but not open-ended: at most two years. */
export const MAX_TRAJECTORY_DAYS = 731;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A 'YYYY-MM-DD' that is a real calendar day, as a UTC midnight; null otherwise. */
export function parseCalendarDay(value: string): Date | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value ? date : null;
}

export function formatCalendarDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = parseCalendarDay(day);
  if (!date) throw new Error(`not a calendar day: ${day}`);
  return formatCalendarDay(new Date(date.getTime() + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((parseCalendarDay(to)!.getTime() - parseCalendarDay(from)!.getTime()) / DAY_MS);
}

/** The due dates, oldest first; empty when the period is shorter than one interval. */
export function checkInSchedule(startsOn: string, plannedEndOn: string, everyWeeks: number): string[] {
  if (!Number.isInteger(everyWeeks) || everyWeeks < MIN_CHECK_IN_WEEKS || everyWeeks > MAX_CHECK_IN_WEEKS) {
    throw new Error(`check-in interval must be ${MIN_CHECK_IN_WEEKS}–${MAX_CHECK_IN_WEEKS} weeks: ${everyWeeks}`);
  }
  const span = daysBetween(startsOn, plannedEndOn);
  const dates: string[] = [];
  for (let offset = everyWeeks * 7; offset <= span; offset += everyWeeks * 7) dates.push(addDays(startsOn, offset));
  return dates;
}
