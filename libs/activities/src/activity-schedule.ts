import type { FieldError } from '@buurtbrug/core';
import rrulePackage from 'rrule';

const { RRule } = rrulePackage;
type RRuleOptions = ConstructorParameters<typeof rrulePackage.RRule>[0];

/** Activities happen in Dutch municipalities: a weekly 10:00 stays 10:00 across summer time. */
export const ACTIVITY_TIME_ZONE = 'Europe/Amsterdam';

export const MAX_DURATION_MINUTES = 24 * 60;
export const MAX_ONE_OFF_DAYS = 14;
export const MAX_RRULE_COUNT = 500;
/** A window longer than this is refused: expanding rules is work done per request. */
export const MAX_WINDOW_DAYS = 92;
export const MAX_OCCURRENCES = 500;

const DAY_MS = 86_400_000;
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/** A validated schedule as it is stored on the activity row. */
export interface Schedule {
  startsAt: Date;
  /** End of a one-off activity; null for a recurring one. */
  endsAt: Date | null;
  /** Normalised RRULE without DTSTART (e.g. `FREQ=WEEKLY;BYDAY=TU`); null for a one-off. */
  rrule: string | null;
  durationMinutes: number | null;
  /** Last moment a recurring occurrence may start; null = open-ended. */
  until: Date | null;
  /** When the last occurrence ends, if the series ends at all (used to skip finished series). */
  seriesEndsAt: Date | null;
}

export interface ScheduleInputShape {
  startsAt?: Date | null;
  endsAt?: Date | null;
  rrule?: string | null;
  durationMinutes?: number | null;
  until?: Date | null;
}

export interface Occurrence {
  start: Date;
  end: Date;
}

const wallClockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ACTIVITY_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * The local (Amsterdam) wall-clock time of an instant, as a Date whose UTC fields hold it.
 * rrule expands in this "floating" time, so BYDAY and the hour follow the local calendar.
 */
export function toWallClock(instant: Date): Date {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormat.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return new Date(
    Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, instant.getUTCMilliseconds()),
  );
}

/** The instant at which Amsterdam's clocks show this wall-clock time (the inverse of toWallClock). */
export function fromWallClock(wallClock: Date): Date {
  const guess = wallClock.getTime();
  const firstOffset = toWallClock(new Date(guess)).getTime() - guess;
  let instant = guess - firstOffset;
  // Around a DST switch the offset at the candidate can differ from the first guess.
  const secondOffset = toWallClock(new Date(instant)).getTime() - instant;
  if (secondOffset !== firstOffset) instant = guess - secondOffset;
  return new Date(instant);
}

const WEEKDAY = '(?:[+-]?\\d{1,2})?(?:MO|TU|WE|TH|FR|SA|SU)';
const RULE_PARTS: Record<string, RegExp> = {
  FREQ: /^(DAILY|WEEKLY|MONTHLY|YEARLY)$/,
  INTERVAL: /^\d{1,2}$/,
  COUNT: /^\d{1,3}$/,
  BYDAY: new RegExp(`^${WEEKDAY}(,${WEEKDAY})*$`),
  BYMONTHDAY: /^-?\d{1,2}(,-?\d{1,2})*$/,
  BYMONTH: /^\d{1,2}(,\d{1,2})*$/,
  BYSETPOS: /^-?\d{1,3}(,-?\d{1,3})*$/,
  BYWEEKNO: /^-?\d{1,2}(,-?\d{1,2})*$/,
  BYYEARDAY: /^-?\d{1,3}(,-?\d{1,3})*$/,
  WKST: /^(MO|TU|WE|TH|FR|SA|SU)$/,
};

/** Parts we refuse with a pointed message, because another field already says it. */
const TAKEN_BY_OTHER_FIELDS: Record<string, string> = {
  DTSTART: 'leave DTSTART out: startsAt is the first date',
  TZID: 'leave TZID out: times are Dutch local time',
  UNTIL: 'leave UNTIL out: use the until field',
  BYHOUR: 'leave BYHOUR out: the time of day comes from startsAt',
  BYMINUTE: 'leave BYMINUTE out: the time of day comes from startsAt',
  BYSECOND: 'leave BYSECOND out: the time of day comes from startsAt',
};

