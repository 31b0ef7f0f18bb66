import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { occurrencesBetween, SignUpService } from '@buurtbrug/activities';
import { TagsService } from '@buurtbrug/tags';
import { DataSource } from 'typeorm';
import type { OutcomeCount, OutcomeStats } from './match-features.js';
import { slotOf } from './match-features.js';
import { LIVE_STATUSES, OPEN_STATUSES } from './match-lifecycle.js';
import type { TagLabels } from './match-reasons.js';
import type { ActivityInput, ResidentInput } from './match-scorer.js';
import type { PostInput } from './offer-request-scorer.js';
import { TagIndex } from './tag-index.js';

const DAY_MS = 86_400_000;
/** The week grid of an activity comes from its occurrences in the coming four weeks. */
const SLOT_WINDOW_DAYS = 28;
/** An activity whose next date is further away than this is not proposed yet. */
const NEXT_OCCURRENCE_DAYS = 92;

export interface ScorerResident extends ResidentInput {
  curated: boolean;
}

export interface ScorerActivity extends ActivityInput {
  nextOccurrence: Date;
}

export interface ScorerPost extends PostInput {
  authorCurated: boolean;
}

const quoted = (list: readonly string[]) => `(${list.map((s) => `'${s}'`).join(', ')})`;
const LIVE = quoted(LIVE_STATUSES);
const OPEN = quoted(OPEN_STATUSES);

/**
 * Loads what the scorer needs from PostgreSQL in a few set-based queries. It reads the tables of
 * the residents, activities and talents-wants libraries read-only (their services offer no bulk
 * reads for a whole wijk); everything it writes goes through MatchingService.
 */
/** Residents by wijk or by id, optionally leaving some out (those already matched in a first pass). */
export interface ResidentFilter {
  wijkCodes?: readonly string[];
  ids?: readonly string[];
  exceptIds?: readonly string[];
}

