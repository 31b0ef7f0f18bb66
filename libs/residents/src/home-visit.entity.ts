import { UserAccount } from '@buurtbrug/auth';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContactFrequency, LivingSituation, Mobility } from './home-visit.enums.js';

/**
 * The answers of one home-visit checklist (for residents of 75 or older). What fits the profile
 * (interests, wishes, languages, needs) goes into the on-behalf profile; this row keeps the rest.
 */
@Entity('home_visit')
export class HomeVisit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @Column({ name: 'wijk_code', type: 'text' })
  wijkCode: string;

  @Column({ name: 'visited_by', type: 'uuid', nullable: true })
  visitedBy: string | null;

  /** Loaded where the visitor's name is shown; null once that account is gone. */
  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'visited_by' })
  visitor?: UserAccount | null;

  /** A calendar date (YYYY-MM-DD): the day of the visit, not a moment. */
  @Column({ name: 'visited_on', type: 'date' })
  visitedOn: string;

  @Column({ name: 'signal_id', type: 'uuid', nullable: true })
  signalId: string | null;

  @Column({ name: 'living_situation', type: 'text' })
  livingSituation: LivingSituation;

  @Column({ name: 'contact_frequency', type: 'text' })
  contactFrequency: ContactFrequency;

  @Column({ name: 'contacts_note', type: 'text', nullable: true })
  contactsNote: string | null;

  @Column({ type: 'text' })
  mobility: Mobility;

  @Column({ name: 'mobility_note', type: 'text', nullable: true })
  mobilityNote: string | null;

  @Column({ name: 'language_note', type: 'text', nullable: true })
  languageNote: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