/**
 * Checks an RRULE string part by part and with the rrule library, and returns it normalised
 * (so the same rule written twice compares equal), or the reasons it is refused.
 */
export function parseRecurrenceRule(raw: string): { rule?: string; options?: Partial<RRuleOptions>; errors: string[] } {
  const text = raw.trim().replace(/^RRULE:/i, '').toUpperCase();
  if (!text) return { errors: ['rrule must not be empty'] };
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(';')) {
    const [key, value, extra] = part.split('=');
    if (!key || value === undefined || extra !== undefined) {
      errors.push(`"${part}" is not a KEY=VALUE part`);
      continue;
    }
    if (seen.has(key)) errors.push(`${key} appears twice`);
    seen.add(key);
    if (TAKEN_BY_OTHER_FIELDS[key]) errors.push(TAKEN_BY_OTHER_FIELDS[key]);
    else if (!RULE_PARTS[key]) errors.push(`${key} is not supported`);
    else if (!RULE_PARTS[key].test(value)) errors.push(`${key}=${value} is not valid`);
  }
  if (!seen.has('FREQ')) errors.push('FREQ is required (DAILY, WEEKLY, MONTHLY or YEARLY)');
  if (errors.length > 0) return { errors };
  let options: Partial<RRuleOptions>;
  try {
    options = RRule.parseString(text);
  } catch (error) {
    return { errors: [`not a valid RRULE: ${(error as Error).message}`] };
  }
  if (options.count != null && (options.count < 1 || options.count > MAX_RRULE_COUNT)) {
    errors.push(`COUNT must be between 1 and ${MAX_RRULE_COUNT}`);
  }
  if (options.interval != null && options.interval < 1) errors.push('INTERVAL must be at least 1');
  if (errors.length > 0) return { errors };
  return { rule: RRule.optionsToString(options).replace(/^RRULE:/, ''), options, errors: [] };
}

function ruleFor(schedule: Pick<Schedule, 'startsAt' | 'rrule' | 'until'>) {
  const options = RRule.parseString(schedule.rrule!);
  return new RRule({
    ...options,
    dtstart: toWallClock(schedule.startsAt),
    until: schedule.until ? toWallClock(schedule.until) : null,
  });
}

function inRange(date: Date | null | undefined): boolean {
  return !!date && !Number.isNaN(date.getTime()) && date.getTime() >= EARLIEST && date.getTime() < LATEST;
}

/**
 * Validates a schedule: one-off (startsAt, endsAt) or recurring (startsAt, rrule,
 * durationMinutes, optional until). Errors name fields below `prefix` ("schedule.endsAt").
 */
