/**
 * Domain events (EventEmitter2), emitted after commit, for other contexts (monitoring,
 * notifications) to react to without calling into this library.
 */
export const BUDDY_TRAJECTORY_STARTED = 'buddies.trajectory-started';
export const BUDDY_TRAJECTORY_ENDED = 'buddies.trajectory-ended';
export const BUDDY_CHECK_IN_DUE = 'buddies.check-in-due';
export const BUDDY_CHECK_IN_RECORDED = 'buddies.check-in-recorded';

export class BuddyTrajectoryStarted {
  constructor(
    readonly trajectoryId: string,
    readonly wijkCode: string,
    readonly volunteerId: string,
    readonly residentId: string,
  ) {}
}

export class BuddyTrajectoryEnded {
  constructor(
    readonly trajectoryId: string,
    readonly wijkCode: string,
    readonly outcome: string,
  ) {}
}

/** A check-in became a task for the social workers of the wijk and for both people. */
export class BuddyCheckInDue {
  constructor(
    readonly checkInId: string,
    readonly trajectoryId: string,
    readonly wijkCode: string,
    readonly volunteerId: string,
    readonly residentId: string,
  ) {}
}

export class BuddyCheckInRecorded {
  constructor(
    readonly checkInId: string,
    readonly trajectoryId: string,
    readonly wijkCode: string,
    readonly howItGoes: string,
  ) {}
}
