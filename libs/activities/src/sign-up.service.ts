import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UserPrincipal } from '@buurtbrug/auth';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { isOccurrence } from './activity-schedule.js';
import { ActivityStatus, SignUpStatus } from './activity.enums.js';
import { Activity } from './activity.entity.js';
import { SIGN_UP_CHANGED, SIGN_UP_PROMOTED, SignUpChanged, SignUpPromoted } from './activity.events.js';
import { ActivitiesError, ActivitiesErrorCode } from './activities.errors.js';
import { SignUp } from './sign-up.entity.js';

interface SignUpRow {
  id: string;
  activity_id: string;
  user_id: string;
  occurrence_start: Date;
  status: SignUpStatus;
  created_at: Date;
  updated_at: Date;
  cancelled_at: Date | null;
}

function toSignUp(row: SignUpRow): SignUp {
  return Object.assign(new SignUp(), {
    id: row.id,
    activityId: row.activity_id,
    userId: row.user_id,
    occurrenceStart: row.occurrence_start,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    cancelledAt: row.cancelled_at,
  });
}

/**
 * Sign-ups per occurrence with a waiting list. Every change takes the activity row's lock
 * (`SELECT … FOR UPDATE`) first, so counting free places and taking one is one step even when
 * many people sign up at the same moment.
 */
