/**
 * Domain events of the residents library, emitted through EventEmitter2 after the change has
 * committed. Listen with `@OnEvent(RESIDENT_PROFILE_CHANGED)` etc.
 */

export const RESIDENT_PROFILE_CHANGED = 'residents.profile-changed';
export const RESIDENT_ERASED = 'residents.resident-erased';

/** A profile was created or changed (by the resident or a social worker): matching may re-run. */
export class ResidentProfileChanged {
  constructor(
    readonly userId: string,
    readonly wijkCode: string,
  ) {}
}

/**
 * A resident's account and profile are gone. Every library that holds data about this person
 * deletes it (posts, sign-ups) or anonymises it (matches) and removes it from the search index.
 * `wijkCode` is null when the resident never saved a profile.
 */
export class ResidentErased {
  constructor(
    readonly userId: string,
    readonly wijkCode: string | null,
  ) {}
}
