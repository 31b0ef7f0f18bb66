import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WijkenService } from '@buurtbrug/wijken';
import type { DataSource, EntityManager } from 'typeorm';
import { type Cell, statCell } from './small-cell.js';
import { MonitoringError, MonitoringErrorCode } from './monitoring.errors.js';
import { WIJK_STATS_COLUMNS, type WijkStatsCellKey } from './wijk-stats.columns.js';

/** The longest period one dashboard covers; longer asks cost much and say little per wijk. */
export const MAX_PERIOD_DAYS = 5 * 366;
const DAY_MS = 86_400_000;
/** A match counts as accepted in these states (followed up means it was accepted first). */
const ACCEPTED = `('ACCEPTED', 'FOLLOWED_UP')`;
/** Buddy trajectories keep calendar dates; measurements keep moments. Compare them as local dates. */
const LOCAL_DATE = (column: string) => `(${column} AT TIME ZONE 'Europe/Amsterdam')::date`;

export interface WijkStatsQuery {
  from: Date;
  /** Exclusive. */
  to: Date;
  /** All wijken when empty. */
  wijkCodes?: string[] | null;
}

export interface WijkStatsRowData {
  wijkCode: string;
  wijkName: string;
  cells: Record<WijkStatsCellKey, Cell>;
}

export interface WijkStatsReport {
  from: Date;
  to: Date;
  rows: WijkStatsRowData[];
}

interface Figure {
  value: number | null;
  people: number;
}

const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/**
 * The wijk dashboard (admins; aggregates only). A reporting read model: it reads other contexts'
 * tables directly with SQL — resident_profile (residents), post (talents-wants),
 * activity_sign_up (activities), match (matching), signal (signals), buddy_trajectory (buddies)
 * and measurement (this library) — because a cross-context report through every library's API
 * would be N queries per wijk and would still only count rows. It only reads, in one
 * REPEATABLE READ snapshot, and every figure leaves through the small-cell rule (`statCell`).
 *
 * Definitions, per wijk (the resident's wijk now, or the row's own wijk where a row has one) and
 * period [from, to):
 * - active residents: residents of the wijk who in the period posted an offer or request, signed
 *   up for an activity, or answered a match (accepted it, or it was declined while they were a
 *   party);
 * - open offers / open requests: posts of the wijk that are open now and were posted before the
 *   end of the period (posts keep only their current status); hidden when fewer than 10
 *   different people posted them;
 * - funnel: matches of the wijk proposed in the period → of those, accepted (also when later
 *   followed up) → followed up; each hidden by the number of different residents in it;
 * - days to first match: the median time from profile creation to the first accepted match, for
 *   residents whose first accepted match fell in the period;
 * - share with an accepted match: of residents with a profile before the end of the period, the
 *   share with at least one accepted match by then; hidden when either side has fewer than 10;
 * - signals by status: signals about someone in the wijk filed in the period, by status now
 *   (signals without an intake are deleted after 6 months, so older periods count fewer);
 * - change T0→T1: the mean of (T1 total − T0 total) for residents whose T1 was taken in the
 *   period, for everyone and per intervention between T0 and T1: ACTIVITY (an accepted
 *   resident–activity match), BUDDY (a buddy trajectory overlapping T0–T1), PEER_MATCH (an
 *   accepted offer–request match, either side), and NONE (none of these). A resident can be in
 *   several groups. Negative is better (fewer points on the De Jong Gierveld scale).
 */