export function validateSchedule(input: ScheduleInputShape, prefix = 'schedule'): { schedule?: Schedule; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field: `${prefix}.${field}`, message });
  const startsAt = input.startsAt ?? null;
  if (!inRange(startsAt)) fail('startsAt', 'startsAt must be a date between 2000 and 2100');
  const rruleText = input.rrule?.trim() ? input.rrule : null;

  if (rruleText === null) {
    const endsAt = input.endsAt ?? null;
    if (input.durationMinutes != null) fail('durationMinutes', 'durationMinutes is only for a recurring activity (use endsAt)');
    if (input.until != null) fail('until', 'until is only for a recurring activity');
    if (!endsAt) fail('endsAt', 'endsAt is required for a one-off activity');
    else if (!inRange(endsAt)) fail('endsAt', 'endsAt must be a date between 2000 and 2100');
    else if (startsAt && endsAt.getTime() <= startsAt.getTime()) fail('endsAt', 'endsAt must be after startsAt');
    else if (startsAt && endsAt.getTime() - startsAt.getTime() > MAX_ONE_OFF_DAYS * DAY_MS) {
      fail('endsAt', `a one-off activity lasts at most ${MAX_ONE_OFF_DAYS} days`);
    }
    if (errors.length > 0 || !startsAt || !endsAt) return { errors };
    return {
      schedule: { startsAt, endsAt, rrule: null, durationMinutes: null, until: null, seriesEndsAt: endsAt },
      errors,
    };
  }

  if (input.endsAt != null) fail('endsAt', 'endsAt is only for a one-off activity (use durationMinutes)');
  const duration = input.durationMinutes ?? null;
  if (duration === null) fail('durationMinutes', 'durationMinutes is required for a recurring activity');
  else if (!Number.isInteger(duration) || duration < 5 || duration > MAX_DURATION_MINUTES) {
    fail('durationMinutes', `durationMinutes must be a whole number from 5 to ${MAX_DURATION_MINUTES}`);
  }
  const until = input.until ?? null;
  if (until !== null) {
    if (!inRange(until)) fail('until', 'until must be a date between 2000 and 2100');
    else if (startsAt && until.getTime() < startsAt.getTime()) fail('until', 'until must not be before startsAt');
  }
  const parsed = parseRecurrenceRule(rruleText);
  for (const message of parsed.errors) fail('rrule', message);
  if (errors.length > 0 || !startsAt || duration === null || !parsed.rule) return { errors };

  const draft = { startsAt, rrule: parsed.rule, until };
  const rule = ruleFor(draft);
  const first = rule.after(toWallClock(startsAt), true);
  if (!first) {
    fail('rrule', 'the rule gives no dates from startsAt on');
    return { errors };
  }
  let seriesEndsAt: Date | null = null;
  if (until) seriesEndsAt = new Date(until.getTime() + duration * 60_000);
  else if (parsed.options?.count != null) {
    const last = rule.all((_date, i) => i < MAX_RRULE_COUNT).at(-1) ?? first;
    seriesEndsAt = new Date(fromWallClock(last).getTime() + duration * 60_000);
  }
  return {
    schedule: { startsAt, endsAt: null, rrule: parsed.rule, durationMinutes: duration, until, seriesEndsAt },
    errors,
  };
}

/**
 * The occurrences that start in [from, to), in order, at most `limit`. Recurring rules are
 * expanded in Amsterdam wall-clock time and converted back to instants.
 */
export function occurrencesBetween(schedule: Omit<Schedule, 'seriesEndsAt'>, from: Date, to: Date, limit = MAX_OCCURRENCES): Occurrence[] {
  if (!schedule.rrule) {
    const start = schedule.startsAt;
    if (start >= from && start < to && schedule.endsAt) return [{ start, end: schedule.endsAt }];
    return [];
  }
  const durationMs = (schedule.durationMinutes ?? 0) * 60_000;
  const rule = ruleFor(schedule);
  // A margin around the window absorbs the wall-clock offset; exact bounds are applied after.
  const candidates = rule.between(
    new Date(toWallClock(from).getTime() - DAY_MS),
    new Date(toWallClock(to).getTime() + DAY_MS),
    true,
    (_date, i) => i < limit + 4,
  );
  const result: Occurrence[] = [];
  for (const wall of candidates) {
    const start = fromWallClock(wall);
    if (start < from || start >= to || start < schedule.startsAt) continue;
    if (schedule.until && start > schedule.until) continue;
    result.push({ start, end: new Date(start.getTime() + durationMs) });
    if (result.length >= limit) break;
  }
  return result;
}

/** Whether an occurrence of this schedule starts exactly at `start`. */
export function isOccurrence(schedule: Omit<Schedule, 'seriesEndsAt'>, start: Date): boolean {
  const window = occurrencesBetween(schedule, new Date(start.getTime() - 60_000), new Date(start.getTime() + 60_000), 4);
  return window.some((o) => o.start.getTime() === start.getTime());
}

/** Checks an occurrences window: `to` after `from`, at most MAX_WINDOW_DAYS long. */
export function windowErrors(from: Date, to: Date): FieldError[] {
  if (to.getTime() <= from.getTime()) return [{ field: 'to', message: 'to must be after from' }];
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY_MS) {
    return [{ field: 'to', message: `the window from–to may be at most ${MAX_WINDOW_DAYS} days` }];
  }
  return [];
}
