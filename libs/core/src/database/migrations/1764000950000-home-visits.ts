import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Home visits: the answers to the checklist a visitor goes through with a resident of 75 or
 * older. The profile fields the checklist fills (interests, wishes, languages, needs) live in
 * resident_profile; this table keeps what only the visit knows. The rows go with the account
 * (erasure). `signal_id` names the signal that led to the visit, without a foreign key: signals
 * belong to another library and are deleted by their own retention rule.
 */
export class HomeVisits1764000950000 implements MigrationInterface {
  name = 'HomeVisits1764000950000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE home_visit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        resident_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        wijk_code text NOT NULL REFERENCES wijk(code),
        visited_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        visited_on date NOT NULL,
        signal_id uuid,
        living_situation text NOT NULL CHECK (living_situation IN ('ALONE', 'WITH_PARTNER', 'WITH_FAMILY', 'SHELTERED_HOUSING', 'OTHER')),
        contact_frequency text NOT NULL CHECK (contact_frequency IN ('DAILY', 'WEEKLY', 'MONTHLY', 'RARELY')),
        contacts_note text CHECK (char_length(contacts_note) <= 500),
        mobility text NOT NULL CHECK (mobility IN ('INDEPENDENT', 'WALKING_AID', 'WHEELCHAIR', 'HOUSEBOUND')),
        mobility_note text CHECK (char_length(mobility_note) <= 500),
        language_note text CHECK (char_length(language_note) <= 500),
        notes text CHECK (char_length(notes) <= 1000),
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
    await q.query(`CREATE INDEX home_visit_resident_idx ON home_visit (resident_id, visited_on DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE home_visit`);
  }
}
