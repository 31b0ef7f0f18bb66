import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Activities of organisations (one-off or recurring, in a wijk) and residents' sign-ups per
 * occurrence. Sign-ups take the activity row's lock, so capacity holds under concurrency.
 */
export class Activities1764000600000 implements MigrationInterface {
  name = 'Activities1764000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        external_id text CHECK (external_id IS NULL OR length(external_id) BETWEEN 1 AND 200),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 150),
        description text NOT NULL DEFAULT '',
        tags text[] NOT NULL DEFAULT '{}',
        wijk_code text NOT NULL REFERENCES wijk(code),
        location_name text NOT NULL,
        location_address text,
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        rrule text,
        duration_minutes int CHECK (duration_minutes BETWEEN 5 AND 1440),
        until timestamptz,
        series_ends_at timestamptz,
        capacity int CHECK (capacity IS NULL OR capacity >= 1),
        cost_cents int NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
        audience text[] NOT NULL DEFAULT '{ALL}',
        languages text[] NOT NULL DEFAULT '{nl}',
        accessibility text[] NOT NULL DEFAULT '{}',
        walk_in boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED')),
        published_at timestamptz,
        cancelled_at timestamptz,
        cancellation_reason text,
        created_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT activity_external_id_key UNIQUE (organisation_id, external_id),
        CONSTRAINT activity_schedule_shape CHECK (
          (rrule IS NULL AND ends_at IS NOT NULL AND ends_at > starts_at AND duration_minutes IS NULL AND until IS NULL)
          OR (rrule IS NOT NULL AND ends_at IS NULL AND duration_minutes IS NOT NULL)
        )
      )`);
    // Lists page by (starts_at, id) over published activities, filtered by wijk, tags or organisation.
    await q.query(`CREATE INDEX activity_status_starts_idx ON activity (status, starts_at, id)`);
    await q.query(`CREATE INDEX activity_wijk_starts_idx ON activity (wijk_code, starts_at, id)`);
    await q.query(`CREATE INDEX activity_organisation_idx ON activity (organisation_id, starts_at, id)`);
    await q.query(`CREATE INDEX activity_tags_idx ON activity USING gin (tags)`);
    await q.query(`
      CREATE TABLE activity_sign_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        occurrence_start timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('CONFIRMED', 'WAITING', 'CANCELLED')),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz
      )`);
    // One live sign-up per person per occurrence; withdrawn ones stay as history.
    await q.query(`
      CREATE UNIQUE INDEX activity_sign_up_live_key ON activity_sign_up (activity_id, occurrence_start, user_id)
        WHERE status <> 'CANCELLED'`);
    await q.query(`CREATE INDEX activity_sign_up_queue_idx ON activity_sign_up (activity_id, occurrence_start, status, created_at, id)`);
    await q.query(`CREATE INDEX activity_sign_up_user_idx ON activity_sign_up (user_id, occurrence_start)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE activity_sign_up`);
    await q.query(`DROP TABLE activity`);
  }
}
