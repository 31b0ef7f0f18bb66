import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sensitive actions (a social worker opening a profile, on-behalf edits, erasure, curation) are
 * written here. Actor and subject are opaque ids without foreign keys: an entry must outlive the
 * account it mentions, and it never holds a name or an email address.
 */
export class AuditLog1764000050000 implements MigrationInterface {
  name = 'AuditLog1764000050000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        action text NOT NULL CHECK (action ~ '^[A-Z][A-Z0-9_]{1,79}$'),
        subject_type text NOT NULL CHECK (char_length(subject_type) BETWEEN 1 AND 80),
        subject_id text NOT NULL CHECK (char_length(subject_id) BETWEEN 1 AND 200),
        wijk_code text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX audit_log_subject_idx ON audit_log (subject_id, id)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id)`);
    await q.query(`CREATE INDEX audit_log_action_idx ON audit_log (action, id)`);
    await q.query(`CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
  }
}
