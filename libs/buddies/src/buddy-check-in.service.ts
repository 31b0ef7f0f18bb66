import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type UserPrincipal } from '@buurtbrug/auth';
import { AuditService, decodeCursor, type Page, toPage } from '@buurtbrug/core';
import { DataSource } from 'typeorm';
import { BUDDY_TRAJECTORY_SUBJECT, BuddyAuditAction } from './buddies.audit.js';
import { BuddyTrajectoryStatus } from './buddies.enums.js';
import { BuddiesError, BuddiesErrorCode } from './buddies.errors.js';
import { BUDDY_CHECK_IN_DUE, BUDDY_CHECK_IN_RECORDED, BuddyCheckInDue, BuddyCheckInRecorded } from './buddies.events.js';
import { trajectoryVisibility } from './buddy-trajectory.service.js';
import { type BuddyCheckInView, type BuddyTrajectoryView, TODAY_SQL, TRAJECTORY_COLUMNS, TRAJECTORY_FROM } from './buddy-trajectory.view.js';
import type { BuddyCheckInsArgs } from './dto/buddy-check-ins.args.js';
import type { RecordBuddyCheckInInput } from './dto/record-buddy-check-in.input.js';

interface CheckInRow extends BuddyTrajectoryView {
  checkInId: string;
  dueOn: string;
  surfacedAt: Date | null;
  doneAt: Date | null;
  recordedBy: string | null;
  howItGoes: BuddyCheckInView['howItGoes'];
  note: string | null;
}

const CHECK_IN_COLUMNS = `c.id AS "checkInId", c.due_on::text AS "dueOn", c.surfaced_at AS "surfacedAt", c.done_at AS "doneAt",
  c.recorded_by AS "recordedBy", c.how_it_goes AS "howItGoes", c.note, ${TRAJECTORY_COLUMNS}`;

function toView(row: CheckInRow): BuddyCheckInView {
  const { checkInId, dueOn, surfacedAt, doneAt, recordedBy, howItGoes, note, ...trajectory } = row;
  return { id: checkInId, trajectoryId: trajectory.id, dueOn, surfacedAt, doneAt, recordedBy, howItGoes, note, trajectory };
}

/**
 * Check-ins: planned at the start of a trajectory, put on the to-do lists by a daily job once
 * due, and answered ("how is it going?") by the social worker or either of the two people.
 */
@Injectable()
export class BuddyCheckInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  /** The caller's check-ins (all of a trajectory, or the due ones), earliest first. */
  async list(principal: UserPrincipal, args: BuddyCheckInsArgs): Promise<Page<BuddyCheckInView>> {
    const cursor = args.after ? decodeCursor(args.after) : null;
    const rows = (await this.dataSource.query(
      `SELECT ${CHECK_IN_COLUMNS} FROM buddy_check_in c JOIN (${TRAJECTORY_FROM}) ON t.id = c.trajectory_id
        WHERE ${trajectoryVisibility(principal)}
          AND ($3::uuid IS NULL OR c.trajectory_id = $3)
          AND (NOT $4::boolean OR (c.done_at IS NULL AND c.surfaced_at IS NOT NULL AND t.status = 'ACTIVE'))
          AND ($5::date IS NULL OR (c.due_on, c.id) > ($5::date, $6::uuid))
        ORDER BY c.due_on, c.id
        LIMIT $7`,
      [principal.userId, principal.wijkCodes, args.trajectoryId ?? null, args.due, cursor ? String(cursor[0]) : null, cursor ? String(cursor[1]) : null, args.first + 1],
    )) as CheckInRow[];
    return toPage(rows.map(toView), args.first, (view) => [view.dueOn, view.id]);
  }

  async record(principal: UserPrincipal, input: RecordBuddyCheckInInput): Promise<BuddyCheckInView> {
    const current = await this.findVisible(principal, input.checkInId);
    if (current.trajectory.status !== BuddyTrajectoryStatus.ACTIVE) {
      throw new BuddiesError(BuddiesErrorCode.TRAJECTORY_ENDED, 'This buddy trajectory has ended');
    }
    if (current.doneAt) throw new BuddiesError(BuddiesErrorCode.ALREADY_RECORDED, 'This check-in was already answered');
    await this.dataSource.transaction(async (manager) => {
      // Conditional: of two answers at once (the volunteer and the resident), the second changes nothing.
      const [rows] = (await manager.query(
        `UPDATE buddy_check_in c
            SET done_at = date_trunc('milliseconds', clock_timestamp()), recorded_by = $2, how_it_goes = $3, note = $4,
                surfaced_at = coalesce(c.surfaced_at, now())
           FROM buddy_trajectory t
          WHERE c.id = $1 AND t.id = c.trajectory_id AND c.done_at IS NULL AND t.status = 'ACTIVE'
          RETURNING c.id`,
        [input.checkInId, principal.userId, input.howItGoes, input.note?.trim() || null],
      )) as [{ id: string }[], number];
      if (rows.length === 0) throw new BuddiesError(BuddiesErrorCode.ALREADY_RECORDED, 'This check-in was answered or its trajectory ended in the meantime');
      if (principal.role === Role.SOCIAL_WORKER) {
        await this.audit.record(
          {
            actorId: principal.userId,
            action: BuddyAuditAction.CHECK_IN_RECORDED,
            subjectType: BUDDY_TRAJECTORY_SUBJECT,
            subjectId: current.trajectoryId,
            wijkCode: current.trajectory.wijkCode,
            details: { checkInId: input.checkInId, howItGoes: input.howItGoes },
          },
          manager,
        );
      }
    });
    this.events.emit(BUDDY_CHECK_IN_RECORDED, new BuddyCheckInRecorded(input.checkInId, current.trajectoryId, current.trajectory.wijkCode, input.howItGoes));
    return this.findVisible(principal, input.checkInId);
  }

  /**
   * The daily job: open check-ins of active trajectories that are due by `today` become tasks.
   * Idempotent (only those not surfaced yet), so a retry or a second worker does no harm.
   */
  async surfaceDue(today: string | null = null): Promise<number> {
    const [rows] = (await this.dataSource.query(
      `UPDATE buddy_check_in c SET surfaced_at = now()
         FROM buddy_trajectory t
        WHERE t.id = c.trajectory_id AND t.status = 'ACTIVE' AND c.done_at IS NULL AND c.surfaced_at IS NULL
          AND c.due_on <= coalesce($1::date, ${TODAY_SQL})
        RETURNING c.id, c.trajectory_id, t.wijk_code, t.volunteer_id, t.resident_id`,
      [today],
    )) as [{ id: string; trajectory_id: string; wijk_code: string; volunteer_id: string; resident_id: string }[], number];
    for (const row of rows) {
      this.events.emit(BUDDY_CHECK_IN_DUE, new BuddyCheckInDue(row.id, row.trajectory_id, row.wijk_code, row.volunteer_id, row.resident_id));
    }
    return rows.length;
  }

  private async findVisible(principal: UserPrincipal, checkInId: string): Promise<BuddyCheckInView> {
    const [row] = (await this.dataSource.query(
      `SELECT ${CHECK_IN_COLUMNS} FROM buddy_check_in c JOIN (${TRAJECTORY_FROM}) ON t.id = c.trajectory_id
        WHERE c.id = $3 AND ${trajectoryVisibility(principal)}`,
      [principal.userId, principal.wijkCodes, checkInId],
    )) as CheckInRow[];
    if (!row) throw new BuddiesError(BuddiesErrorCode.CHECK_IN_NOT_FOUND, 'No such check-in');
    return toView(row);
  }
}
