import type { MigrationInterface, QueryRunner } from 'typeorm';

const ANSWER = `('YES', 'MORE_OR_LESS', 'NO')`;

/**
 * Before/after measurements (libs/monitoring): the six answers of the De Jong Gierveld scale at
 * intake (T0) and about three months later (T1), with the scores computed from them. One of each
 * per resident: the unique key turns a double submit into a CONFLICT. The rows go with the
 * account (erasure). `recorded_by` is the resident or the social worker who asked the questions.
 */
export class Measurements1764001100000 implements MigrationInterface {
  name = 'Measurements1764001100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE measurement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        resident_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        wijk_code text NOT NULL REFERENCES wijk(code),
        moment text NOT NULL CHECK (moment IN ('T0', 'T1')),
        item_1 text NOT NULL CHECK (item_1 IN ${ANSWER}),
        item_2 text NOT NULL CHECK (item_2 IN ${ANSWER}),
        item_3 text NOT NULL CHECK (item_3 IN ${ANSWER}),
        item_4 text NOT NULL CHECK (item_4 IN ${ANSWER}),
        item_5 text NOT NULL CHECK (item_5 IN ${ANSWER}),
        item_6 text NOT NULL CHECK (item_6 IN ${ANSWER}),
        emotional_score smallint NOT NULL CHECK (emotional_score BETWEEN 0 AND 3),
        social_score smallint NOT NULL CHECK (social_score BETWEEN 0 AND 3),
        total_score smallint NOT NULL CHECK (total_score BETWEEN 0 AND 6),
        taken_at timestamptz NOT NULL DEFAULT now(),
        recorded_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        method text NOT NULL CHECK (method IN ('SELF', 'ON_BEHALF')),
        CHECK (total_score = emotional_score + social_score),
        CONSTRAINT measurement_resident_moment_key UNIQUE (resident_id, moment)
      )`);
    // The dashboard reads T1s of a wijk by date.
    await q.query(`CREATE INDEX measurement_wijk_taken_idx ON measurement (wijk_code, moment, taken_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE measurement`);
  }
}
