import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signals: a concern that someone may be isolated, filed by a partner or through the public form
 * and routed to the social workers of a wijk (DESIGN.md "Signal"; the strictest data in the
 * system). Only minimal data is kept: how to reach the person, what was noticed and whether they
 * know. `closed_at` is set exactly when the signal reaches a final state, so the retention job
 * and the dashboard can rely on it. Other libraries' dashboard SQL reads the contract columns
 * (id, wijk_code, filed_by, source, status, created_at, updated_at, closed_at,
 * intake_resident_id): keep their names.
 */
export class Signals1764000900000 implements MigrationInterface {
  name = 'Signals1764000900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        wijk_code text NOT NULL REFERENCES wijk(code),
        filed_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        source text NOT NULL CHECK (source IN ('PUBLIC', 'PROVIDER', 'SOCIAL_WORKER', 'ADMIN')),
        status text NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'CONTACTED', 'INTAKE_DONE', 'NO_ACTION')),
        how_to_reach text NOT NULL CHECK (char_length(how_to_reach) BETWEEN 1 AND 200),
        concern text NOT NULL CHECK (char_length(concern) BETWEEN 1 AND 1000),
        person_aware text NOT NULL CHECK (person_aware IN ('YES', 'NO', 'UNSURE')),
        reporter_contact text CHECK (char_length(reporter_contact) <= 200),
        triage_note text CHECK (char_length(triage_note) <= 1000),
        triaged_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        triaged_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        closed_at timestamptz,
        intake_resident_id uuid REFERENCES user_account(id) ON DELETE SET NULL,
        CONSTRAINT signal_closed_when_final CHECK ((status IN ('INTAKE_DONE', 'NO_ACTION')) = (closed_at IS NOT NULL))
      )`);
    // The social workers' list: per wijk and status, newest first.
    await q.query(`CREATE INDEX signal_wijk_status_idx ON signal (wijk_code, status, created_at DESC, id DESC)`);
    // The retention job: old signals that did not lead to an intake.
    await q.query(`CREATE INDEX signal_retention_idx ON signal (created_at) WHERE status <> 'INTAKE_DONE'`);
    await q.query(`
      CREATE TABLE signal_triage (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        signal_id uuid NOT NULL REFERENCES signal(id) ON DELETE CASCADE,
        from_status text NOT NULL,
        to_status text NOT NULL,
        note text CHECK (char_length(note) <= 1000),
        triaged_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        triaged_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
      )`);
    await q.query(`CREATE INDEX signal_triage_signal_idx ON signal_triage (signal_id, triaged_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE signal_triage`);
    await q.query(`DROP TABLE signal`);
  }
}
