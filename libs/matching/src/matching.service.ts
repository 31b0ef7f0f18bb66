import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SubscriberPresence } from '@buurtbrug/core';
import { WijkenService } from '@buurtbrug/wijken';
import { DataSource } from 'typeorm';
import type { MatchRow } from './match.entity.js';
import { MatchCandidateLoader, type ResidentFilter } from './match-candidate.loader.js';
import { firstStatus, LIVE_STATUSES, MATCH_TRANSITIONS, OPEN_STATUSES } from './match-lifecycle.js';
import { MatchNotifier } from './match-notifier.js';
import type { MatchReason } from './match-reasons.js';
import { MatchScorer } from './match-scorer.js';
import { MatchKind, MatchStatus } from './match-status.enum.js';
import { matchWeightErrors } from './match-weights.js';
import { MatchingError, MatchingErrorCode } from './matching.errors.js';
import { MATCH_PROPOSED } from './matching.events.js';
import { MATCHING_OPTIONS, type MatchingOptions } from './matching.options.js';
import { matchOffersToRequests } from './offer-request-scorer.js';

const quoted = (list: readonly string[]) => `(${list.map((s) => `'${s}'`).join(', ')})`;
const LIVE = quoted(LIVE_STATUSES);
const OPEN = quoted(OPEN_STATUSES);
/**
 * Residents per transaction when storing proposals (each holds one advisory lock until commit).
 * The first batches are small so the first pushes leave early; later ones are written while
 * the earlier ones are pushed.
 */
const INSERT_BATCHES = [50, 150];
const INSERT_BATCH = 250;
/** Pushes between two turns of the event loop while a batch is announced. */
const PUSHES_PER_TURN = 25;
/** The states the lifecycle table lets go to `to`: bulk updates take their WHERE from it. */
const from = (to: MatchStatus) => quoted(Object.entries(MATCH_TRANSITIONS).filter(([, tos]) => tos.includes(to)).map(([state]) => state));

interface NewActivityMatch {
  resident_id: string;
  activity_id: string;
  wijk_code: string;
  curation_wijk_code: string | null;
  status: MatchStatus;
  score: number;
  reasons: MatchReason[];
}

interface NewPostMatch {
  resident_id: string;
  counterpart_resident_id: string;
  offer_post_id: string;
  request_post_id: string;
  wijk_code: string;
  curation_wijk_code: string | null;
  status: MatchStatus;
  score: number;
  reasons: MatchReason[];
}

