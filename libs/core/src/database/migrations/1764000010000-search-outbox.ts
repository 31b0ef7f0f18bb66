import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Writes to searchable things leave a row here in the same transaction; the search library drains it. */
export class SearchOutbox1764000010000 implements MigrationInterface {
  name = 'SearchOutbox1764000010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_outbox (
        seq bigserial PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('activity', 'organisation', 'post')),
        entity_id uuid NOT NULL,
        op text NOT NULL CHECK (op IN ('upsert', 'delete')),
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts int NOT NULL DEFAULT 0
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_outbox`);
  }
}
