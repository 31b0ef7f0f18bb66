import type { MatchRow } from './match.entity.js';

/** PubSub triggers of the subscriptions; payloads are plain JSON (they may travel through Redis). */
export const MATCH_PROPOSED = 'matching.match-proposed';
export const MATCH_UPDATED = 'matching.match-updated';
export const CURATION_QUEUE_CHANGED = 'matching.curation-queue-changed';

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
