import type { MatchRow } from './match.entity.js';

/**
 * PubSub triggers of the subscriptions, one per audience (a resident, a wijk's social workers):
 * a push then wakes only its own subscribers instead of running a filter over every open
 * subscription — with thousands listening, that filter pass was most of the push time.
 * Payloads are plain JSON (they may travel through Redis).
 */
export const MATCH_PROPOSED = 'matching.match-proposed';
export const MATCH_UPDATED = 'matching.match-updated';
export const CURATION_QUEUE_CHANGED = 'matching.curation-queue-changed';

/** The trigger on which a resident hears of new proposals. */
export const matchProposedTrigger = (userId: string) => `${MATCH_PROPOSED}.user.${userId}`;
/** The trigger on which a resident hears of changes to their matches. */
export const matchUpdatedForUser = (userId: string) => `${MATCH_UPDATED}.user.${userId}`;
/** The trigger on which a wijk's social workers hear of changes to the matches they curate. */
export const matchUpdatedForWijk = (wijkCode: string) => `${MATCH_UPDATED}.wijk.${wijkCode}`;
/** The trigger on which a wijk's social workers hear that its curation queue changed. */
export const curationQueueTrigger = (wijkCode: string) => `${CURATION_QUEUE_CHANGED}.wijk.${wijkCode}`;

export interface MatchEventPayload {
  row: MatchRow;
}

export type CurationQueueChange = 'ADDED' | 'REMOVED';

export interface CurationQueuePayload {
  wijkCode: string;
  matchId: string;
  change: CurationQueueChange;
}

/** Domain event (EventEmitter2), after commit: a match was accepted (an offer and request: by both). */
export const MATCH_ACCEPTED = 'matching.match-accepted';

export class MatchAccepted {
  constructor(
    readonly matchId: string,
    readonly kind: 'RESIDENT_ACTIVITY' | 'OFFER_REQUEST',
    readonly residentId: string,
    readonly counterpartResidentId: string | null,
    readonly activityId: string | null,
    readonly offerPostId: string | null,
    readonly requestPostId: string | null,
  ) {}
}
