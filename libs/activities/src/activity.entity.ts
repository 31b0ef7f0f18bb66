import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Accessibility, ActivityStatus, AudienceAgeBand } from './activity.enums.js';

/** An activity of an organisation, one-off or recurring, in one wijk. */
@Entity('activity')
export class Activity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  /** The provider's own id for it; unique per organisation, the key of `upsertActivities`. */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Tag slugs from the shared taxonomy, normalised on write. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'wijk_code', type: 'text' })
  wijkCode: string;

  @Column({ name: 'location_name', type: 'text' })
  locationName: string;

  @Column({ name: 'location_address', type: 'text', nullable: true })
  locationAddress: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column({ type: 'text', nullable: true })
  rrule: string | null;

  @Column({ name: 'duration_minutes', type: 'int', nullable: true })
  durationMinutes: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  until: Date | null;

  @Column({ name: 'series_ends_at', type: 'timestamptz', nullable: true })
  seriesEndsAt: Date | null;

  /** Null means no limit. */
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Column({ name: 'cost_cents', type: 'int', default: 0 })
  costCents: number;

  @Column({ type: 'text', array: true, default: () => "'{ALL}'" })
  audience: AudienceAgeBand[];

  @Column({ type: 'text', array: true, default: () => "'{nl}'" })
  languages: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  accessibility: Accessibility[];

  @Column({ name: 'walk_in', type: 'boolean', default: false })
  walkIn: boolean;

  @Column({ type: 'text', default: ActivityStatus.DRAFT })
  status: ActivityStatus;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
