import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions (so logout really ends a token) and organisation API tokens. */
export class FoundationAccounts1764000000000 implements MigrationInterface {
  name = 'FoundationAccounts1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text,
        password_hash text,
        role text NOT NULL CHECK (role IN ('RESIDENT', 'SOCIAL_WORKER', 'PROVIDER', 'ADMIN')),
        display_name text NOT NULL,
        wijk_codes text[] NOT NULL DEFAULT '{}',
        organisation_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX user_account_email_key ON user_account (lower(email)) WHERE email IS NOT NULL`);
    await q.query(`CREATE INDEX user_account_organisation_idx ON user_account (organisation_id) WHERE organisation_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX auth_session_user_idx ON auth_session (user_id)`);
    await q.query(`
      CREATE TABLE api_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        name text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        token_prefix text NOT NULL,
        created_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_token_organisation_idx ON api_token (organisation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_token`);
    await q.query(`DROP TABLE auth_session`);
    await q.query(`DROP TABLE user_account`);
  }
}
