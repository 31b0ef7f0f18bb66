import { MatchStatus } from './match-status.enum.js';
import { MatchingError, MatchingErrorCode } from './matching.errors.js';

const {
  PROPOSED,
  AWAITING_CURATION,
  APPROVED,
  REJECTED,
  OFFERED,
  ACCEPTED,
  DECLINED,
  EXPIRED,
  FOLLOWED_UP,
} = MatchStatus;

/**
 * The one table of allowed status changes (DESIGN.md):
 * PROPOSED → (AWAITING_CURATION → APPROVED | REJECTED) → OFFERED → ACCEPTED | DECLINED | EXPIRED → FOLLOWED_UP.
 * A proposal waiting for curation can also expire (its activity or post ended before anyone decided).
 * Everything not listed is refused, so a stale client or a late job cannot, say, reopen a decline.
 */
export const MATCH_TRANSITIONS: Readonly<Record<MatchStatus, readonly MatchStatus[]>> = {
  [PROPOSED]: [AWAITING_CURATION, OFFERED],
  [AWAITING_CURATION]: [APPROVED, REJECTED, EXPIRED],
  [APPROVED]: [OFFERED],
  [REJECTED]: [],
  [OFFERED]: [ACCEPTED, DECLINED, EXPIRED],
  [ACCEPTED]: [FOLLOWED_UP],
  [DECLINED]: [],
  [EXPIRED]: [],
  [FOLLOWED_UP]: [],
};

/** States in which the same pair may not be proposed again (the partial unique indexes use the same list). */
export const LIVE_STATUSES: readonly MatchStatus[] = [PROPOSED, AWAITING_CURATION, APPROVED, OFFERED, ACCEPTED, FOLLOWED_UP];

/** Not yet answered: these count against a resident's number of open proposals. */
export const OPEN_STATUSES: readonly MatchStatus[] = [PROPOSED, AWAITING_CURATION, APPROVED, OFFERED];

export function canTransition(from: MatchStatus, to: MatchStatus): boolean {
  return MATCH_TRANSITIONS[from]?.includes(to) ?? false;
}

/** Refuses an illegal change with CONFLICT, naming both states. */
export function assertTransition(from: MatchStatus, to: MatchStatus): void {
  if (!canTransition(from, to)) {
    throw new MatchingError(MatchingErrorCode.ILLEGAL_TRANSITION, `A match that is ${from} cannot become ${to}`);
  }
}

/** The states a path walks through, each step checked: `path(PROPOSED, OFFERED)` etc. */
export function walk(from: MatchStatus, ...steps: MatchStatus[]): MatchStatus {
  let current = from;
  for (const step of steps) {
    assertTransition(current, step);
    current = step;
  }
  return current;
}

/**
 * Where a new proposal goes: to the social worker when the resident asked for that (or was
 * registered on their behalf), otherwise straight to the resident.
 */
export function firstStatus(curated: boolean): MatchStatus {
  return walk(PROPOSED, curated ? AWAITING_CURATION : OFFERED);
}

/** A social worker's decision: approval offers it to the resident at once. */
export function afterCuration(from: MatchStatus, approve: boolean): MatchStatus {
  return approve ? walk(from, APPROVED, OFFERED) : walk(from, REJECTED);
}
