import { validateActivityItem } from './activity-input.validator.js';

const valid = {
  externalId: 'agenda-17',
  title: 'Koffieochtend',
  description: 'Gezellig een kopje koffie drinken.',
  tags: ['koffie'],
  wijkCode: 'WK040201',
  location: { name: 'Buurthuis De Geus', addressLine: 'Geusstraat 1, Hilversum', latitude: 52.22, longitude: 5.18 },
  schedule: { startsAt: new Date('2026-03-03T09:00:00Z'), rrule: 'FREQ=WEEKLY;BYDAY=TU', durationMinutes: 120 },
  capacity: 12,
  costCents: 0,
  audience: ['ALL'],
  languages: ['nl'],
  accessibility: ['WHEELCHAIR'],
  walkIn: true,
};

describe('validateActivityItem', () => {
  it('accepts a complete item and returns its validated schedule', async () => {
    const { errors, schedule, item } = await validateActivityItem(valid);
    expect(errors).toEqual([]);
    expect(schedule?.rrule).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(item.location.name).toBe('Buurthuis De Geus');
  });

  it('accepts dates sent as ISO strings (as JSON variables arrive)', async () => {
    const { errors } = await validateActivityItem({ ...valid, schedule: { ...valid.schedule, startsAt: '2026-03-03T09:00:00Z' } });
    expect(errors).toEqual([]);
  });

  it('names every failing field, nested ones with a dotted path', async () => {
    const { errors } = await validateActivityItem({
      ...valid,
      externalId: '',
      title: 'x',
      wijkCode: 'Hilversum',
      capacity: 0,
      costCents: -1,
      languages: ['Nederlands'],
      accessibility: ['LIFT'],
      location: { name: '' },
    });
    expect([...new Set(errors.map((e) => e.field))].sort()).toEqual([
      'accessibility',
      'capacity',
      'costCents',
      'externalId',
      'languages',
      'location.name',
      'title',
      'wijkCode',
    ]);
  });

  it('applies the schedule and coordinate rules across fields', async () => {
    const { errors } = await validateActivityItem({
      ...valid,
      location: { name: 'Park', latitude: 52.2 },
      schedule: { startsAt: new Date('2026-03-03T09:00:00Z'), rrule: 'FREQ=SECONDLY' },
    });
    expect(errors.map((e) => e.field).sort()).toEqual(['location.latitude', 'schedule.durationMinutes', 'schedule.rrule']);
  });

  it('reports a missing schedule once, not twice', async () => {
    const { errors } = await validateActivityItem({ ...valid, schedule: { startsAt: 'not a date' } });
    expect(errors).toEqual([{ field: 'schedule.startsAt', message: 'startsAt must be a date' }]);
  });
});
