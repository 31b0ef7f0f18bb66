import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PersonAware, SignalSource, SignalStatus } from './signal-status.enum.js';

/**
 * A concern that someone may be isolated, for the social workers of one wijk. The most sensitive
 * data in the system: only minimal facts, every read audited, deleted after six months unless
 * it led to an intake.
 */
@Entity('signal')
export class Signal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'wijk_code', type: 'text' })
  wijkCode: string;

  /** The partner or resident account that filed it; null for the anonymous public form. */
  @Column({ name: 'filed_by', type: 'uuid', nullable: true })
  filedBy: string | null;

  @Column({ type: 'text' })
  source: SignalSource;

  @Column({ type: 'text' })
  status: SignalStatus;

  /** How to reach the person, in the reporter's words (a phone number, "house next to the bakery"). */
  @Column({ name: 'how_to_reach', type: 'text' })
  howToReach: string;

  /** What was noticed. */
  @Column({ type: 'text' })
  concern: string;

  @Column({ name: 'person_aware', type: 'text' })
  personAware: PersonAware;

  /** How the social worker can reach the reporter with a question, if they left it. */
  @Column({ name: 'reporter_contact', type: 'text', nullable: true })
  reporterContact: string | null;

  /** The latest triage note; the history is in signal_triage. */
  @Column({ name: 'triage_note', type: 'text', nullable: true })
  triageNote: string | null;

  @Column({ name: 'triaged_by', type: 'uuid', nullable: true })
  triagedBy: string | null;

  @Column({ name: 'triaged_at', type: 'timestamptz', nullable: true })
  triagedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Set when the signal reached INTAKE_DONE or NO_ACTION. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** The resident registered at the intake this signal led to. */
  @Column({ name: 'intake_resident_id', type: 'uuid', nullable: true })
  intakeResidentId: string | null;
}

/** One triage step, kept as history beside the signal (and deleted with it). */
export interface SignalTriageStep {
  fromStatus: SignalStatus;
  toStatus: SignalStatus;
  note: string | null;
  triagedBy: string | null;
  triagedAt: Date;
}

export interface SignalRow {
  id: string;
  wijk_code: string;
  filed_by: string | null;
  source: SignalSource;
  status: SignalStatus;
  how_to_reach: string;
  concern: string;
  person_aware: PersonAware;
  reporter_contact: string | null;
  triage_note: string | null;
  triaged_by: string | null;
  triaged_at: Date | null;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
  intake_resident_id: string | null;
}

export function signalFromRow(row: SignalRow): Signal {
  return Object.assign(new Signal(), {
    id: row.id,
    wijkCode: row.wijk_code,
    filedBy: row.filed_by,
    source: row.source,
    status: row.status,
    howToReach: row.how_to_reach,
    concern: row.concern,
    personAware: row.person_aware,
    reporterContact: row.reporter_contact,
    triageNote: row.triage_note,
    triagedBy: row.triaged_by,
    triagedAt: row.triaged_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    intakeResidentId: row.intake_resident_id,
  });
}
