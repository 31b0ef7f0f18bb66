import { BuddyTrajectoryStatus } from './buddies.enums.js';
import { BuddiesError, BuddiesErrorCode } from './buddies.errors.js';

const { ACTIVE, ENDED } = BuddyTrajectoryStatus;

/**
 * The one table of allowed status changes: ACTIVE → ENDED. An ended trajectory is history (the
 * dashboard counts its outcome); a new period for the same pair is a new trajectory.
 */
export const BUDDY_TRANSITIONS: Readonly<Record<BuddyTrajectoryStatus, readonly BuddyTrajectoryStatus[]>> = {
  [ACTIVE]: [ENDED],
  [ENDED]: [],
};

export function canTransition(from: BuddyTrajectoryStatus, to: BuddyTrajectoryStatus): boolean {
  return BUDDY_TRANSITIONS[from]?.includes(to) ?? false;
}

/** Refuses an illegal change with CONFLICT, naming both states. */
export function assertTransition(from: BuddyTrajectoryStatus, to: BuddyTrajectoryStatus): void {
  if (!canTransition(from, to)) {
    throw new BuddiesError(BuddiesErrorCode.ILLEGAL_TRANSITION, `A buddy trajectory that is ${from} cannot become ${to}`);
  }
}
