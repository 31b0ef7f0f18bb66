import { UserAccount } from '@buurtbrug/auth';
import { Column, CreateDateColumn, Entity, JoinColumn, OneToMany, OneToOne, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { ResidentConsent } from './resident-consent.entity.js';
import type { AgeBand, ContactPreference, ResidentNeed } from './resident-profile.enums.js';
import type { AvailabilitySlot } from './weekly-availability.js';

/**
 * One per resident account. The display name lives on the account; everything here is private
 * to the resident, their social workers and admins.
 */
@Entity('resident_profile')
export class ResidentProfile {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  account?: UserAccount;

  @OneToMany(() => ResidentConsent, (consent) => consent.profile)
  consents?: Relation<ResidentConsent>[];

  @Column({ name: 'wijk_code', type: 'text' })
  wijkCode: string;

  @Column({ name: 'buurt_code', type: 'text', nullable: true })
  buurtCode: string | null;

  /** Only the 4 digits, never the letters or a street address. */
  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  @Column({ name: 'age_band', type: 'text', nullable: true })
  ageBand: AgeBand | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  talents: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  wishes: string[];

  @Column({ name: 'interests_text', type: 'text', nullable: true })
  interestsText: string | null;

  @Column({ name: 'talents_text', type: 'text', nullable: true })
  talentsText: string | null;

  @Column({ name: 'wishes_text', type: 'text', nullable: true })
  wishesText: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  availability: AvailabilitySlot[];

  @Column({ name: 'travel_radius_km', type: 'double precision' })
  travelRadiusKm: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  needs: ResidentNeed[];

  @Column({ name: 'contact_preference', type: 'text' })
  contactPreference: ContactPreference;

  /** Proposals reach this resident only after a social worker approved them. */
  @Column({ name: 'via_social_worker', type: 'boolean' })
  viaSocialWorker: boolean;

  @Column({ name: 'wants_new_contacts', type: 'boolean' })
  wantsNewContacts: boolean;

  /** Registered by a social worker for someone who is not online (the account has no login). */
  @Column({ name: 'on_behalf', type: 'boolean', default: false })
  onBehalf: boolean;

  /** The social worker who registered an on-behalf resident. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
