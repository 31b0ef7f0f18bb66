import { Inject, Injectable, Logger } from '@nestjs/common';
import { PUB_SUB } from '@buurtbrug/core';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { MatchRow } from './match.entity.js';
import { MatchStatus } from './match-status.enum.js';
import {
  type CurationQueuePayload,
  curationQueueTrigger,
  type MatchEventPayload,
  matchProposedTrigger,
  matchUpdatedForUser,
  matchUpdatedForWijk,
} from './matching.events.js';

/**
 * The row as it would come out of Redis (dates as ISO strings), so an in-process subscriber sees
 * the same payload as one on another instance. Cheaper than a JSON round trip per push.
 */
function plain(row: MatchRow): MatchRow {
  const copy: Record<string, unknown> = { ...row };
  for (const key in copy) if (copy[key] instanceof Date) copy[key] = (copy[key] as Date).toISOString();
  return copy as unknown as MatchRow;
}

/**
 * Pushes match changes to subscribers, after the change committed, on the triggers of the people
 * concerned (the residents it links, the social workers of its curation wijk). The subscription
 * filters in MatchResolver check the audience again, so a wrong trigger can never leak a match.
 * Publishing never fails a request: a lost push is caught up with `matches(since)`.
 */
@Injectable()
export class MatchNotifier {
  private readonly logger = new Logger(MatchNotifier.name);

  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSubEngine) {}

  /** A row was created or changed: proposed (when it reached the resident), queue and update pushes. */
  async changed(row: MatchRow, previous: MatchStatus | null): Promise<void> {
    const payload: MatchEventPayload = { row: plain(row) };
    const parties = [row.resident_id, row.counterpart_resident_id].filter((id): id is string => !!id);
    if (row.status === MatchStatus.OFFERED && previous !== MatchStatus.OFFERED) {
      for (const userId of parties) await this.publish(matchProposedTrigger(userId), { matchProposed: payload });
    }
    if (previous !== null) {
      // Nothing reaches a curated resident before a social worker approved it.
      if (row.offered_at !== null) for (const userId of parties) await this.publish(matchUpdatedForUser(userId), { matchUpdated: payload });
      if (row.curation_wijk_code) await this.publish(matchUpdatedForWijk(row.curation_wijk_code), { matchUpdated: payload });
    }
    if (row.curation_wijk_code) {
      if (row.status === MatchStatus.AWAITING_CURATION && previous !== MatchStatus.AWAITING_CURATION) {
        await this.queue({ wijkCode: row.curation_wijk_code, matchId: row.id, change: 'ADDED' });
      } else if (previous === MatchStatus.AWAITING_CURATION && row.status !== MatchStatus.AWAITING_CURATION) {
        await this.queue({ wijkCode: row.curation_wijk_code, matchId: row.id, change: 'REMOVED' });
      }
    }
  }

  private queue(payload: CurationQueuePayload): Promise<void> {
    return this.publish(curationQueueTrigger(payload.wijkCode), { curationQueueChanged: payload });
  }

  private async publish(trigger: string, payload: object): Promise<void> {
    try {
      await this.pubSub.publish(trigger, payload);
    } catch (error) {
      this.logger.warn(`could not publish ${trigger}: ${(error as Error).message}`);
    }
  }
}
