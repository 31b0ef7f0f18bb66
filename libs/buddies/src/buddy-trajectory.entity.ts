import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BuddyOutcome, BuddyTrajectoryStatus } from './buddies.enums.js';

/**
 * A maatjestraject: a volunteer and a resident linked by a social worker for a longer period.
 * Dates are calendar days, kept as 'YYYY-MM-DD' strings so no time zone can shift them.
 */
@Entity('buddy_trajectory')
export class BuddyTrajectory {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  /** The resident's wijk: its social workers look after the trajectory. */
  @Column({ name: 'wijk_code', type: 'text' })
  wijkCode: string;

  @Column({ type: 'text' })
  status: BuddyTrajectoryStatus;

  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Column({ name: 'planned_end_on', type: 'date' })
  plannedEndOn: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: BuddyOutcome | null;

  @Column({ type: 'text', nullable: true })
  goal: string | null;

  @Column({ name: 'check_in_every_weeks', type: 'integer' })
  checkInEveryWeeks: number;

  /** What the resident agreed to share with the volunteer (e.g. a phone number); nothing else of theirs is shown. */
  @Column({ name: 'resident_contact', type: 'text', nullable: true })
  residentContact: string | null;

  /** What the volunteer agreed to share with the resident. */
  @Column({ name: 'volunteer_contact', type: 'text', nullable: true })
  volunteerContact: string | null;

  /** The social worker's note at the end: for social work only. */
  @Column({ name: 'end_note', type: 'text', nullable: true })
  endNote: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'ended_by', type: 'uuid', nullable: true })
  endedBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
