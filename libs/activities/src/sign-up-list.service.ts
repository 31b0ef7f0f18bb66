import { Inject, Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@buurtbrug/auth';
import { PUB_SUB } from '@buurtbrug/core';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { ActivitiesError, ActivitiesErrorCode } from './activities.errors.js';
import { occurrencesBetween, windowErrors } from './activity-schedule.js';
import { SignUpStatus } from './activity.enums.js';
import type { Activity } from './activity.entity.js';
import { SIGN_UP_CHANGED, SIGN_UP_PROMOTED, type SignUpChanged, type SignUpPromoted } from './activity.events.js';
import { ActivitiesService } from './activity.service.js';

/**
 * Published (through PUB_SUB, so every instance hears it) after a sign-up of an activity changed,
 * on a trigger per activity: a push reaches only the pages open on that activity.
 */
export const activitySignUpsChangedTrigger = (activityId: string): string => `activity.sign-ups-changed.${activityId}`;

export interface ActivitySignUpsChangedPayload {
  activityId: string;
  /** Whose activity it is: the subscription filter lets only its members and admins hear it. */
  organisationId: string;
  occurrenceStart: Date;
}

export interface SignedUpPerson {
  signUpId: string;
  name: string;
  status: SignUpStatus;
  signedUpAt: Date;
}

export interface OccurrenceSignUps {
  activityId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  confirmed: SignedUpPerson[];
  waiting: SignedUpPerson[];
}

const DAY_MS = 86_400_000;
const DEFAULT_WINDOW_DAYS = 60;

/** "Anna de Vries" → "Anna": an organisation sees who comes by first name, as posts name their author. */
export function firstNameOf(displayName: string | null): string {
  return displayName?.trim().split(/\s+/)[0] ?? '';
}

/**
 * The sign-up list of an activity for its organisation: per date, who has a place and who
 * waits, by first name only. Tells the organisation's open pages when it changes.
 */
@Injectable()
export class SignUpListService {
  private readonly logger = new Logger(SignUpListService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activities: ActivitiesService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  /** Checks that the caller runs this activity (drafts of others stay hidden: NOT_FOUND). */
  async managed(principal: Principal, activityId: string): Promise<Activity> {
    return this.activities.getManageable(principal, activityId);
  }

  /** Every date of the activity in [from, to) with its sign-ups, earliest first. */
  async list(principal: Principal, activityId: string, from?: Date, to?: Date): Promise<OccurrenceSignUps[]> {
    const activity = await this.managed(principal, activityId);
    const start = from ?? new Date();
    const end = to ?? new Date(start.getTime() + DEFAULT_WINDOW_DAYS * DAY_MS);
    const errors = windowErrors(start, end);
    if (errors.length > 0) throw new ActivitiesError(ActivitiesErrorCode.INVALID_WINDOW, errors[0].message, errors);
    const rows = (await this.dataSource.query(
      `SELECT s.id, s.occurrence_start, s.status, s.created_at, u.display_name
         FROM activity_sign_up s
         LEFT JOIN user_account u ON u.id = s.user_id
        WHERE s.activity_id = $1 AND s.status IN ('CONFIRMED', 'WAITING')
          AND s.occurrence_start >= $2 AND s.occurrence_start < $3
        ORDER BY s.occurrence_start, s.created_at, s.id`,
      [activity.id, start, end],
    )) as { id: string; occurrence_start: Date; status: SignUpStatus; created_at: Date; display_name: string | null }[];
    const byStart = new Map<number, OccurrenceSignUps>();
    for (const occurrence of occurrencesBetween(activity, start, end)) {
      byStart.set(occurrence.start.getTime(), {
        activityId: activity.id,
        startsAt: occurrence.start,
        endsAt: occurrence.end,
        capacity: activity.capacity,
        confirmed: [],
        waiting: [],
      });
    }
    for (const row of rows) {
      const key = row.occurrence_start.getTime();
      // A date taken out of the schedule after people signed up still shows who signed up for it.
      let occurrence = byStart.get(key);
      if (!occurrence) {
        const durationMs = activity.durationMinutes
          ? activity.durationMinutes * 60_000
          : (activity.endsAt?.getTime() ?? key) - activity.startsAt.getTime();
        occurrence = {
          activityId: activity.id,
          startsAt: row.occurrence_start,
          endsAt: new Date(key + durationMs),
          capacity: activity.capacity,
          confirmed: [],
          waiting: [],
        };
        byStart.set(key, occurrence);
      }
      const person = { signUpId: row.id, name: firstNameOf(row.display_name), status: row.status, signedUpAt: row.created_at };
      (row.status === SignUpStatus.CONFIRMED ? occurrence.confirmed : occurrence.waiting).push(person);
    }
    return [...byStart.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  @OnEvent(SIGN_UP_CHANGED)
  @OnEvent(SIGN_UP_PROMOTED)
  async announce(event: SignUpChanged | SignUpPromoted): Promise<void> {
    try {
      const [row] = (await this.dataSource.query(`SELECT organisation_id FROM activity WHERE id = $1`, [event.activityId])) as {
        organisation_id: string;
      }[];
      if (!row) return;
      const payload: ActivitySignUpsChangedPayload = {
        activityId: event.activityId,
        organisationId: row.organisation_id,
        occurrenceStart: event.occurrenceStart,
      };
      await this.pubSub.publish(activitySignUpsChangedTrigger(event.activityId), { activitySignUpsChanged: payload });
    } catch (error) {
      // The sign-up itself is stored; an open list only misses one live refresh.
      this.logger.warn(`could not announce a sign-up change: ${(error as Error).message}`);
    }
  }
}
