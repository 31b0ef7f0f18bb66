import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type UserPrincipal } from '@buurtbrug/auth';
import { AuditService, decodeCursor, type FieldError, type Page, toPage } from '@buurtbrug/core';
import { ResidentProfileService } from '@buurtbrug/residents';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { BUDDY_TRAJECTORY_SUBJECT, BuddyAuditAction } from './buddies.audit.js';
import { BuddyTrajectoryStatus } from './buddies.enums.js';
import { BuddiesError, BuddiesErrorCode } from './buddies.errors.js';
import { BUDDY_TRAJECTORY_ENDED, BUDDY_TRAJECTORY_STARTED, BuddyTrajectoryEnded, BuddyTrajectoryStarted } from './buddies.events.js';
import { assertTransition } from './buddy-lifecycle.js';
import { type BuddyTrajectoryView, TODAY_SQL, TRAJECTORY_COLUMNS, TRAJECTORY_FROM } from './buddy-trajectory.view.js';
import { checkInSchedule, daysBetween, MAX_TRAJECTORY_DAYS, parseCalendarDay } from './check-in-schedule.js';
import type { BuddyTrajectoriesArgs } from './dto/buddy-trajectories.args.js';
import type { EndBuddyTrajectoryInput } from './dto/end-buddy-trajectory.input.js';
import type { StartBuddyTrajectoryInput } from './dto/start-buddy-trajectory.input.js';

/** How far from today a trajectory may start: registering one that began a while ago is fine, a year is the limit. */
const START_WINDOW_DAYS = 365;

/**
 * Which trajectories a caller sees ($1 = their id, $2 = their wijken): residents the ones they
 * are in (as volunteer or resident), social workers those of their wijken, admins all.
 */
export function trajectoryVisibility(principal: UserPrincipal): string {
  switch (principal.role) {
    case Role.RESIDENT:
      return `(t.volunteer_id = $1::uuid OR t.resident_id = $1::uuid) AND $2::text[] IS NOT NULL`;
    case Role.SOCIAL_WORKER:
      return `t.wijk_code = ANY($2::text[]) AND $1::uuid IS NOT NULL`;
    case Role.ADMIN:
      return `$1::uuid IS NOT NULL AND $2::text[] IS NOT NULL`;
    default:
      return `false AND $1::uuid IS NOT NULL AND $2::text[] IS NOT NULL`;
  }
}

/** Starting and ending are social work's decisions (the resolver says so too; this keeps the rule with the service). */
function assertSocialWorker(principal: UserPrincipal): void {
  if (principal.role !== Role.SOCIAL_WORKER) throw new BuddiesError(BuddiesErrorCode.NOT_YOUR_WIJK, 'Only a social worker of the wijk may do this');
}

const clean = (value: string | null | undefined): string | null => value?.trim() || null;

/**
 * Buddy trajectories (maatjestrajecten): a social worker links a volunteer and a resident of
 * their wijk, plans the check-ins for the whole period, and ends it with an outcome. Every
 * mutation is one transaction together with its audit entry.
 */
