import { checkActivityForm, EMPTY_ACTIVITY, fromActivity, toCents, toSchedule } from './activity-form';

const base = { ...EMPTY_ACTIVITY, title: 'Koffieochtend', wijkCode: 'WK040201', locationName: 'De Geus', date: '2026-03-03', startTime: '10:00', endTime: '11:30' };

describe('activity form', () => {
  it('turns a weekly activity into an RRULE with a duration', () => {
    const schedule = toSchedule({ ...base, repeat: 'WEEKLY', weekdays: ['TU', 'TH'], until: '2026-06-30' });
    expect(schedule.rrule).toBe('FREQ=WEEKLY;BYDAY=TU,TH');
    expect(schedule.durationMinutes).toBe(90);
    expect(new Date(schedule.startsAt as string).getHours()).toBe(10);
    expect(new Date(schedule.until as string).getDate()).toBe(30);
  });

  it('gives a one-off activity a start and an end', () => {
    const schedule = toSchedule(base);
    expect(schedule.rrule).toBeUndefined();
    expect(new Date(schedule.endsAt as string).getTime() - new Date(schedule.startsAt as string).getTime()).toBe(90 * 60_000);
  });

  it('reads euros as people write them', () => {
    expect(toCents('')).toBe(0);
    expect(toCents('2,50')).toBe(250);
    expect(toCents('€ 3')).toBe(300);
    expect(toCents('twee')).toBeNaN();
  });

  it('finds what is missing before sending', () => {
    expect(checkActivityForm(base)).toEqual([]);
    const fields = checkActivityForm({ ...EMPTY_ACTIVITY, repeat: 'WEEKLY', startTime: '10:00', endTime: '09:00', capacity: '0', cost: 'x' }).map((p) => p.field);
    expect(fields).toEqual(['title', 'wijkCode', 'location.name', 'schedule.startsAt', 'endTime', 'weekdays', 'capacity', 'costCents']);
  });

  it('round-trips a weekly activity for editing', () => {
    const form = { ...base, repeat: 'WEEKLY' as const, weekdays: ['WE' as const], cost: '1,50', capacity: '12' };
    const schedule = toSchedule(form);
    const back = fromActivity({
      title: form.title,
      description: '',
      wijkCode: form.wijkCode,
      tags: [],
      location: { name: form.locationName },
      schedule: { kind: 'RECURRING', startsAt: schedule.startsAt as string, rrule: schedule.rrule, durationMinutes: schedule.durationMinutes },
      capacity: 12,
      costCents: 150,
      walkIn: false,
      accessibility: [],
    });
    expect(back).toMatchObject({ repeat: 'WEEKLY', weekdays: ['WE'], date: '2026-03-03', startTime: '10:00', endTime: '11:30', cost: '1,50', capacity: '12' });
  });
});
