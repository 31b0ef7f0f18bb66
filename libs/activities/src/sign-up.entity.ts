import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SignUpStatus } from './activity.enums.js';

/** A resident's place (or place on the waiting list) at one occurrence of an activity. */
@Entity('activity_sign_up')
export class SignUp {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** Start of the occurrence; for a one-off activity its start. */
  @Column({ name: 'occurrence_start', type: 'timestamptz' })
  occurrenceStart: Date;

  @Column({ type: 'text' })
  status: SignUpStatus;

  /** Waiting-list order is by this time, taken while holding the activity's lock. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}
