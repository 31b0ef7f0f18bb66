import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { HowItGoes } from './buddies.enums.js';

/** A planned "how is it going?" moment of a trajectory; a task once the daily job surfaced it. */
@Entity('buddy_check_in')
export class BuddyCheckIn {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'trajectory_id', type: 'uuid' })
  trajectoryId: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  /** When the daily job put it on the to-do lists. */
  @Column({ name: 'surfaced_at', type: 'timestamptz', nullable: true })
  surfacedAt: Date | null;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'how_it_goes', type: 'text', nullable: true })
  howItGoes: HowItGoes | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
