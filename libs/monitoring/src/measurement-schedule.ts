/**
 * When the second measurement may be taken. The design asks for T1 "after about three months";
 * a visit rarely falls on the exact day, so anything from 10 weeks after T0 counts. Earlier, the
 * change would say little about the intervention.
 */
export const T1_MINIMUM_DAYS = 70;
const DAY_MS = 86_400_000;

/** The first moment a T1 may be taken, given when T0 was taken. */
export function earliestT1(t0TakenAt: Date): Date {
  return new Date(t0TakenAt.getTime() + T1_MINIMUM_DAYS * DAY_MS);
}

export type T1Check = { ok: true } | { ok: false; reason: 'NO_T0' } | { ok: false; reason: 'TOO_EARLY'; earliest: Date };

export function checkT1(t0TakenAt: Date | null, now: Date): T1Check {
  if (!t0TakenAt) return { ok: false, reason: 'NO_T0' };
  const earliest = earliestT1(t0TakenAt);
  return now.getTime() >= earliest.getTime() ? { ok: true } : { ok: false, reason: 'TOO_EARLY', earliest };
}