@Injectable()
export class WijkStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly wijken: WijkenService,
  ) {}

  async report(query: WijkStatsQuery): Promise<WijkStatsReport> {
    const { from, to } = query;
    if (!(from instanceof Date) || !(to instanceof Date) || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
      throw new MonitoringError(MonitoringErrorCode.INVALID_PERIOD, 'The period must start before it ends', [{ field: 'to', message: 'must be after from' }]);
    }
    if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
      throw new MonitoringError(MonitoringErrorCode.INVALID_PERIOD, 'The period is too long', [{ field: 'from', message: `at most ${MAX_PERIOD_DAYS} days` }]);
    }
    const asked = [...new Set(query.wijkCodes ?? [])];
    await this.wijken.assertExists(asked, 'wijkCodes');
    const wijken = asked.length ? await this.wijken.findByCodes(asked) : await this.wijken.all();
    const codes = wijken.map((w) => w.code);

    const figures = await this.dataSource.transaction('REPEATABLE READ', (manager) => this.figures(manager, from, to, codes));
    return {
      from,
      to,
      rows: wijken.map((wijk) => {
        const own = figures.get(wijk.code) ?? new Map<WijkStatsCellKey, Figure>();
        const cells = Object.fromEntries(
          WIJK_STATS_COLUMNS.map((column) => {
            const figure = own.get(column.key) ?? { value: 0, people: 0 };
            return [column.key, statCell(figure.value, figure.people, column.format)];
          }),
        ) as Record<WijkStatsCellKey, Cell>;
        return { wijkCode: wijk.code, wijkName: wijk.name, cells };
      }),
    };
  }

  private async figures(manager: EntityManager, from: Date, to: Date, codes: string[]): Promise<Map<string, Map<WijkStatsCellKey, Figure>>> {
    const result = new Map<string, Map<WijkStatsCellKey, Figure>>();
    const set = (wijk: string, key: WijkStatsCellKey, figure: Figure) => {
      if (!result.has(wijk)) result.set(wijk, new Map());
      result.get(wijk)!.set(key, figure);
    };
    if (codes.length === 0) return result;
    const params = [from, to, codes];
    const residents = (await manager.query(
      `WITH residents AS (
         SELECT user_id, wijk_code, created_at FROM resident_profile WHERE wijk_code = ANY($3)
       ), first_accept AS (
         SELECT u.party AS user_id, min(m.responded_at) AS at
           FROM match m CROSS JOIN LATERAL unnest(ARRAY[m.resident_id, m.counterpart_resident_id]) AS u(party)
          WHERE u.party IS NOT NULL AND m.status IN ${ACCEPTED} AND m.responded_at IS NOT NULL
          GROUP BY u.party
       ), active AS (
         SELECT r.user_id FROM residents r
          WHERE EXISTS (SELECT 1 FROM post x WHERE x.author_id = r.user_id AND x.created_at >= $1 AND x.created_at < $2)
             OR EXISTS (SELECT 1 FROM activity_sign_up s WHERE s.user_id = r.user_id AND s.created_at >= $1 AND s.created_at < $2)
             OR EXISTS (SELECT 1 FROM match m
                         WHERE (m.resident_id = r.user_id AND m.resident_accepted_at >= $1 AND m.resident_accepted_at < $2)
                            OR (m.counterpart_resident_id = r.user_id AND m.counterpart_accepted_at >= $1 AND m.counterpart_accepted_at < $2)
                            OR ((m.resident_id = r.user_id OR m.counterpart_resident_id = r.user_id)
                                AND m.status = 'DECLINED' AND m.responded_at >= $1 AND m.responded_at < $2))
       )
       SELECT r.wijk_code,
              count(a.user_id)::int AS active,
              count(*) FILTER (WHERE r.created_at < $2)::int AS registered,
              count(*) FILTER (WHERE r.created_at < $2 AND fa.at < $2)::int AS with_accepted,
              count(*) FILTER (WHERE fa.at >= $1 AND fa.at < $2)::int AS first_in_period,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM fa.at - r.created_at) / 86400)
                FILTER (WHERE fa.at >= $1 AND fa.at < $2) AS median_days
         FROM residents r
         LEFT JOIN active a ON a.user_id = r.user_id
         LEFT JOIN first_accept fa ON fa.user_id = r.user_id
        GROUP BY r.wijk_code`,
      params,
    )) as { wijk_code: string; active: number; registered: number; with_accepted: number; first_in_period: number; median_days: number | null }[];
    for (const row of residents) {
      set(row.wijk_code, 'activeResidents', { value: row.active, people: row.active });
      set(row.wijk_code, 'medianDaysToFirstMatch', { value: numOrNull(row.median_days), people: row.first_in_period });
      set(row.wijk_code, 'shareWithAcceptedMatch', {
        value: row.registered ? row.with_accepted / row.registered : null,
        people: Math.min(row.with_accepted, row.registered),
      });
    }

    const posts = (await manager.query(
      `SELECT wijk_code, kind, count(*)::int AS n, count(DISTINCT author_id)::int AS people
         FROM post WHERE wijk_code = ANY($2) AND status = 'OPEN' AND created_at < $1
        GROUP BY wijk_code, kind`,
      [to, codes],
    )) as { wijk_code: string; kind: 'OFFER' | 'REQUEST'; n: number; people: number }[];
    for (const row of posts) set(row.wijk_code, row.kind === 'OFFER' ? 'openOffers' : 'openRequests', { value: row.n, people: row.people });

    const funnel = (await manager.query(
      `SELECT m.wijk_code,
              count(DISTINCT m.id)::int AS proposals,
              count(DISTINCT u.party)::int AS proposal_people,
              count(DISTINCT m.id) FILTER (WHERE m.status IN ${ACCEPTED})::int AS accepted,
              count(DISTINCT u.party) FILTER (WHERE m.status IN ${ACCEPTED})::int AS accepted_people,
              count(DISTINCT m.id) FILTER (WHERE m.status = 'FOLLOWED_UP')::int AS followed_up,
              count(DISTINCT u.party) FILTER (WHERE m.status = 'FOLLOWED_UP')::int AS followed_up_people
         FROM match m CROSS JOIN LATERAL unnest(ARRAY[m.resident_id, m.counterpart_resident_id]) AS u(party)
        WHERE u.party IS NOT NULL AND m.wijk_code = ANY($3) AND m.proposed_at >= $1 AND m.proposed_at < $2
        GROUP BY m.wijk_code`,
      params,
    )) as Record<string, number | string>[];
    for (const row of funnel) {
      const wijk = String(row.wijk_code);
      set(wijk, 'proposals', { value: num(row.proposals), people: num(row.proposal_people) });
      set(wijk, 'accepted', { value: num(row.accepted), people: num(row.accepted_people) });
      set(wijk, 'followedUp', { value: num(row.followed_up), people: num(row.followed_up_people) });
    }

    const signals = (await manager.query(
      `SELECT wijk_code, status, count(*)::int AS n FROM signal
        WHERE wijk_code = ANY($3) AND created_at >= $1 AND created_at < $2 GROUP BY wijk_code, status`,
      params,
    )) as { wijk_code: string; status: string; n: number }[];
    const key: Record<string, WijkStatsCellKey> = {
      NEW: 'signalsNew',
      CONTACTED: 'signalsContacted',
      INTAKE_DONE: 'signalsIntakeDone',
      NO_ACTION: 'signalsNoAction',
    };
    // One signal is about one person.
    for (const row of signals) if (key[row.status]) set(row.wijk_code, key[row.status], { value: row.n, people: row.n });

    const changes = (await manager.query(
      `WITH pairs AS (
         SELECT m1.resident_id, m1.wijk_code, m0.taken_at AS t0, m1.taken_at AS t1, (m1.total_score - m0.total_score) AS change
           FROM measurement m1 JOIN measurement m0 ON m0.resident_id = m1.resident_id AND m0.moment = 'T0'
          WHERE m1.moment = 'T1' AND m1.wijk_code = ANY($3) AND m1.taken_at >= $1 AND m1.taken_at < $2
       ), flagged AS (
         SELECT p.wijk_code, p.change,
                EXISTS (SELECT 1 FROM match k WHERE k.kind = 'RESIDENT_ACTIVITY' AND k.resident_id = p.resident_id
                           AND k.status IN ${ACCEPTED} AND k.responded_at BETWEEN p.t0 AND p.t1) AS activity,
                EXISTS (SELECT 1 FROM buddy_trajectory b WHERE b.resident_id = p.resident_id
                           AND b.started_on <= ${LOCAL_DATE('p.t1')} AND coalesce(b.ended_on, 'infinity'::date) >= ${LOCAL_DATE('p.t0')}) AS buddy,
                EXISTS (SELECT 1 FROM match k WHERE k.kind = 'OFFER_REQUEST' AND p.resident_id IN (k.resident_id, k.counterpart_resident_id)
                           AND k.status IN ${ACCEPTED} AND k.responded_at BETWEEN p.t0 AND p.t1) AS peer
           FROM pairs p
       )
       SELECT wijk_code,
              count(*)::int AS all_n, avg(change)::float8 AS all_mean,
              count(*) FILTER (WHERE activity)::int AS activity_n, (avg(change) FILTER (WHERE activity))::float8 AS activity_mean,
              count(*) FILTER (WHERE buddy)::int AS buddy_n, (avg(change) FILTER (WHERE buddy))::float8 AS buddy_mean,
              count(*) FILTER (WHERE peer)::int AS peer_n, (avg(change) FILTER (WHERE peer))::float8 AS peer_mean,
              count(*) FILTER (WHERE NOT (activity OR buddy OR peer))::int AS none_n,
              (avg(change) FILTER (WHERE NOT (activity OR buddy OR peer)))::float8 AS none_mean
         FROM flagged GROUP BY wijk_code`,
      params,
    )) as Record<string, number | string | null>[];
    for (const row of changes) {
      const wijk = String(row.wijk_code);
      set(wijk, 'changeAll', { value: numOrNull(row.all_mean), people: num(row.all_n) });
      set(wijk, 'changeActivity', { value: numOrNull(row.activity_mean), people: num(row.activity_n) });
      set(wijk, 'changeBuddy', { value: numOrNull(row.buddy_mean), people: num(row.buddy_n) });
      set(wijk, 'changePeerMatch', { value: numOrNull(row.peer_mean), people: num(row.peer_n) });
      set(wijk, 'changeNone', { value: numOrNull(row.none_mean), people: num(row.none_n) });
    }
    return result;
  }
}
