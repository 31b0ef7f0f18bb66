import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Buddy trajectories (maatjestrajecten): a social worker links a volunteer and a resident for a
 * longer period, with check-ins every few weeks. Both people are accounts and the trajectory
 * cascades with either, so erasing an account takes its trajectories and check-ins along. One
 * ACTIVE trajectory per pair (in either direction): the partial unique index turns a double
 * click into a conflict instead of a second row. The monitoring dashboard reads these columns by
 * SQL: keep the names.
 */
export class Buddies1764001000000 implements MigrationInterface {
  name = 'Buddies1764001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE buddy_trajectory (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        volunteer_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        resident_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        wijk_code text NOT NULL REFERENCES wijk(code),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
        started_on date NOT NULL,
        planned_end_on date NOT NULL,
        ended_on date,
        outcome text CHECK (outcome IN ('GOAL_REACHED', 'CONTINUES_INFORMALLY', 'STOPPED_EARLY', 'NO_CLICK')),
        goal text CHECK (char_length(goal) <= 1000),
        check_in_every_weeks integer NOT NULL DEFAULT 4 CHECK (check_in_every_weeks BETWEEN 2 AND 8),
        resident_contact text CHECK (char_length(resident_contact) <= 200),
        volunteer_contact text CHECK (char_length(volunteer_contact) <= 200),
        end_note text CHECK (char_length(end_note) <= 1000),
        created_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        ended_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        CONSTRAINT buddy_trajectory_two_people CHECK (volunteer_id <> resident_id),
        CONSTRAINT buddy_trajectory_period CHECK (planned_end_on > started_on),
        CONSTRAINT buddy_trajectory_end_shape CHECK (
          (status = 'ACTIVE' AND ended_on IS NULL AND outcome IS NULL)
          OR (status = 'ENDED' AND ended_on IS NOT NULL AND outcome IS NOT NULL)
        )
      )`);
    await q.query(`
      CREATE UNIQUE INDEX buddy_trajectory_active_pair_key
        ON buddy_trajectory (LEAST(volunteer_id, resident_id), GREATEST(volunteer_id, resident_id))
        WHERE status = 'ACTIVE'`);
    await q.query(`CREATE INDEX buddy_trajectory_volunteer_idx ON buddy_trajectory (volunteer_id)`);
    await q.query(`CREATE INDEX buddy_trajectory_resident_idx ON buddy_trajectory (resident_id)`);
    await q.query(`CREATE INDEX buddy_trajectory_wijk_idx ON buddy_trajectory (wijk_code, created_at, id)`);

    await q.query(`
      CREATE TABLE buddy_check_in (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        trajectory_id uuid NOT NULL REFERENCES buddy_trajectory(id) ON DELETE CASCADE,
        due_on date NOT NULL,
        surfaced_at timestamptz,
        done_at timestamptz,
        recorded_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        how_it_goes text CHECK (how_it_goes IN ('GOOD', 'OK', 'DIFFICULT')),
        note text CHECK (char_length(note) <= 1000),
        CONSTRAINT buddy_check_in_done_shape CHECK ((done_at IS NULL) = (how_it_goes IS NULL)),
        CONSTRAINT buddy_check_in_once_per_day UNIQUE (trajectory_id, due_on)
      )`);
    // The daily job and the due lists look only at open check-ins.
    await q.query(`CREATE INDEX buddy_check_in_open_idx ON buddy_check_in (due_on, id) WHERE done_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE buddy_check_in`);
    await q.query(`DROP TABLE buddy_trajectory`);
  }
}
