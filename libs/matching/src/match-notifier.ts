import { Inject, Injectable, Logger } from '@nestjs/common';
import { PUB_SUB } from '@buurtbrug/core';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { MatchRow } from './match.entity.js';
import { MatchStatus } from './match-status.enum.js';
import { CURATION_QUEUE_CHANGED, type CurationQueuePayload, MATCH_PROPOSED, MATCH_UPDATED, type MatchEventPayload } from './matching.events.js';

/**
 * Pushes match changes to subscribers, after the change committed. Who receives what is decided
 * by the subscription filters in MatchResolver (the audience is in the payload); this only says
 * what happened. Publishing never fails a request: a lost push is caught up with `matches(since)`.
 */
@Injectable()
export class MatchNotifier {
  private readonly logger = new Logger(MatchNotifier.name);

  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSubEngine) {}

  /** A row was created or changed: proposed (when it reached the resident), queue and update pushes. */
  async changed(row: MatchRow, previous: MatchStatus | null): Promise<void> {
    const payload: MatchEventPayload = { row: JSON.parse(JSON.stringify(row)) as MatchRow };
    if (row.status === MatchStatus.OFFERED && previous !== MatchStatus.OFFERED) await this.publish(MATCH_PROPOSED, { matchProposed: payload });
    if (previous !== null) await this.publish(MATCH_UPDATED, { matchUpdated: payload });
    if (row.curation_wijk_code) {
      if (row.status === MatchStatus.AWAITING_CURATION && previous !== MatchStatus.AWAITING_CURATION) {
        await this.queue({ wijkCode: row.curation_wijk_code, matchId: row.id, change: 'ADDED' });
      } else if (previous === MatchStatus.AWAITING_CURATION && row.status !== MatchStatus.AWAITING_CURATION) {
        await this.queue({ wijkCode: row.curation_wijk_code, matchId: row.id, change: 'REMOVED' });
      }
    }
  }

  private queue(payload: CurationQueuePayload): Promise<void> {
    return this.publish(CURATION_QUEUE_CHANGED, { curationQueueChanged: payload });
  }

  private async publish(trigger: string, payload: object): Promise<void> {
    try {
      await this.pubSub.publish(trigger, payload);
    } catch (error) {
      this.logger.warn(`could not publish ${trigger}: ${(error as Error).message}`);
    }
  }
}