/**
 * The matching engine around the pure scorer: loads candidates, ranks, stores new proposals
 * idempotently (a live proposal for the same pair already there → nothing happens) and runs
 * the lifecycle's clocks. Jobs and event listeners call it; it never calls other libraries'
 * services to write.
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger(MatchingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loader: MatchCandidateLoader,
    private readonly wijken: WijkenService,
    private readonly notifier: MatchNotifier,
    private readonly presence: SubscriberPresence,
    @Inject(MATCHING_OPTIONS) private readonly options: MatchingOptions,
  ) {
    // Weights are configuration: a bad set stops the boot instead of producing odd proposals.
    const errors = matchWeightErrors(options.weights);
    if (errors.length > 0) throw new MatchingError(MatchingErrorCode.INVALID_WEIGHTS, `Invalid match weights: ${errors.join('; ')}`);
  }

  /** Own wijk first, then the neighbours, for each of these wijken. */
  private async areas(wijkCodes: readonly string[]): Promise<Map<string, string[]>> {
    const wijken = await this.wijken.findByCodes([...wijkCodes]);
    const neighbours = await this.wijken.neighbourMap(wijken, this.options.neighbourRadiusKm);
    return new Map(wijken.map((w) => [w.code, [w.code, ...(neighbours.get(w.code) ?? [])]]));
  }

  /**
   * Proposes activities to residents (of some wijken, or by id): each gets their best new ones,
   * up to `topK` open proposals at a time. Returns the rows it created.
   */
  async rematchResidents(filter: { wijkCodes?: readonly string[]; ids?: readonly string[] }): Promise<MatchRow[]> {
    if (filter.wijkCodes && !filter.ids) {
      // A whole area (a new activity, the nightly run) can be thousands of residents. Those who
      // are watching right now are matched on their own first, so their proposal does not wait
      // for everyone else's to be loaded, scored and written; the second pass leaves them out.
      const watching = [...(await this.presence.present(MATCH_PROPOSED, await this.loader.residentIds(filter.wijkCodes)))];
      const first = watching.length > 0 ? await this.rematch({ ids: watching }) : [];
      return [...first, ...(await this.rematch({ ...filter, exceptIds: watching }))];
    }
    return this.rematch(filter);
  }

  private async rematch(filter: ResidentFilter): Promise<MatchRow[]> {
    const started = performance.now();
    const weights = this.options.weights;
    // Everything that does not depend on the residents' rows is asked for at the same time (on
    // separate connections): the residents that are watching wait for every query in turn.
    const [residents, taxonomy, outcomes, historyById] = await Promise.all([
      this.loader.residents(filter),
      this.loader.taxonomy(),
      this.loader.outcomeStats(),
      filter.ids ? this.loader.residentHistory(filter.ids, weights.declineCooldownDays) : undefined,
    ]);
    if (residents.length === 0) return [];
    const areas = await this.areas([...new Set(residents.map((r) => r.wijkCode))]);
    const candidateWijken = [...new Set([...areas.values()].flat())];
    const [activities, history] = await Promise.all([
      this.loader.activities(candidateWijken),
      historyById ?? this.loader.residentHistory(residents.map((r) => r.id), weights.declineCooldownDays),
    ]);
    if (activities.length === 0) return [];
    const scorer = new MatchScorer({ tags: taxonomy.index, labels: taxonomy.labels, weights, outcomes });
    scorer.setActivities(activities);
    const proposals: NewActivityMatch[] = [];
    for (const resident of residents) {
      const room = weights.topK - (history.open.get(resident.id) ?? 0);
      if (room <= 0) continue;
      const features = scorer.prepareResident({ ...resident, excludedActivityIds: history.excluded.get(resident.id) ?? [] });
      const top = scorer.rank(features, scorer.activitiesIn(areas.get(resident.wijkCode) ?? [resident.wijkCode]));
      for (const proposal of top.slice(0, room)) {
        proposals.push({
          resident_id: resident.id,
          activity_id: proposal.activityId,
          wijk_code: resident.wijkCode,
          curation_wijk_code: resident.curated ? resident.wijkCode : null,
          status: firstStatus(resident.curated),
          score: Math.min(1, Math.max(0, proposal.score)),
          reasons: proposal.reasons,
        });
      }
    }
    const scored = performance.now();
    const created = await this.insertActivityMatches(proposals);
    this.logger.debug(
      `rematched ${residents.length} resident(s): loaded and scored in ${(scored - started).toFixed(0)} ms, wrote ${created.length} in ${(performance.now() - scored).toFixed(0)} ms`,
    );
    return created;
  }

  /** The wijken within reach of a published activity (its own and the neighbours), or null. */
  private async activityArea(activityId: string): Promise<string[] | null> {
    const rows = (await this.dataSource.query(`SELECT wijk_code FROM activity WHERE id = $1 AND status = 'PUBLISHED'`, [activityId])) as { wijk_code: string }[];
    if (rows.length === 0) return null;
    return (await this.areas([rows[0].wijk_code])).get(rows[0].wijk_code) ?? [rows[0].wijk_code];
  }

  /**
   * A new or changed activity: everyone within reach (its wijk and the neighbours) is matched
   * again. The listening residents had their own job just before (rematchActivityForWatchers),
   * so this pass does not match them separately first again; their rows are still written first.
   */
  async rematchActivity(activityId: string): Promise<MatchRow[]> {
    const area = await this.activityArea(activityId);
    return area ? this.rematch({ wijkCodes: area }) : [];
  }

  /**
   * A new or changed activity, for the residents within reach who are listening right now: a
   * small job of its own, so their proposals are pushed before the whole area is loaded. The
   * whole-area job comes after it and finds them done (the inserts are idempotent).
   */
  async rematchActivityForWatchers(activityId: string): Promise<MatchRow[]> {
    const listening = await this.presence.listeners(MATCH_PROPOSED);
    if (listening.length === 0) return [];
    const area = await this.activityArea(activityId);
    return area ? this.rematch({ wijkCodes: area, ids: listening }) : [];
  }

  /** The nightly run for one wijk: its residents and its offers and requests. */
  async rematchWijk(wijkCode: string): Promise<MatchRow[]> {
    return [...(await this.rematchResidents({ wijkCodes: [wijkCode] })), ...(await this.matchPosts(wijkCode))];
  }

  /** Wijken with someone or something to match, for the nightly fan-out. */
  async wijkenToMatch(): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT wijk_code FROM resident_profile UNION SELECT wijk_code FROM post WHERE status = 'OPEN' ORDER BY 1`,
    )) as { wijk_code: string }[];
    return rows.map((r) => r.wijk_code);
  }

  /** Offer ↔ request matching for the open requests of a wijk, against offers within reach. */
  async matchPosts(wijkCode: string): Promise<MatchRow[]> {
    const area = (await this.areas([wijkCode])).get(wijkCode);
    if (!area) return [];
    const posts = await this.loader.openPosts(area);
    // Requests of the neighbours too: a new offer here may be what someone next door asked for.
    const requests = posts.filter((p) => p.kind === 'REQUEST');
    const offers = posts.filter((p) => p.kind === 'OFFER');
    if (requests.length === 0 || offers.length === 0) return [];
    const weights = this.options.weights;
    const [taxonomy, outcomes, excludedPairs] = await Promise.all([
      this.loader.taxonomy(),
      this.loader.outcomeStats(),
      this.loader.postPairHistory(requests.map((r) => r.id), weights.declineCooldownDays),
    ]);
    const byId = new Map(posts.map((p) => [p.id, p]));
    const proposals = matchOffersToRequests(requests, offers, { tags: taxonomy.index, labels: taxonomy.labels, weights, outcomes, excludedPairs });
    return this.insertPostMatches(
      proposals.map((p) => {
        const request = byId.get(p.requestPostId)!;
        const offer = byId.get(p.offerPostId)!;
        const curationWijk = request.authorCurated ? request.wijkCode : offer.authorCurated ? offer.wijkCode : null;
        return {
          resident_id: p.requestAuthorId,
          counterpart_resident_id: p.offerAuthorId,
          offer_post_id: p.offerPostId,
          request_post_id: p.requestPostId,
          wijk_code: request.wijkCode,
          curation_wijk_code: curationWijk,
          status: firstStatus(curationWijk !== null),
          score: Math.min(1, Math.max(0, p.score)),
          reasons: p.reasons,
        };
      }),
    );
  }

  /**
   * Stores proposals, a few hundred residents per transaction. Each resident's lock (an advisory
   * lock on their id) is held while their open proposals are counted and the new ones inserted,
   * so two rematches at once cannot give someone more than `topK` open proposals.
   */
  private async insertActivityMatches(proposals: NewActivityMatch[]): Promise<MatchRow[]> {
    if (proposals.length === 0) return [];
    const byResident = new Map<string, NewActivityMatch[]>();
    for (const p of proposals) {
      const list = byResident.get(p.resident_id);
      if (list) list.push(p);
      else byResident.set(p.resident_id, [p]);
    }
    // Residents who are watching right now go first, and every batch is pushed as soon as it
    // commits: with thousands of proposals, the ones someone is waiting for arrive in the first
    // few hundred milliseconds instead of after the last insert.
    const all = [...byResident.keys()];
    const watching = await this.presence.present(MATCH_PROPOSED, all);
    const residentIds = [...all.filter((id) => watching.has(id)), ...all.filter((id) => !watching.has(id))];
    const created: MatchRow[] = [];
    const batches: string[][] = [];
    // Sorted within a transaction, so concurrent runs take the locks in the same order and never deadlock.
    for (let i = 0, b = 0; i < residentIds.length; b++) {
      const size = INSERT_BATCHES[b] ?? INSERT_BATCH;
      batches.push(residentIds.slice(i, i + size).sort());
      i += size;
    }
    // The next batch is written while this one is pushed: PostgreSQL and the pushes overlap.
    let writing = batches.length > 0 ? this.writeActivityBatch(batches[0], byResident) : undefined;
    for (let b = 0; writing; b++) {
      const rows = await writing;
      writing = b + 1 < batches.length ? this.writeActivityBatch(batches[b + 1], byResident) : undefined;
      created.push(...rows);
      await this.announceNew(rows);
    }
    return created;
  }

  /** One batch of residents' proposals in one transaction, under their advisory locks. */
  private async writeActivityBatch(batch: string[], byResident: Map<string, NewActivityMatch[]>): Promise<MatchRow[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('matching.resident:' || id)) FROM unnest($1::text[]) WITH ORDINALITY AS t(id, n) ORDER BY n`, [batch]);
      const open = new Map(
        ((await manager.query(
          `SELECT resident_id::text, count(*)::int AS n FROM match
            WHERE kind = '${MatchKind.RESIDENT_ACTIVITY}' AND resident_id = ANY($1::uuid[]) AND status IN ${OPEN}
            GROUP BY resident_id`,
          [batch],
        )) as { resident_id: string; n: number }[]).map((r) => [r.resident_id, r.n]),
      );
      const allowed = batch.flatMap((id) => byResident.get(id)!.slice(0, Math.max(0, this.options.weights.topK - (open.get(id) ?? 0))));
      if (allowed.length === 0) return [] as MatchRow[];
      return (await manager.query(
        `INSERT INTO match (kind, resident_id, activity_id, wijk_code, curation_wijk_code, status, score, reasons, offered_at)
         SELECT '${MatchKind.RESIDENT_ACTIVITY}', x.resident_id, x.activity_id, x.wijk_code, x.curation_wijk_code, x.status, x.score, x.reasons,
                CASE WHEN x.status = '${MatchStatus.OFFERED}' THEN now() END
           FROM jsonb_to_recordset($1::jsonb) AS x(resident_id uuid, activity_id uuid, wijk_code text, curation_wijk_code text, status text, score float8, reasons jsonb)
          WHERE NOT EXISTS (
            SELECT 1 FROM match m
             WHERE m.kind = '${MatchKind.RESIDENT_ACTIVITY}' AND m.resident_id = x.resident_id AND m.activity_id = x.activity_id
               AND m.updated_at > now() - make_interval(days => $2))
         ON CONFLICT (resident_id, activity_id) WHERE kind = '${MatchKind.RESIDENT_ACTIVITY}' AND status IN ${LIVE} DO NOTHING
         RETURNING *`,
        [JSON.stringify(allowed), this.options.weights.declineCooldownDays],
      )) as MatchRow[];
    });
  }

  private async insertPostMatches(proposals: NewPostMatch[]): Promise<MatchRow[]> {
    if (proposals.length === 0) return [];
    const rows = (await this.dataSource.query(
      `INSERT INTO match (kind, resident_id, counterpart_resident_id, offer_post_id, request_post_id, wijk_code, curation_wijk_code, status, score, reasons, offered_at)
       SELECT '${MatchKind.OFFER_REQUEST}', x.resident_id, x.counterpart_resident_id, x.offer_post_id, x.request_post_id, x.wijk_code,
              x.curation_wijk_code, x.status, x.score, x.reasons, CASE WHEN x.status = '${MatchStatus.OFFERED}' THEN now() END
         FROM jsonb_to_recordset($1::jsonb) AS x(resident_id uuid, counterpart_resident_id uuid, offer_post_id uuid, request_post_id uuid,
              wijk_code text, curation_wijk_code text, status text, score float8, reasons jsonb)
        WHERE NOT EXISTS (
          SELECT 1 FROM match m
           WHERE m.kind = '${MatchKind.OFFER_REQUEST}' AND m.offer_post_id = x.offer_post_id AND m.request_post_id = x.request_post_id
             AND m.updated_at > now() - make_interval(days => $2))
       ON CONFLICT (offer_post_id, request_post_id) WHERE kind = '${MatchKind.OFFER_REQUEST}' AND status IN ${LIVE} DO NOTHING
       RETURNING *`,
      [JSON.stringify(proposals), this.options.weights.declineCooldownDays],
    )) as MatchRow[];
    await this.announceNew(rows);
    return rows;
  }

  private async announceNew(rows: MatchRow[]): Promise<void> {
    if (rows.length > 0) this.logger.log(`proposed ${rows.length} match(es)`);
    for (let i = 0; i < rows.length; i++) {
      // Pushes run as microtasks and would hold the event loop for the whole batch; letting I/O
      // in now and then keeps the next batch's queries moving while this one is pushed.
      if (i > 0 && i % PUSHES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      await this.notifier.changed(rows[i], null);
    }
  }

  /** Offers nobody answered within `offerExpiryDays` expire. Returns the expired rows. */
  async expireUnanswered(): Promise<MatchRow[]> {
    return this.bulkUpdate(
      `status = '${MatchStatus.EXPIRED}', expired_at = now()`,
      `status = '${MatchStatus.OFFERED}' AND status IN ${from(MatchStatus.EXPIRED)} AND offered_at < now() - make_interval(days => $1)`,
      [this.options.offerExpiryDays],
    );
  }

  /** Accepted matches older than the follow-up delay get their "Is het goed gegaan?" task. */
  async createFollowUps(): Promise<MatchRow[]> {
    return this.bulkUpdate(
      `follow_up_due_at = date_trunc('milliseconds', now())`,
      `status = '${MatchStatus.ACCEPTED}' AND follow_up_due_at IS NULL AND responded_at < now() - make_interval(days => $1)`,
      [this.options.followUpDelayDays],
    );
  }

  /** An activity was cancelled: its open proposals end. */
  async endForActivity(activityId: string): Promise<MatchRow[]> {
    return this.bulkUpdate(
      `status = '${MatchStatus.EXPIRED}', expired_at = now()`,
      `activity_id = $1 AND status IN ${from(MatchStatus.EXPIRED)}`,
      [activityId],
    );
  }

  /** A post was closed or expired: its open proposals end. */
  async endForPost(postId: string): Promise<MatchRow[]> {
    return this.bulkUpdate(
      `status = '${MatchStatus.EXPIRED}', expired_at = now()`,
      `(offer_post_id = $1 OR request_post_id = $1) AND status IN ${from(MatchStatus.EXPIRED)}`,
      [postId],
    );
  }

  /** One conditional UPDATE; the previous status comes back with each row for the pushes. */
  private async bulkUpdate(set: string, where: string, params: unknown[]): Promise<MatchRow[]> {
    const [rows] = (await this.dataSource.query(
      `WITH target AS (SELECT id, status AS previous FROM match WHERE ${where} FOR UPDATE SKIP LOCKED)
       UPDATE match m SET ${set}, updated_at = date_trunc('milliseconds', clock_timestamp()) FROM target WHERE m.id = target.id
       RETURNING m.*, target.previous`,
      params,
    )) as [(MatchRow & { previous: MatchStatus })[], number];
    for (const { previous, ...row } of rows) await this.notifier.changed(row, previous);
    return rows.map(({ previous: _previous, ...row }) => row);
  }
}
