import {
  fromWallClock,
  isOccurrence,
  MAX_WINDOW_DAYS,
  occurrencesBetween,
  parseRecurrenceRule,
  toWallClock,
  validateSchedule,
  windowErrors,
} from './activity-schedule.js';

const at = (iso: string) => new Date(iso);

describe('activity schedule', () => {
  describe('wall-clock conversion (Europe/Amsterdam)', () => {
    it('round-trips in winter (+01:00) and summer (+02:00)', () => {
      for (const iso of ['2026-01-13T09:00:00.000Z', '2026-07-14T08:00:00.000Z']) {
        expect(fromWallClock(toWallClock(at(iso))).toISOString()).toBe(iso);
      }
      expect(toWallClock(at('2026-01-13T09:00:00Z')).toISOString()).toBe('2026-01-13T10:00:00.000Z');
      expect(toWallClock(at('2026-07-14T08:00:00Z')).toISOString()).toBe('2026-07-14T10:00:00.000Z');
    });
  });

  describe('validateSchedule', () => {
    it('accepts a one-off with an end after its start', () => {
      const { schedule, errors } = validateSchedule({ startsAt: at('2026-03-03T09:00:00Z'), endsAt: at('2026-03-03T11:00:00Z') });
      expect(errors).toEqual([]);
      expect(schedule).toMatchObject({ rrule: null, durationMinutes: null, seriesEndsAt: at('2026-03-03T11:00:00Z') });
    });

    it('refuses a one-off without an end, with an end before the start, or with recurring fields', () => {
      expect(validateSchedule({ startsAt: at('2026-03-03T09:00:00Z') }).errors).toEqual([
        { field: 'schedule.endsAt', message: 'endsAt is required for a one-off activity' },
      ]);
      expect(validateSchedule({ startsAt: at('2026-03-03T09:00:00Z'), endsAt: at('2026-03-03T08:00:00Z') }).errors[0].field).toBe(
        'schedule.endsAt',
      );
      const mixed = validateSchedule({
        startsAt: at('2026-03-03T09:00:00Z'),
        endsAt: at('2026-03-03T10:00:00Z'),
        durationMinutes: 60,
        until: at('2026-06-01T00:00:00Z'),
      });
      expect(mixed.errors.map((e) => e.field).sort()).toEqual(['schedule.durationMinutes', 'schedule.until']);
    });

    it('accepts a weekly rule, normalises it and leaves an open-ended series without an end', () => {
      const { schedule, errors } = validateSchedule({
        startsAt: at('2026-01-06T09:00:00Z'),
        rrule: 'rrule:freq=weekly;byday=tu',
        durationMinutes: 90,
      });
      expect(errors).toEqual([]);
      expect(schedule).toMatchObject({ rrule: 'FREQ=WEEKLY;BYDAY=TU', durationMinutes: 90, seriesEndsAt: null });
    });

    it('gives a series with COUNT or until an end', () => {
      const counted = validateSchedule({ startsAt: at('2026-01-06T09:00:00Z'), rrule: 'FREQ=WEEKLY;COUNT=3', durationMinutes: 60 });
      expect(counted.schedule?.seriesEndsAt?.toISOString()).toBe('2026-01-20T10:00:00.000Z');
      const until = validateSchedule({
        startsAt: at('2026-01-06T09:00:00Z'),
        rrule: 'FREQ=WEEKLY',
        durationMinutes: 60,
        until: at('2026-02-01T00:00:00Z'),
      });
      expect(until.schedule?.seriesEndsAt?.toISOString()).toBe('2026-02-01T01:00:00.000Z');
    });

    it.each([
      ['FREQ=HOURLY', 'FREQ=HOURLY is not valid'],
      ['FREQ=WEEKLY;BYDAY=XX', 'BYDAY=XX is not valid'],
      ['FREQ=WEEKLY;FOO=1', 'FOO is not supported'],
      ['BYDAY=TU', 'FREQ is required (DAILY, WEEKLY, MONTHLY or YEARLY)'],
      ['FREQ=DAILY;UNTIL=20270101T000000Z', 'leave UNTIL out: use the until field'],
      ['FREQ=DAILY;BYHOUR=10', 'leave BYHOUR out: the time of day comes from startsAt'],
      ['FREQ=DAILY;COUNT=1000', 'COUNT=1000 is not valid'],
      ['FREQ=DAILY;COUNT=501', 'COUNT must be between 1 and 500'],
      ['FREQ=WEEKLY;FREQ=DAILY', 'FREQ appears twice'],
      ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'the rule gives no dates from startsAt on'],
    ])('refuses the rule %s', (rrule, message) => {
      const { errors } = validateSchedule({ startsAt: at('2026-01-06T09:00:00Z'), rrule, durationMinutes: 60 });
      expect(errors).toContainEqual({ field: 'schedule.rrule', message });
    });

    it('requires a duration for a recurring activity and refuses endsAt', () => {
      const { errors } = validateSchedule({ startsAt: at('2026-01-06T09:00:00Z'), rrule: 'FREQ=WEEKLY', endsAt: at('2026-01-06T10:00:00Z') });
      expect(errors.map((e) => e.field).sort()).toEqual(['schedule.durationMinutes', 'schedule.endsAt']);
    });

    it('names fields under the given prefix', () => {
      expect(validateSchedule({}, 'items.3.schedule').errors.map((e) => e.field)).toContain('items.3.schedule.startsAt');
    });
  });

  describe('parseRecurrenceRule', () => {
    it('normalises spelling so equal rules compare equal', () => {
      expect(parseRecurrenceRule('RRULE:FREQ=MONTHLY;BYDAY=1TU').rule).toBe(parseRecurrenceRule('freq=monthly;byday=+1tu').rule);
    });
  });

  describe('occurrencesBetween', () => {
    // Tuesday 6 January 2026, 10:00 Amsterdam (winter time).
    const weekly = {
      startsAt: at('2026-01-06T09:00:00Z'),
      endsAt: null,
      rrule: 'FREQ=WEEKLY;BYDAY=TU',
      durationMinutes: 90,
      until: null,
    };

    it('keeps a weekly 10:00 at 10:00 local time across the switch to summer time', () => {
      const dates = occurrencesBetween(weekly, at('2026-03-20T00:00:00Z'), at('2026-04-08T00:00:00Z'));
      expect(dates.map((o) => o.start.toISOString())).toEqual([
        '2026-03-24T09:00:00.000Z', // 10:00 CET
        '2026-03-31T08:00:00.000Z', // 10:00 CEST
        '2026-04-07T08:00:00.000Z',
      ]);
      expect(dates[0].end.toISOString()).toBe('2026-03-24T10:30:00.000Z');
    });

    it('starts no earlier than startsAt and stops at until and at the limit', () => {
      expect(occurrencesBetween(weekly, at('2025-12-01T00:00:00Z'), at('2026-01-14T00:00:00Z')).length).toBe(2);
      const bounded = { ...weekly, until: at('2026-01-20T09:00:00Z') };
      expect(occurrencesBetween(bounded, at('2026-01-01T00:00:00Z'), at('2026-03-01T00:00:00Z')).length).toBe(3);
      expect(occurrencesBetween(weekly, at('2026-01-01T00:00:00Z'), at('2026-04-01T00:00:00Z'), 5).length).toBe(5);
    });

    it('returns a one-off only when it starts in the window', () => {
      const oneOff = { startsAt: at('2026-05-01T12:00:00Z'), endsAt: at('2026-05-01T14:00:00Z'), rrule: null, durationMinutes: null, until: null };
      expect(occurrencesBetween(oneOff, at('2026-05-01T00:00:00Z'), at('2026-05-02T00:00:00Z'))).toHaveLength(1);
      expect(occurrencesBetween(oneOff, at('2026-05-01T13:00:00Z'), at('2026-05-02T00:00:00Z'))).toHaveLength(0);
    });

    it('knows whether a moment is one of the dates', () => {
      expect(isOccurrence(weekly, at('2026-03-31T08:00:00Z'))).toBe(true);
      expect(isOccurrence(weekly, at('2026-03-31T09:00:00Z'))).toBe(false);
      expect(isOccurrence(weekly, at('2026-04-01T08:00:00Z'))).toBe(false);
    });
  });

  describe('windowErrors', () => {
    it('refuses an empty, reversed or too long window', () => {
      const from = at('2026-01-01T00:00:00Z');
      expect(windowErrors(from, from)).toHaveLength(1);
      expect(windowErrors(from, new Date(from.getTime() + (MAX_WINDOW_DAYS + 1) * 86_400_000))).toHaveLength(1);
      expect(windowErrors(from, new Date(from.getTime() + MAX_WINDOW_DAYS * 86_400_000))).toEqual([]);
    });
  });
});