@Injectable()
export class MatchCandidateLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tags: TagsService,
    private readonly signUps: SignUpService,
  ) {}

  /** The taxonomy as bits and labels. */
  async taxonomy(): Promise<{ index: TagIndex; labels: TagLabels }> {
    const all = await this.tags.all();
    return {
      index: new TagIndex(all.map((t) => t.slug)),
      labels: new Map(all.map((t) => [t.slug, { nl: t.labelNl, en: t.labelEn }])),
    };
  }

  /** Just the ids of the residents `residents({ wijkCodes })` would load: cheap, to decide who goes first. */
  async residentIds(wijkCodes: readonly string[]): Promise<string[]> {
    const rows = (await this.dataSource.query(`SELECT user_id FROM resident_profile WHERE wijk_code = ANY($1)`, [wijkCodes])) as { user_id: string }[];
    return rows.map((r) => r.user_id);
  }

  /**
   * Residents who agreed to matching, by wijk or by id. The rows come back as one JSON array:
   * JSON.parse is native, while pg parses thousands of text-array columns in JavaScript — for a
   * thousand residents that parsing was most of the load time.
   */
  async residents(filter: ResidentFilter): Promise<ScorerResident[]> {
    const [{ residents }] = (await this.dataSource.query(
      `SELECT coalesce(json_agg(r ORDER BY r.id), '[]') AS residents FROM (
         SELECT p.user_id AS id, p.wijk_code AS "wijkCode", w.lat, w.lon, p.travel_radius_km AS "travelRadiusKm", p.age_band AS "ageBand",
                p.languages, p.interests, p.wishes, p.talents, p.availability, p.needs, p.wants_new_contacts AS "wantsNewContacts",
                (p.via_social_worker OR p.on_behalf) AS curated
           FROM resident_profile p JOIN wijk w ON w.code = p.wijk_code
          WHERE ($1::text[] IS NULL OR p.wijk_code = ANY($1)) AND ($2::uuid[] IS NULL OR p.user_id = ANY($2))
            AND ($3::uuid[] IS NULL OR p.user_id <> ALL($3))
            AND EXISTS (SELECT 1 FROM resident_consent c WHERE c.user_id = p.user_id AND c.kind = 'MATCHING' AND c.withdrawn_at IS NULL)) r`,
      [filter.wijkCodes ?? null, filter.ids ?? null, filter.exceptIds ?? null],
    )) as { residents: ScorerResident[] }[];
    return residents;
  }

  /** Published activities in these wijken with a coming date, with their week slots and places left. */
  async activities(wijkCodes: readonly string[], now = new Date()): Promise<ScorerActivity[]> {
    if (wijkCodes.length === 0) return [];
    const rows = (await this.dataSource.query(
      `SELECT a.id, a.organisation_id, a.wijk_code, coalesce(a.latitude, w.lat) AS lat, coalesce(a.longitude, w.lon) AS lon,
              a.tags, a.starts_at, a.ends_at, a.rrule, a.duration_minutes, a.until, a.capacity, a.cost_cents, a.walk_in,
              a.audience, a.languages, a.accessibility
         FROM activity a JOIN wijk w ON w.code = a.wijk_code
        WHERE a.status = 'PUBLISHED' AND a.wijk_code = ANY($1)
          AND (a.series_ends_at IS NULL OR a.series_ends_at > $2)
        ORDER BY a.id`,
      [wijkCodes, now],
    )) as {
      id: string;
      organisation_id: string;
      wijk_code: string;
      lat: number;
      lon: number;
      tags: string[];
      starts_at: Date;
      ends_at: Date | null;
      rrule: string | null;
      duration_minutes: number | null;
      until: Date | null;
      capacity: number | null;
      cost_cents: number;
      walk_in: boolean;
      audience: string[];
      languages: string[];
      accessibility: string[];
    }[];
    const prepared: (Omit<ScorerActivity, 'placesLeft'> & { capacity: number | null })[] = [];
    for (const row of rows) {
      const schedule = { startsAt: row.starts_at, endsAt: row.ends_at, rrule: row.rrule, durationMinutes: row.duration_minutes, until: row.until };
      const coming = occurrencesBetween(schedule, now, new Date(now.getTime() + NEXT_OCCURRENCE_DAYS * DAY_MS), 12);
      if (coming.length === 0) continue;
      const horizon = now.getTime() + SLOT_WINDOW_DAYS * DAY_MS;
      const slots = new Set<string>();
      for (const occurrence of coming) {
        if (occurrence.start.getTime() > horizon && slots.size > 0) break;
        const slot = slotOf(occurrence.start);
        if (slot) slots.add(slot);
      }
      prepared.push({
        id: row.id,
        organisationId: row.organisation_id,
        wijkCode: row.wijk_code,
        lat: row.lat,
        lon: row.lon,
        tags: row.tags,
        slots: [...slots],
        capacity: row.capacity,
        costCents: row.cost_cents,
        walkIn: row.walk_in,
        audience: row.audience,
        languages: row.languages,
        accessibility: row.accessibility,
        nextOccurrence: coming[0].start,
      });
    }
    const limited = prepared.filter((a) => a.capacity !== null);
    const counts = await this.signUps.confirmedCounts(limited.map((a) => ({ activityId: a.id, start: a.nextOccurrence })));
    return prepared.map((a) => ({
      ...a,
      placesLeft: a.capacity === null ? null : a.capacity - (counts.get(SignUpService.key(a.id, a.nextOccurrence)) ?? 0),
    }));
  }

  /**
   * Per resident: activities never to propose now (a live proposal exists, or one ended less
   * than `cooldownDays` ago), and how many proposals are still open.
   */
  async residentHistory(residentIds: readonly string[], cooldownDays: number): Promise<{ excluded: Map<string, string[]>; open: Map<string, number> }> {
    const excluded = new Map<string, string[]>();
    const open = new Map<string, number>();
    if (residentIds.length === 0) return { excluded, open };
    const rows = (await this.dataSource.query(
      `SELECT resident_id, activity_id, status IN ${OPEN} AS open
         FROM match
        WHERE kind = 'RESIDENT_ACTIVITY' AND resident_id = ANY($1)
          AND (status IN ${LIVE} OR updated_at > now() - make_interval(days => $2))`,
      [residentIds, cooldownDays],
    )) as { resident_id: string; activity_id: string; open: boolean }[];
    for (const row of rows) {
      const list = excluded.get(row.resident_id);
      if (list) list.push(row.activity_id);
      else excluded.set(row.resident_id, [row.activity_id]);
      if (row.open) open.set(row.resident_id, (open.get(row.resident_id) ?? 0) + 1);
    }
    return { excluded, open };
  }

  /** Open offers and requests in these wijken, with what matching needs of their authors. */
  async openPosts(wijkCodes: readonly string[]): Promise<ScorerPost[]> {
    if (wijkCodes.length === 0) return [];
    const rows = (await this.dataSource.query(
      `SELECT p.id, p.author_id, p.kind, p.wijk_code, p.tags, w.lat, w.lon,
              coalesce(rp.travel_radius_km, 2) AS travel_radius_km, coalesce(rp.availability, '{}') AS availability,
              coalesce(rp.languages, '{}') AS languages, coalesce(rp.via_social_worker OR rp.on_behalf, false) AS curated
         FROM post p JOIN wijk w ON w.code = p.wijk_code LEFT JOIN resident_profile rp ON rp.user_id = p.author_id
        WHERE p.status = 'OPEN' AND p.expires_at > now() AND p.wijk_code = ANY($1)
        ORDER BY p.created_at, p.id`,
      [wijkCodes],
    )) as {
      id: string;
      author_id: string;
      kind: 'OFFER' | 'REQUEST';
      wijk_code: string;
      tags: string[];
      lat: number;
      lon: number;
      travel_radius_km: number;
      availability: string[];
      languages: string[];
      curated: boolean;
    }[];
    return rows.map((r) => ({
      id: r.id,
      authorId: r.author_id,
      kind: r.kind,
      wijkCode: r.wijk_code,
      lat: r.lat,
      lon: r.lon,
      tags: r.tags,
      authorTravelRadiusKm: r.travel_radius_km,
      authorAvailability: r.availability,
      authorLanguages: r.languages,
      authorCurated: r.curated,
    }));
  }

  /** `offer|request` pairs never to propose now. */
  async postPairHistory(postIds: readonly string[], cooldownDays: number): Promise<Set<string>> {
    if (postIds.length === 0) return new Set();
    const rows = (await this.dataSource.query(
      `SELECT offer_post_id, request_post_id FROM match
        WHERE kind = 'OFFER_REQUEST' AND (offer_post_id = ANY($1) OR request_post_id = ANY($1))
          AND (status IN ${LIVE} OR updated_at > now() - make_interval(days => $2))`,
      [postIds, cooldownDays],
    )) as { offer_post_id: string; request_post_id: string }[];
    return new Set(rows.map((r) => `${r.offer_post_id}|${r.request_post_id}`));
  }

  /** What follow-ups taught so far, per tag and per organisation. */
  async outcomeStats(): Promise<OutcomeStats> {
    const select = `count(*) FILTER (WHERE m.offered_at IS NOT NULL)::int AS offered,
                    count(*) FILTER (WHERE m.status IN ('ACCEPTED', 'FOLLOWED_UP'))::int AS accepted,
                    count(*) FILTER (WHERE m.followed_up_at IS NOT NULL)::int AS followed_up,
                    count(*) FILTER (WHERE m.outcome_went_well)::int AS went_well`;
    type Row = { key: string; offered: number; accepted: number; followed_up: number; went_well: number };
    const [byTag, byOrganisation] = (await Promise.all([
      this.dataSource.query(
        `SELECT t.tag AS key, ${select} FROM match m JOIN activity a ON a.id = m.activity_id, unnest(a.tags) AS t(tag)
          WHERE m.kind = 'RESIDENT_ACTIVITY' AND m.offered_at IS NOT NULL GROUP BY t.tag`,
      ),
      this.dataSource.query(
        `SELECT a.organisation_id::text AS key, ${select} FROM match m JOIN activity a ON a.id = m.activity_id
          WHERE m.kind = 'RESIDENT_ACTIVITY' AND m.offered_at IS NOT NULL GROUP BY a.organisation_id`,
      ),
    ])) as [Row[], Row[]];
    const toMap = (rows: Row[]) =>
      new Map<string, OutcomeCount>(rows.map((r) => [r.key, { offered: r.offered, accepted: r.accepted, followedUp: r.followed_up, wentWell: r.went_well }]));
    return { byTag: toMap(byTag), byOrganisation: toMap(byOrganisation) };
  }
}
