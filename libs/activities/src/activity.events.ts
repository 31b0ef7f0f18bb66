/**
 * Domain events of the activities context. Search, matching and notifications listen to these
 * (`@OnEvent(ACTIVITY_PUBLISHED)`) instead of being called; they are emitted after the write
 * is committed.
 */
export const ACTIVITY_PUBLISHED = 'activity.published';
export const ACTIVITY_CHANGED = 'activity.changed';
export const ACTIVITY_CANCELLED = 'activity.cancelled';
export const SIGN_UP_PROMOTED = 'activity.sign-up-promoted';
export const SIGN_UP_CHANGED = 'activity.sign-up-changed';

/** An activity became public (newly published, or a draft that was published). */
export class ActivityPublished {
  constructor(
    readonly activityId: string,
    readonly organisationId: string,
    readonly wijkCode: string,
    readonly tags: string[],
  ) {}
}

/** A published activity changed (content, schedule or capacity), or went back to draft. */
export class ActivityChanged {
  constructor(
    readonly activityId: string,
    readonly organisationId: string,
    readonly wijkCode: string,
    readonly tags: string[],
  ) {}
}

/** An activity will not take place; everyone still signed up for a coming date should hear it. */
export class ActivityCancelled {
  constructor(
    readonly activityId: string,
    readonly organisationId: string,
    readonly wijkCode: string,
    readonly tags: string[],
    readonly title: string,
    /** Residents with a place or on the waiting list for a coming occurrence, each once. */
    readonly signedUpUserIds: string[],
    readonly reason: string | null,
  ) {}
}

/** Someone on the waiting list got a place because another person cancelled or capacity grew. */
export class SignUpPromoted {
  constructor(
    readonly signUpId: string,
    readonly activityId: string,
    readonly userId: string,
    readonly occurrenceStart: Date,
  ) {}
}

/** Someone signed up for a date or withdrew: the places left on that date changed. */
export class SignUpChanged {
  constructor(
    readonly signUpId: string,
    readonly activityId: string,
    readonly userId: string,
    readonly occurrenceStart: Date,
    /** The sign-up's status now (CANCELLED when withdrawn). */
    readonly status: string,
  ) {}
}
