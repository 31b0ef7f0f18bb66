import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActivitiesService, occurrencesBetween, SignUpService } from '@buurtbrug/activities';
import { Role, type UserPrincipal } from '@buurtbrug/auth';
import { decodeCursor, type Page, toPage } from '@buurtbrug/core';
import { DataSource, type EntityManager } from 'typeorm';
import type { MatchesArgs } from './dto/matches.args.js';
import type { RecordFollowUpInput } from './dto/record-follow-up.input.js';
import type { RespondToMatchInput } from './dto/respond-to-match.input.js';
import { type Match, matchFromRow, type MatchRow } from './match.entity.js';
import { assertTransition } from './match-lifecycle.js';
import { MatchNotifier } from './match-notifier.js';
import { MatchKind, MatchResponse, MatchStatus } from './match-status.enum.js';
import { MatchingError, MatchingErrorCode } from './matching.errors.js';
import { MATCH_ACCEPTED, MatchAccepted } from './matching.events.js';

const DAY_MS = 86_400_000;

type Side = 'resident' | 'counterpart';

/**
 * The resident's side of a match: their list, accepting or declining, and the follow-up. A
 * social worker acts here for residents of their wijk whose proposals go through them.
 */
@Injectable()
export class MatchResponseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activities: ActivitiesService,
    private readonly signUps: SignUpService,
    private readonly notifier: MatchNotifier,
    private readonly events: EventEmitter2,
  ) {}

  /** Own matches (residents: only what reached them) or the curated ones of the caller's wijken, by last change. */
  async list(principal: UserPrincipal, args: MatchesArgs): Promise<Page<Match>> {
    const cursor = args.after ? decodeCursor(args.after) : null;
    const rows = (await this.dataSource.query(
      `SELECT * FROM match
        WHERE ${this.visibleTo(principal)}
          AND ($3::timestamptz IS NULL OR updated_at > $3)
          AND ($4::text IS NULL OR status = $4)
          AND ($5::timestamptz IS NULL OR (updated_at, id) > ($5::timestamptz, $6::uuid))
        ORDER BY updated_at, id
        LIMIT $7`,
      [
        principal.userId,
        principal.wijkCodes,
        args.since ?? null,
        args.status ?? null,
        cursor ? String(cursor[0]) : null,
        cursor ? String(cursor[1]) : null,
        args.first + 1,
      ],
    )) as MatchRow[];
    return toPage(rows.map(matchFromRow), args.first, (m) => [m.updatedAt.toISOString(), m.id]);
  }

  /** Follow-up tasks that are due for the caller: their own, or their curated residents'. */
  async followUps(principal: UserPrincipal, first: number, after?: string): Promise<Page<Match>> {
    const cursor = after ? decodeCursor(after) : null;
    const mine =
      principal.role === Role.SOCIAL_WORKER
        ? `curation_wijk_code = ANY($2::text[]) AND $1::uuid IS NOT NULL`
        : `curation_wijk_code IS NULL AND (resident_id = $1::uuid OR counterpart_resident_id = $1::uuid) AND $2::text[] IS NOT NULL`;
    const rows = (await this.dataSource.query(
      `SELECT * FROM match
        WHERE status = '${MatchStatus.ACCEPTED}' AND follow_up_due_at IS NOT NULL AND followed_up_at IS NULL AND ${mine}
          AND ($3::timestamptz IS NULL OR (follow_up_due_at, id) > ($3::timestamptz, $4::uuid))
        ORDER BY follow_up_due_at, id
        LIMIT $5`,
      [principal.userId, principal.wijkCodes, cursor ? String(cursor[0]) : null, cursor ? String(cursor[1]) : null, first + 1],
    )) as MatchRow[];
    return toPage(rows.map(matchFromRow), first, (m) => [m.followUpDueAt!.toISOString(), m.id]);
  }

  private visibleTo(principal: UserPrincipal): string {
    // $1 = the caller's id, $2 = their wijken.
    return principal.role === Role.SOCIAL_WORKER
      ? `curation_wijk_code = ANY($2::text[]) AND $1::uuid IS NOT NULL`
      : `(resident_id = $1::uuid OR counterpart_resident_id = $1::uuid) AND offered_at IS NOT NULL AND $2::text[] IS NOT NULL`;
  }

  /** Which side of the match the caller answers for; refuses anyone else as if there were no match. */
  private async sideOf(principal: UserPrincipal, id: string): Promise<{ row: MatchRow; side: Side }> {
    const [row] = (await this.dataSource.query(`SELECT * FROM match WHERE id = $1`, [id])) as MatchRow[];
    const notFound = new MatchingError(MatchingErrorCode.MATCH_NOT_FOUND, 'No such match');
    if (!row) throw notFound;
    if (principal.role === Role.SOCIAL_WORKER) {
      if (!row.curation_wijk_code) throw notFound;
      if (!principal.wijkCodes.includes(row.curation_wijk_code)) throw new MatchingError(MatchingErrorCode.NOT_YOUR_WIJK, 'This match is for a wijk you do not work for');
      return { row, side: row.curation_wijk_code === row.wijk_code ? 'resident' : 'counterpart' };
    }
    if (!row.offered_at) throw notFound;
    if (row.resident_id === principal.userId) return { row, side: 'resident' };
    if (row.counterpart_resident_id === principal.userId) return { row, side: 'counterpart' };
    throw notFound;
  }

  /**
   * Accept or decline. Accepting an activity signs the resident up through the activities
   * library (capacity-safe: a full date puts them on the waiting list). An offer and request
   * is accepted only once both sides said yes; until then each sees only their own answer.
   */
  async respond(principal: UserPrincipal, input: RespondToMatchInput): Promise<Match> {
    const { row, side } = await this.sideOf(principal, input.id);
    const accept = input.response === MatchResponse.ACCEPT;
    assertTransition(row.status, accept ? MatchStatus.ACCEPTED : MatchStatus.DECLINED);
    let updated: MatchRow | undefined;
    if (!accept) {
      updated = await this.update(
        `status = '${MatchStatus.DECLINED}', decline_reason = $2, responded_at = now()`,
        [input.id, input.reason?.trim() || null],
      );
    } else if (row.kind === MatchKind.RESIDENT_ACTIVITY) {
      // The sign-up and the answer are one transaction: a second click (or the expiry job) that
      // got there first leaves no sign-up behind, and a full or cancelled activity leaves the
      // proposal open.
      // Which date, read before the transaction: inside it, a second pooled connection could
      // wait for ever when every connection holds an accepting transaction.
      const date = await this.nextDate(row);
      const accepted = await this.dataSource.transaction(async (manager) => {
        const [current] = (await manager.query(`SELECT status FROM match WHERE id = $1 FOR UPDATE`, [input.id])) as { status: MatchStatus }[];
        if (current?.status !== MatchStatus.OFFERED) return undefined;
        const resident: UserPrincipal = { kind: 'user', userId: row.resident_id, sessionId: principal.sessionId, role: Role.RESIDENT, wijkCodes: [], organisationId: null };
        const { signUp, announce } = await this.signUps.signUpWithin(manager, resident, date.activityId, date.occurrenceStart);
        const match = await this.update(
          `status = '${MatchStatus.ACCEPTED}', resident_accepted_at = now(), responded_at = now(), sign_up_id = $2`,
          [input.id, signUp.id],
          MatchStatus.OFFERED,
          manager,
        );
        return match && { match, announce };
      });
      accepted?.announce();
      updated = accepted?.match;
    } else {
      const mine = side === 'resident' ? 'resident' : 'counterpart';
      const theirs = side === 'resident' ? 'counterpart' : 'resident';
      // One UPDATE under the row lock: whoever answers second sees the first's yes and completes it.
      updated = await this.update(
        `${mine}_accepted_at = coalesce(${mine}_accepted_at, now()), ${mine}_contact = coalesce($2, ${mine}_contact),
         status = CASE WHEN ${theirs}_accepted_at IS NOT NULL THEN '${MatchStatus.ACCEPTED}' ELSE status END,
         responded_at = CASE WHEN ${theirs}_accepted_at IS NOT NULL THEN now() ELSE responded_at END`,
        [input.id, input.contact?.trim() || null],
      );
    }
    if (!updated) throw new MatchingError(MatchingErrorCode.ALREADY_DECIDED, 'This match was answered or ended in the meantime');
    await this.notifier.changed(updated, row.status);
    if (updated.status === MatchStatus.ACCEPTED) {
      // Other contexts (e.g. talents-wants marking the posts MATCHED) react to this, not to a call.
      this.events.emit(
        MATCH_ACCEPTED,
        new MatchAccepted(updated.id, updated.kind, updated.resident_id, updated.counterpart_resident_id, updated.activity_id, updated.offer_post_id, updated.request_post_id),
      );
    }
    return matchFromRow(updated);
  }

  /** Records how it went: ACCEPTED → FOLLOWED_UP; the outcome feeds the scorer's learned weights. */
  async recordFollowUp(principal: UserPrincipal, input: RecordFollowUpInput): Promise<Match> {
    const { row } = await this.sideOf(principal, input.matchId);
    if (principal.role !== Role.SOCIAL_WORKER && row.curation_wijk_code) {
      throw new MatchingError(MatchingErrorCode.NOT_YOUR_MATCH, 'Your social worker records the follow-up of this match');
    }
    assertTransition(row.status, MatchStatus.FOLLOWED_UP);
    const updated = await this.update(
      `status = '${MatchStatus.FOLLOWED_UP}', followed_up_at = now(), followed_up_by = $2, outcome_went_well = $3,
       outcome_wants_more = $4, outcome_note = $5, follow_up_due_at = coalesce(follow_up_due_at, date_trunc('milliseconds', now()))`,
      [input.matchId, principal.userId, input.outcome.wentWell, input.outcome.wantsMore, input.outcome.note?.trim() || null],
      MatchStatus.ACCEPTED,
    );
    if (!updated) throw new MatchingError(MatchingErrorCode.ALREADY_DECIDED, 'This follow-up was already recorded');
    await this.notifier.changed(updated, row.status);
    return matchFromRow(updated);
  }

  /** A conditional UPDATE from one state ($1 = id); undefined when the row was no longer in it. */
  private async update(set: string, params: unknown[], fromStatus = MatchStatus.OFFERED, manager: EntityManager = this.dataSource.manager): Promise<MatchRow | undefined> {
    const [rows] = (await manager.query(
      `UPDATE match SET ${set}, updated_at = date_trunc('milliseconds', clock_timestamp()) WHERE id = $1 AND status = '${fromStatus}' RETURNING *`,
      params,
    )) as [MatchRow[], number];
    return rows[0];
  }

  /** The activity's next date to sign up for (the resident signs up as themselves, also when their social worker answers). */
  private async nextDate(row: MatchRow): Promise<{ activityId: string; occurrenceStart: Date | null }> {
    const [activity] = await this.activities.findByIds([row.activity_id!]);
    const now = new Date();
    const next = activity ? occurrencesBetween(activity, now, new Date(now.getTime() + 92 * DAY_MS), 1)[0] : undefined;
    if (!activity || !next) throw new MatchingError(MatchingErrorCode.ACTIVITY_UNAVAILABLE, 'This activity has no coming date to sign up for');
    return { activityId: activity.id, occurrenceStart: activity.rrule ? next.start : null };
  }
}
