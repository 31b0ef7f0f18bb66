import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MatchReason } from './match-reasons.js';
import { MatchKind, MatchStatus } from './match-status.enum.js';

/**
 * A proposal: a resident and an activity, or an offer (counterpart's) and a request (resident's).
 * Every step of its life has its own timestamp; contact details are kept apart per side and
 * shown only once both sides accepted.
 */
@Entity('match')
export class Match {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: MatchKind;

  /** The resident the activity is proposed to; for an offer ↔ request, the one who asked. */
  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId: string | null;

  @Column({ name: 'offer_post_id', type: 'uuid', nullable: true })
  offerPostId: string | null;

  @Column({ name: 'request_post_id', type: 'uuid', nullable: true })
  requestPostId: string | null;

  /** For an offer ↔ request: the one who offered. */
  @Column({ name: 'counterpart_resident_id', type: 'uuid', nullable: true })
  counterpartResidentId: string | null;

  /** The resident's wijk. */
  @Column({ name: 'wijk_code', type: 'text' })
  wijkCode: string;

  /** Social workers of this wijk curate the match; null when nobody needs to. */
  @Column({ name: 'curation_wijk_code', type: 'text', nullable: true })
  curationWijkCode: string | null;

  @Column({ type: 'double precision' })
  score: number;

  @Column({ type: 'jsonb' })
  reasons: MatchReason[];

  @Column({ type: 'text' })
  status: MatchStatus;

  @Column({ name: 'curation_note', type: 'text', nullable: true })
  curationNote: string | null;

  @Column({ name: 'warm_handover', type: 'boolean', default: false })
  warmHandover: boolean;

  @Column({ name: 'curated_by', type: 'uuid', nullable: true })
  curatedBy: string | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ name: 'resident_contact', type: 'text', nullable: true })
  residentContact: string | null;

  @Column({ name: 'counterpart_contact', type: 'text', nullable: true })
  counterpartContact: string | null;

  @Column({ name: 'resident_accepted_at', type: 'timestamptz', nullable: true })
  residentAcceptedAt: Date | null;

  @Column({ name: 'counterpart_accepted_at', type: 'timestamptz', nullable: true })
  counterpartAcceptedAt: Date | null;

  @Column({ name: 'sign_up_id', type: 'uuid', nullable: true })
  signUpId: string | null;

  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt: Date;

  @Column({ name: 'curated_at', type: 'timestamptz', nullable: true })
  curatedAt: Date | null;

  @Column({ name: 'offered_at', type: 'timestamptz', nullable: true })
  offeredAt: Date | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ name: 'expired_at', type: 'timestamptz', nullable: true })
  expiredAt: Date | null;

  @Column({ name: 'follow_up_due_at', type: 'timestamptz', nullable: true })
  followUpDueAt: Date | null;

  @Column({ name: 'followed_up_at', type: 'timestamptz', nullable: true })
  followedUpAt: Date | null;

  @Column({ name: 'followed_up_by', type: 'uuid', nullable: true })
  followedUpBy: string | null;

  @Column({ name: 'outcome_went_well', type: 'boolean', nullable: true })
  outcomeWentWell: boolean | null;

  @Column({ name: 'outcome_wants_more', type: 'boolean', nullable: true })
  outcomeWantsMore: boolean | null;

  @Column({ name: 'outcome_note', type: 'text', nullable: true })
  outcomeNote: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A raw `match` row as `SELECT *` / `RETURNING *` gives it. */
export interface MatchRow {
  id: string;
  kind: MatchKind;
  resident_id: string;
  activity_id: string | null;
  offer_post_id: string | null;
  request_post_id: string | null;
  counterpart_resident_id: string | null;
  wijk_code: string;
  curation_wijk_code: string | null;
  score: number;
  reasons: MatchReason[];
  status: MatchStatus;
  curation_note: string | null;
  warm_handover: boolean;
  curated_by: string | null;
  decline_reason: string | null;
  resident_contact: string | null;
  counterpart_contact: string | null;
  resident_accepted_at: Date | null;
  counterpart_accepted_at: Date | null;
  sign_up_id: string | null;
  proposed_at: Date;
  curated_at: Date | null;
  offered_at: Date | null;
  responded_at: Date | null;
  expired_at: Date | null;
  follow_up_due_at: Date | null;
  followed_up_at: Date | null;
  followed_up_by: string | null;
  outcome_went_well: boolean | null;
  outcome_wants_more: boolean | null;
  outcome_note: string | null;
  updated_at: Date;
}

const toDate = (value: Date | string | null): Date | null => (value === null ? null : value instanceof Date ? value : new Date(value));

/** A row (or its JSON form, after a trip through Redis) as an entity. */
export function matchFromRow(row: MatchRow): Match {
  return Object.assign(new Match(), {
    id: row.id,
    kind: row.kind,
    residentId: row.resident_id,
    activityId: row.activity_id,
    offerPostId: row.offer_post_id,
    requestPostId: row.request_post_id,
    counterpartResidentId: row.counterpart_resident_id,
    wijkCode: row.wijk_code,
    curationWijkCode: row.curation_wijk_code,
    score: Number(row.score),
    reasons: row.reasons,
    status: row.status,
    curationNote: row.curation_note,
    warmHandover: row.warm_handover,
    curatedBy: row.curated_by,
    declineReason: row.decline_reason,
    residentContact: row.resident_contact,
    counterpartContact: row.counterpart_contact,
    residentAcceptedAt: toDate(row.resident_accepted_at),
    counterpartAcceptedAt: toDate(row.counterpart_accepted_at),
    signUpId: row.sign_up_id,
    proposedAt: toDate(row.proposed_at)!,
    curatedAt: toDate(row.curated_at),
    offeredAt: toDate(row.offered_at),
    respondedAt: toDate(row.responded_at),
    expiredAt: toDate(row.expired_at),
    followUpDueAt: toDate(row.follow_up_due_at),
    followedUpAt: toDate(row.followed_up_at),
    followedUpBy: row.followed_up_by,
    outcomeWentWell: row.outcome_went_well,
    outcomeWantsMore: row.outcome_wants_more,
    outcomeNote: row.outcome_note,
    updatedAt: toDate(row.updated_at)!,
  });
}