@Injectable()
export class SignUpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * Takes a place when there is one, otherwise a place on the waiting list. Signing up again for
   * the same date returns the existing sign-up.
   */
  async signUp(principal: UserPrincipal, activityId: string, occurrenceStart?: Date | null): Promise<SignUp> {
    const { signUp, announce } = await this.dataSource.transaction((manager) => this.signUpWithin(manager, principal, activityId, occurrenceStart));
    announce();
    return signUp;
  }

  /**
   * `signUp` inside someone else's transaction (accepting a match signs up and records the answer
   * as one step). Call `announce` after that transaction committed, never before.
   */
  async signUpWithin(
    manager: EntityManager,
    principal: UserPrincipal,
    activityId: string,
    occurrenceStart?: Date | null,
  ): Promise<{ signUp: SignUp; announce: () => void }> {
    if (!isUUID(activityId)) throw this.activityNotFound();
    const { signUp, created } = await (async () => {
      const activity = await this.lockActivity(manager, activityId);
      if (!activity || activity.status === ActivityStatus.DRAFT) throw this.activityNotFound();
      if (activity.status === ActivityStatus.CANCELLED) {
        throw new ActivitiesError(ActivitiesErrorCode.ACTIVITY_CANCELLED, 'This activity was cancelled');
      }
      const start = this.occurrenceOf(activity, occurrenceStart);
      if (start.getTime() <= Date.now()) {
        throw new ActivitiesError(ActivitiesErrorCode.NOT_OPEN_FOR_SIGN_UP, 'This date has already started', [
          { field: 'occurrenceStart', message: 'must be a coming date' },
        ]);
      }
      const existing = (await manager.query(
        `SELECT * FROM activity_sign_up
          WHERE activity_id = $1 AND occurrence_start = $2 AND user_id = $3 AND status <> 'CANCELLED'`,
        [activityId, start, principal.userId],
      )) as SignUpRow[];
      if (existing[0]) return { signUp: toSignUp(existing[0]), created: false };
      // The lock above makes this count and the insert below one step for everyone.
      const [{ confirmed }] = (await manager.query(
        `SELECT count(*)::int AS confirmed FROM activity_sign_up
          WHERE activity_id = $1 AND occurrence_start = $2 AND status = 'CONFIRMED'`,
        [activityId, start],
      )) as { confirmed: number }[];
      const status = activity.capacity === null || confirmed < activity.capacity ? SignUpStatus.CONFIRMED : SignUpStatus.WAITING;
      const rows = (await manager.query(
        `INSERT INTO activity_sign_up (activity_id, user_id, occurrence_start, status)
         VALUES ($1, $2, $3, $4) RETURNING *`,
        [activityId, principal.userId, start, status],
      )) as SignUpRow[];
      return { signUp: toSignUp(rows[0]), created: true };
    })();
    return { signUp, announce: () => (created ? this.emitChanged(signUp) : undefined) };
  }

  /** Withdraws a sign-up; a freed place goes to the first person on the waiting list. */
  async cancelSignUp(principal: UserPrincipal, signUpId: string): Promise<SignUp> {
    if (!isUUID(signUpId)) throw this.signUpNotFound();
    const found = (await this.dataSource.query(`SELECT activity_id, user_id FROM activity_sign_up WHERE id = $1`, [signUpId])) as {
      activity_id: string;
      user_id: string;
    }[];
    if (!found[0] || found[0].user_id !== principal.userId) throw this.signUpNotFound();
    const { result, promoted, changed } = await this.dataSource.transaction(async (manager) => {
      // Same lock order as signUp (activity first), so the two never deadlock.
      const activity = await this.lockActivity(manager, found[0].activity_id);
      const [current] = (await manager.query(`SELECT * FROM activity_sign_up WHERE id = $1`, [signUpId])) as SignUpRow[];
      if (current.status === SignUpStatus.CANCELLED) return { result: toSignUp(current), promoted: [] as SignUpPromoted[], changed: false };
      const rows = (await manager.query(
        `UPDATE activity_sign_up SET status = 'CANCELLED', cancelled_at = now(), updated_at = now()
          WHERE id = $1 RETURNING *`,
        [signUpId],
      )) as [SignUpRow[], number];
      const cancelled = rows[0][0];
      const freed = current.status === SignUpStatus.CONFIRMED && activity;
      const promoted = freed ? await this.fillFreePlaces(manager, activity, cancelled.occurrence_start) : [];
      return { result: toSignUp(cancelled), promoted, changed: true };
    });
    if (changed) this.emitChanged(result);
    this.emitPromotions(promoted);
    return result;
  }

  /** The caller's live sign-ups (coming dates first; past ones too when asked). */
  async mySignUps(principal: UserPrincipal, includePast: boolean): Promise<SignUp[]> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM activity_sign_up
        WHERE user_id = $1 AND status <> 'CANCELLED' AND ($2::boolean OR occurrence_start >= now() - interval '1 day')
        ORDER BY occurrence_start, created_at
        LIMIT 500`,
      [principal.userId, includePast],
    )) as SignUpRow[];
    return rows.map(toSignUp);
  }

  /** Confirmed sign-ups per (activity, occurrence start), for `placesLeft`. One query for many keys. */
  async confirmedCounts(keys: readonly { activityId: string; start: Date }[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (keys.length === 0) return counts;
    const rows = (await this.dataSource.query(
      `SELECT s.activity_id, s.occurrence_start, count(*)::int AS confirmed
         FROM activity_sign_up s
         JOIN unnest($1::uuid[], $2::timestamptz[]) AS k(activity_id, occurrence_start)
           ON k.activity_id = s.activity_id AND k.occurrence_start = s.occurrence_start
        WHERE s.status = 'CONFIRMED'
        GROUP BY s.activity_id, s.occurrence_start`,
      [keys.map((k) => k.activityId), keys.map((k) => k.start.toISOString())],
    )) as { activity_id: string; occurrence_start: Date; confirmed: number }[];
    for (const row of rows) counts.set(SignUpService.key(row.activity_id, row.occurrence_start), row.confirmed);
    return counts;
  }

  static key(activityId: string, start: Date): string {
    return `${activityId}|${start.toISOString()}`;
  }

  /**
   * Residents still signed up (or waiting) for a coming date, each once. Call with the
   * activity locked, in the transaction that cancels it.
   */
  async upcomingUserIds(manager: EntityManager, activityId: string): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT DISTINCT user_id FROM activity_sign_up
        WHERE activity_id = $1 AND status IN ('CONFIRMED', 'WAITING') AND occurrence_start >= now()
        ORDER BY user_id`,
      [activityId],
    )) as { user_id: string }[];
    return rows.map((r) => r.user_id);
  }

  /**
   * Gives free places to the waiting list, first come first served, for one occurrence or all of
   * them. Call with the activity row locked, inside the transaction that freed the places.
   */
  async fillFreePlaces(
    manager: EntityManager,
    activity: Pick<Activity, 'id' | 'capacity'>,
    occurrenceStart?: Date,
  ): Promise<SignUpPromoted[]> {
    const rows = (await manager.query(
      `WITH confirmed AS (
         SELECT occurrence_start, count(*)::int AS taken FROM activity_sign_up
          WHERE activity_id = $1 AND status = 'CONFIRMED' AND ($3::timestamptz IS NULL OR occurrence_start = $3)
          GROUP BY occurrence_start
       ), queue AS (
         SELECT id, occurrence_start,
                row_number() OVER (PARTITION BY occurrence_start ORDER BY created_at, id) AS position
           FROM activity_sign_up
          WHERE activity_id = $1 AND status = 'WAITING' AND ($3::timestamptz IS NULL OR occurrence_start = $3)
       )
       UPDATE activity_sign_up s SET status = 'CONFIRMED', updated_at = now()
         FROM queue q LEFT JOIN confirmed c ON c.occurrence_start = q.occurrence_start
        WHERE s.id = q.id AND ($2::int IS NULL OR q.position <= $2::int - coalesce(c.taken, 0))
        RETURNING s.id, s.user_id, s.occurrence_start`,
      [activity.id, activity.capacity, occurrenceStart ?? null],
    )) as [{ id: string; user_id: string; occurrence_start: Date }[], number];
    return rows[0].map((row) => new SignUpPromoted(row.id, activity.id, row.user_id, row.occurrence_start));
  }

  private emitChanged(signUp: SignUp): void {
    this.events.emit(SIGN_UP_CHANGED, new SignUpChanged(signUp.id, signUp.activityId, signUp.userId, signUp.occurrenceStart, signUp.status));
  }

  emitPromotions(promoted: SignUpPromoted[]): void {
    for (const event of promoted) this.events.emit(SIGN_UP_PROMOTED, event);
  }

  private async lockActivity(manager: EntityManager, id: string): Promise<Activity | null> {
    return manager.getRepository(Activity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The occurrence a sign-up is for: the start of a one-off, or a real date of a recurring one. */
  private occurrenceOf(activity: Activity, requested?: Date | null): Date {
    if (!activity.rrule) {
      if (requested && requested.getTime() !== activity.startsAt.getTime()) {
        throw new ActivitiesError(ActivitiesErrorCode.NO_SUCH_OCCURRENCE, 'This activity has no date at that time', [
          { field: 'occurrenceStart', message: 'leave it out or give the start of the activity' },
        ]);
      }
      return activity.startsAt;
    }
    if (!requested) {
      throw new ActivitiesError(ActivitiesErrorCode.NO_SUCH_OCCURRENCE, 'Choose which date you sign up for', [
        { field: 'occurrenceStart', message: 'required for a recurring activity' },
      ]);
    }
    if (!isOccurrence(activity, requested)) {
      throw new ActivitiesError(ActivitiesErrorCode.NO_SUCH_OCCURRENCE, 'This activity has no date at that time', [
        { field: 'occurrenceStart', message: 'not a date of this activity' },
      ]);
    }
    return requested;
  }

  private activityNotFound(): ActivitiesError {
    return new ActivitiesError(ActivitiesErrorCode.ACTIVITY_NOT_FOUND, 'No such activity');
  }

  private signUpNotFound(): ActivitiesError {
    return new ActivitiesError(ActivitiesErrorCode.SIGN_UP_NOT_FOUND, 'No such sign-up');
  }
}
