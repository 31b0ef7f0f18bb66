import type { MigrationInterface, QueryRunner } from 'typeorm';

const AVAILABILITY = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']
  .flatMap((day) => ['MORNING', 'AFTERNOON', 'EVENING'].map((part) => `'${day}_${part}'`))
  .join(', ');

/**
 * Resident profiles (one per resident account; the display name stays on the account) and their
 * consents with who recorded them and how. Both go when the account goes (erasure).
 */
export class Residents1764000400000 implements MigrationInterface {
  name = 'Residents1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE resident_profile (
        user_id uuid PRIMARY KEY REFERENCES user_account(id) ON DELETE CASCADE,
        wijk_code text NOT NULL REFERENCES wijk(code),
        buurt_code text REFERENCES buurt(code),
        postcode text CHECK (postcode ~ '^[1-9][0-9]{3}$'),
        age_band text CHECK (age_band IN ('UNDER_30', 'AGE_30_TO_49', 'AGE_50_TO_64', 'AGE_65_TO_74', 'AGE_75_PLUS')),
        languages text[] NOT NULL DEFAULT '{}' CHECK (cardinality(languages) <= 10),
        interests text[] NOT NULL DEFAULT '{}' CHECK (cardinality(interests) <= 30),
        talents text[] NOT NULL DEFAULT '{}' CHECK (cardinality(talents) <= 30),
        wishes text[] NOT NULL DEFAULT '{}' CHECK (cardinality(wishes) <= 30),
        interests_text text CHECK (char_length(interests_text) <= 500),
        talents_text text CHECK (char_length(talents_text) <= 500),
        wishes_text text CHECK (char_length(wishes_text) <= 500),
        availability text[] NOT NULL DEFAULT '{}' CHECK (availability <@ ARRAY[${AVAILABILITY}]::text[]),
        travel_radius_km double precision NOT NULL CHECK (travel_radius_km BETWEEN 0.5 AND 25),
        needs text[] NOT NULL DEFAULT '{}' CHECK (needs <@ ARRAY['WHEELCHAIR_ACCESS', 'HEARING_LOOP', 'SOMEONE_TO_GO_ALONG']::text[]),
        contact_preference text NOT NULL CHECK (contact_preference IN ('APP', 'PHONE_VIA_SOCIAL_WORKER')),
        via_social_worker boolean NOT NULL,
        wants_new_contacts boolean NOT NULL,
        on_behalf boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Someone without a login can only be reached through their social worker.
        CHECK (NOT on_behalf OR (via_social_worker AND contact_preference = 'PHONE_VIA_SOCIAL_WORKER'))
      )`);
    await q.query(`CREATE INDEX resident_profile_wijk_idx ON resident_profile (wijk_code)`);
    await q.query(`CREATE INDEX resident_profile_interests_idx ON resident_profile USING gin (interests)`);
    await q.query(`
      CREATE TABLE resident_consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES resident_profile(user_id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('PROFILE_PROCESSING', 'MATCHING', 'MEASUREMENT')),
        given_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz CHECK (withdrawn_at >= given_at),
        recorded_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        method text NOT NULL CHECK (method IN ('APP', 'SPOKEN', 'WRITTEN'))
      )`);
    // At most one consent of each kind holds at a time; the withdrawn ones are history.
    await q.query(`CREATE UNIQUE INDEX resident_consent_active_key ON resident_consent (user_id, kind) WHERE withdrawn_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE resident_consent`);
    await q.query(`DROP TABLE resident_profile`);
  }
}
