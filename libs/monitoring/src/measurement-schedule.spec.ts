import { checkT1, earliestT1, T1_MINIMUM_DAYS } from './measurement-schedule.js';

const DAY = 86_400_000;

describe('T1 schedule', () => {
  const t0 = new Date('2026-01-05T10:00:00Z');

  it('needs a T0 first', () => {
    expect(checkT1(null, new Date())).toEqual({ ok: false, reason: 'NO_T0' });
  });

  it('refuses a T1 before 10 weeks and names the first possible day', () => {
    expect(T1_MINIMUM_DAYS).toBe(70);
    const result = checkT1(t0, new Date(t0.getTime() + 69 * DAY));
    expect(result).toEqual({ ok: false, reason: 'TOO_EARLY', earliest: new Date('2026-03-16T10:00:00Z') });
  });

  it('allows a T1 from exactly 10 weeks on', () => {
    expect(checkT1(t0, earliestT1(t0))).toEqual({ ok: true });
    expect(checkT1(t0, new Date(t0.getTime() + 91 * DAY))).toEqual({ ok: true });
  });
});
