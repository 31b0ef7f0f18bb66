import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sociale kaart: organisations, pending until an admin approves them. Providers and API
 * tokens belong to one, so their organisation ids now point here.
 */
export class Organisations1764000300000 implements MigrationInterface {
  name = 'Organisations1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        kind text NOT NULL CHECK (kind IN ('WELFARE', 'CLUB', 'CHURCH', 'LIBRARY', 'COMMUNITY_CENTRE', 'HEALTH', 'MUNICIPALITY', 'OTHER')),
        wijk_codes text[] NOT NULL DEFAULT '{}',
        description text NOT NULL DEFAULT '',
        email text,
        phone text,
        website text,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED')),
        created_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        approved_at timestamptz,
        approved_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'APPROVED') = (approved_at IS NOT NULL))
      )`);
    // The public list pages by name over approved organisations; wijk filters use the array.
    await q.query(`CREATE INDEX organisation_status_name_idx ON organisation (status, name, id)`);
    await q.query(`CREATE INDEX organisation_name_idx ON organisation (name, id)`);
    await q.query(`CREATE INDEX organisation_wijk_codes_idx ON organisation USING gin (wijk_codes)`);
    await q.query(`
      ALTER TABLE user_account ADD CONSTRAINT user_account_organisation_fk
        FOREIGN KEY (organisation_id) REFERENCES organisation(id) ON DELETE SET NULL`);
    await q.query(`
      ALTER TABLE api_token ADD CONSTRAINT api_token_organisation_fk
        FOREIGN KEY (organisation_id) REFERENCES organisation(id) ON DELETE CASCADE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_token DROP CONSTRAINT api_token_organisation_fk`);
    await q.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_organisation_fk`);
    await q.query(`DROP TABLE organisation`);
  }
}