@Injectable()
export class BuddyTrajectoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ResidentProfileService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async list(principal: UserPrincipal, args: BuddyTrajectoriesArgs): Promise<Page<BuddyTrajectoryView>> {
    const cursor = args.after ? decodeCursor(args.after) : null;
    const rows = (await this.dataSource.query(
      `SELECT ${TRAJECTORY_COLUMNS} FROM ${TRAJECTORY_FROM}
        WHERE ${trajectoryVisibility(principal)}
          AND ($3::text IS NULL OR t.status = $3)
          AND ($4::timestamptz IS NULL OR (t.created_at, t.id) < ($4::timestamptz, $5::uuid))
        ORDER BY t.created_at DESC, t.id DESC
        LIMIT $6`,
      [principal.userId, principal.wijkCodes, args.status ?? null, cursor ? String(cursor[0]) : null, cursor ? String(cursor[1]) : null, args.first + 1],
    )) as BuddyTrajectoryView[];
    return toPage(rows, args.first, (row) => [row.createdAt.toISOString(), row.id]);
  }

  /** One trajectory the caller may see; anyone else gets NOT_FOUND, as if there were none. */
  async findVisible(principal: UserPrincipal, id: string, manager: EntityManager = this.dataSource.manager): Promise<BuddyTrajectoryView> {
    if (!isUUID(id)) throw new BuddiesError(BuddiesErrorCode.TRAJECTORY_NOT_FOUND, 'No such buddy trajectory');
    const [row] = (await manager.query(`SELECT ${TRAJECTORY_COLUMNS} FROM ${TRAJECTORY_FROM} WHERE t.id = $3 AND ${trajectoryVisibility(principal)}`, [
      principal.userId,
      principal.wijkCodes,
      id,
    ])) as BuddyTrajectoryView[];
    if (!row) throw new BuddiesError(BuddiesErrorCode.TRAJECTORY_NOT_FOUND, 'No such buddy trajectory');
    return row;
  }

  async start(principal: UserPrincipal, input: StartBuddyTrajectoryInput): Promise<BuddyTrajectoryView> {
    assertSocialWorker(principal);
    const schedule = await this.validateStart(input);
    const [volunteer, resident] = await Promise.all([this.profiles.find(input.volunteerId), this.profiles.find(input.residentId)]);
    if (!resident) throw new BuddiesError(BuddiesErrorCode.RESIDENT_NOT_FOUND, 'No such resident', [{ field: 'residentId', message: 'no resident with this id' }]);
    if (!volunteer) throw new BuddiesError(BuddiesErrorCode.RESIDENT_NOT_FOUND, 'No such volunteer', [{ field: 'volunteerId', message: 'no resident with this id' }]);
    if (!principal.wijkCodes.includes(resident.wijkCode)) {
      throw new BuddiesError(BuddiesErrorCode.NOT_YOUR_WIJK, 'This resident lives in a wijk you do not work for');
    }
    if (!principal.wijkCodes.includes(volunteer.wijkCode)) {
      throw new BuddiesError(BuddiesErrorCode.NOT_YOUR_WIJK, 'This volunteer lives in a wijk you do not work for');
    }
    if (volunteer.onBehalf) {
      throw new BuddiesError(BuddiesErrorCode.INVALID_INPUT, 'A volunteer needs their own account', [
        { field: 'volunteerId', message: 'was registered on their behalf; a volunteer needs their own account' },
      ]);
    }

    const id = await this.dataSource.transaction(async (manager) => {
      let inserted: { id: string }[];
      try {
        inserted = (await manager.query(
          `INSERT INTO buddy_trajectory (volunteer_id, resident_id, wijk_code, status, started_on, planned_end_on, goal, check_in_every_weeks,
                                         resident_contact, volunteer_contact, created_by)
           VALUES ($1, $2, $3, 'ACTIVE', $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [
            input.volunteerId,
            input.residentId,
            resident.wijkCode,
            input.startsOn,
            input.plannedEndOn,
            clean(input.goal),
            input.checkInEveryWeeks,
            clean(input.residentContact),
            clean(input.volunteerContact),
            principal.userId,
          ],
        )) as { id: string }[];
      } catch (error) {
        if ((error as { code?: string }).code === '23505') {
          throw new BuddiesError(BuddiesErrorCode.ALREADY_ACTIVE, 'These two already have an active buddy trajectory');
        }
        throw error;
      }
      const trajectoryId = inserted[0].id;
      // Check-ins that are already due (a trajectory registered after it began) are tasks at once.
      await manager.query(
        `INSERT INTO buddy_check_in (trajectory_id, due_on, surfaced_at)
         SELECT $1, day, CASE WHEN day <= ${TODAY_SQL} THEN now() END FROM unnest($2::date[]) AS day`,
        [trajectoryId, schedule],
      );
      await this.audit.record(
        {
          actorId: principal.userId,
          action: BuddyAuditAction.STARTED,
          subjectType: BUDDY_TRAJECTORY_SUBJECT,
          subjectId: trajectoryId,
          wijkCode: resident.wijkCode,
          details: { volunteerId: input.volunteerId, residentId: input.residentId, checkIns: schedule.length },
        },
        manager,
      );
      return trajectoryId;
    });
    this.events.emit(BUDDY_TRAJECTORY_STARTED, new BuddyTrajectoryStarted(id, resident.wijkCode, input.volunteerId, input.residentId));
    return this.findVisible(principal, id);
  }

  /** ACTIVE → ENDED with an outcome; the check-ins still ahead are no longer tasks and go. */
  async end(principal: UserPrincipal, input: EndBuddyTrajectoryInput): Promise<BuddyTrajectoryView> {
    assertSocialWorker(principal);
    const current = await this.findVisible(principal, input.id);
    assertTransition(current.status, BuddyTrajectoryStatus.ENDED);
    await this.dataSource.transaction(async (manager) => {
      // Conditional on ACTIVE: of two social workers ending it at once, the second changes nothing.
      const [rows] = (await manager.query(
        `UPDATE buddy_trajectory
            SET status = 'ENDED', ended_on = ${TODAY_SQL}, outcome = $2, end_note = $3, ended_by = $4,
                updated_at = date_trunc('milliseconds', clock_timestamp())
          WHERE id = $1 AND status = 'ACTIVE' RETURNING id`,
        [input.id, input.outcome, clean(input.note), principal.userId],
      )) as [{ id: string }[], number];
      if (rows.length === 0) {
        throw new BuddiesError(BuddiesErrorCode.ILLEGAL_TRANSITION, 'This buddy trajectory was ended in the meantime');
      }
      await manager.query(`DELETE FROM buddy_check_in WHERE trajectory_id = $1 AND done_at IS NULL AND due_on > ${TODAY_SQL}`, [input.id]);
      await this.audit.record(
        {
          actorId: principal.userId,
          action: BuddyAuditAction.ENDED,
          subjectType: BUDDY_TRAJECTORY_SUBJECT,
          subjectId: input.id,
          wijkCode: current.wijkCode,
          details: { outcome: input.outcome },
        },
        manager,
      );
    });
    this.events.emit(BUDDY_TRAJECTORY_ENDED, new BuddyTrajectoryEnded(input.id, current.wijkCode, input.outcome));
    return this.findVisible(principal, input.id);
  }

  /** Field checks that need more than one field; returns the check-in dates. */
  private async validateStart(input: StartBuddyTrajectoryInput): Promise<string[]> {
    const fields: FieldError[] = [];
    const starts = parseCalendarDay(input.startsOn);
    const ends = parseCalendarDay(input.plannedEndOn);
    if (!starts) fields.push({ field: 'startsOn', message: 'not a date' });
    if (!ends) fields.push({ field: 'plannedEndOn', message: 'not a date' });
    if (input.volunteerId === input.residentId) fields.push({ field: 'volunteerId', message: 'the volunteer and the resident must be two people' });
    let schedule: string[] = [];
    if (starts && ends) {
      const [{ today }] = (await this.dataSource.query(`SELECT ${TODAY_SQL}::text AS today`)) as { today: string }[];
      if (Math.abs(daysBetween(today, input.startsOn)) > START_WINDOW_DAYS) fields.push({ field: 'startsOn', message: 'must be within a year from today' });
      const span = daysBetween(input.startsOn, input.plannedEndOn);
      if (span > MAX_TRAJECTORY_DAYS) fields.push({ field: 'plannedEndOn', message: 'at most two years after the start' });
      schedule = span > 0 ? checkInSchedule(input.startsOn, input.plannedEndOn, input.checkInEveryWeeks) : [];
      if (schedule.length === 0) fields.push({ field: 'plannedEndOn', message: `at least ${input.checkInEveryWeeks} weeks after the start` });
    }
    if (fields.length > 0) throw new BuddiesError(BuddiesErrorCode.INVALID_INPUT, 'The buddy trajectory is not valid', fields);
    return schedule;
  }
}
