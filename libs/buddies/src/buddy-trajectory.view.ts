import type { BuddyOutcome, BuddyTrajectoryStatus, HowItGoes } from './buddies.enums.js';

/**
 * A trajectory as read for the API: the row, both display names (never any other account or
 * profile field) and its next open check-in. Built by `TRAJECTORY_SELECT` below.
 */
export interface BuddyTrajectoryView {
  id: string;
  volunteerId: string;
  residentId: string;
  volunteerName: string;
  residentName: string;
  wijkCode: string;
  status: BuddyTrajectoryStatus;
  startedOn: string;
  plannedEndOn: string;
  endedOn: string | null;
  outcome: BuddyOutcome | null;
  goal: string | null;
  checkInEveryWeeks: number;
  residentContact: string | null;
  volunteerContact: string | null;
  endNote: string | null;
  nextCheckInId: string | null;
  nextCheckInDueOn: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface BuddyCheckInView {
  id: string;
  trajectoryId: string;
  dueOn: string;
  surfacedAt: Date | null;
  doneAt: Date | null;
  recordedBy: string | null;
  howItGoes: HowItGoes | null;
  note: string | null;
  /** The trajectory it belongs to (for the names and who may see the note). */
  trajectory: BuddyTrajectoryView;
}

/** Today as a calendar day where Buurtbrug's residents live. */
export const TODAY_SQL = `(now() AT TIME ZONE 'Europe/Amsterdam')::date`;

/** The columns of a `BuddyTrajectoryView`, from `buddy_trajectory t` joined to both accounts (v, r). */
export const TRAJECTORY_COLUMNS = `
  t.id, t.volunteer_id AS "volunteerId", t.resident_id AS "residentId",
  v.display_name AS "volunteerName", r.display_name AS "residentName",
  t.wijk_code AS "wijkCode", t.status, t.started_on::text AS "startedOn", t.planned_end_on::text AS "plannedEndOn",
  t.ended_on::text AS "endedOn", t.outcome, t.goal, t.check_in_every_weeks AS "checkInEveryWeeks",
  t.resident_contact AS "residentContact", t.volunteer_contact AS "volunteerContact", t.end_note AS "endNote",
  nci.id AS "nextCheckInId", nci.due_on::text AS "nextCheckInDueOn",
  t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

export const TRAJECTORY_FROM = `
  buddy_trajectory t
  JOIN user_account v ON v.id = t.volunteer_id
  JOIN user_account r ON r.id = t.resident_id
  LEFT JOIN LATERAL (
    SELECT c.id, c.due_on FROM buddy_check_in c
     WHERE c.trajectory_id = t.id AND c.done_at IS NULL AND t.status = 'ACTIVE'
     ORDER BY c.due_on LIMIT 1
  ) nci ON true`;
