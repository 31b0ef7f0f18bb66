import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ConsentKind, ConsentMethod } from './resident-profile.enums.js';
import { ResidentProfile } from './resident-profile.entity.js';

/**
 * A consent as given, with who recorded it and how. Withdrawing sets `withdrawnAt`; giving it
 * again adds a new row, so the history stays readable.
 */
@Entity('resident_consent')
export class ResidentConsent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => ResidentProfile, (profile) => profile.consents, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  profile?: Relation<ResidentProfile>;

  @Column({ type: 'text' })
  kind: ConsentKind;

  @Column({ name: 'given_at', type: 'timestamptz' })
  givenAt: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  /** The account that recorded it: the resident in the app, or their social worker. */
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ type: 'text' })
  method: ConsentMethod;
}
