/** The audit actions this library writes: what a social worker does with a trajectory. */
export enum BuddyAuditAction {
  STARTED = 'BUDDY_TRAJECTORY_STARTED',
  ENDED = 'BUDDY_TRAJECTORY_ENDED',
  CHECK_IN_RECORDED = 'BUDDY_CHECK_IN_RECORDED',
}

export const BUDDY_TRAJECTORY_SUBJECT = 'buddy_trajectory';
