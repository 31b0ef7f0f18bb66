import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A proposal counts as live (not to be made twice) in these states; the others may be made again after a cool-down. */
const LIVE = `('PROPOSED', 'AWAITING_CURATION', 'APPROVED', 'OFFERED', 'ACCEPTED', 'FOLLOWED_UP')`;

/**
 * Matches: proposals linking a resident to an activity, or an offer to a request, with their
 * lifecycle, curation and follow-up. The partial unique indexes make a second live proposal for
 * the same pair impossible, so matching jobs can run twice (`ON CONFLICT DO NOTHING`). Posts are
 * referred to without a foreign key: the posts table is another library's, and a closed or
 * erased post ends its matches through events. Timestamps used as page cursors (updated_at,
 * proposed_at, follow_up_due_at) are kept to the millisecond, the precision clients see.
 */
export class Matching1764000700000 implements MigrationInterface {
  name = 'Matching1764000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('RESIDENT_ACTIVITY', 'OFFER_REQUEST')),
        resident_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        activity_id uuid REFERENCES activity(id) ON DELETE CASCADE,
        offer_post_id uuid,
        request_post_id uuid,
        counterpart_resident_id uuid REFERENCES user_account(id) ON DELETE CASCADE,
        wijk_code text NOT NULL REFERENCES wijk(code),
        curation_wijk_code text REFERENCES wijk(code),
        score double precision NOT NULL CHECK (score BETWEEN 0 AND 1),
        reasons jsonb NOT NULL CHECK (jsonb_typeof(reasons) = 'array'),
        status text NOT NULL CHECK (status IN ('PROPOSED', 'AWAITING_CURATION', 'APPROVED', 'REJECTED', 'OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'FOLLOWED_UP')),
        curation_note text CHECK (char_length(curation_note) <= 1000),
        warm_handover boolean NOT NULL DEFAULT false,
        curated_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        decline_reason text CHECK (char_length(decline_reason) <= 500),
        resident_contact text CHECK (char_length(resident_contact) <= 200),
        counterpart_contact text CHECK (char_length(counterpart_contact) <= 200),
        resident_accepted_at timestamptz,
        counterpart_accepted_at timestamptz,
        sign_up_id uuid REFERENCES activity_sign_up(id) ON DELETE SET NULL,
        proposed_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        curated_at timestamptz,
        offered_at timestamptz,
        responded_at timestamptz,
        expired_at timestamptz,
        follow_up_due_at timestamptz,
        followed_up_at timestamptz,
        followed_up_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        outcome_went_well boolean,
        outcome_wants_more boolean,
        outcome_note text CHECK (char_length(outcome_note) <= 1000),
        updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        CONSTRAINT match_kind_shape CHECK (
          (kind = 'RESIDENT_ACTIVITY' AND activity_id IS NOT NULL AND offer_post_id IS NULL AND request_post_id IS NULL AND counterpart_resident_id IS NULL)
          OR (kind = 'OFFER_REQUEST' AND activity_id IS NULL AND offer_post_id IS NOT NULL AND request_post_id IS NOT NULL
              AND counterpart_resident_id IS NOT NULL AND counterpart_resident_id <> resident_id)
        )
      )`);
    await q.query(`
      CREATE UNIQUE INDEX match_resident_activity_live_key ON match (resident_id, activity_id)
        WHERE kind = 'RESIDENT_ACTIVITY' AND status IN ${LIVE}`);
    await q.query(`
      CREATE UNIQUE INDEX match_offer_request_live_key ON match (offer_post_id, request_post_id)
        WHERE kind = 'OFFER_REQUEST' AND status IN ${LIVE}`);
    // A resident's own list and offline catch-up (since) page by (updated_at, id).
    await q.query(`CREATE INDEX match_resident_updated_idx ON match (resident_id, updated_at, id)`);
    await q.query(`CREATE INDEX match_counterpart_updated_idx ON match (counterpart_resident_id, updated_at, id) WHERE counterpart_resident_id IS NOT NULL`);
    // The curation queue: oldest first per wijk.
    await q.query(`CREATE INDEX match_curation_queue_idx ON match (curation_wijk_code, proposed_at, id) WHERE status = 'AWAITING_CURATION'`);
    await q.query(`CREATE INDEX match_offered_idx ON match (offered_at) WHERE status = 'OFFERED'`);
    await q.query(`CREATE INDEX match_accepted_idx ON match (responded_at) WHERE status = 'ACCEPTED'`);
    await q.query(`CREATE INDEX match_activity_idx ON match (activity_id) WHERE activity_id IS NOT NULL`);
    await q.query(`CREATE INDEX match_posts_idx ON match (offer_post_id, request_post_id) WHERE kind = 'OFFER_REQUEST'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE match`);
  }
}
