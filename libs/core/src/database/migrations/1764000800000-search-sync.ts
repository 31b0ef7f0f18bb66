import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the search library needs to drain the outbox: when a row may be tried again (backoff after
 * a failed attempt, so a Meilisearch outage is not hammered) and why it failed last; and a NOTIFY
 * on every insert, so an idle worker drains a committed write within milliseconds instead of
 * waiting for its next poll. NOTIFY is delivered on commit and coalesced per transaction.
 */
export class SearchSync1764000800000 implements MigrationInterface {
  name = 'SearchSync1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_outbox
        ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN last_error text`);
    await q.query(`CREATE INDEX search_outbox_due_idx ON search_outbox (next_attempt_at, seq)`);
    await q.query(`
      CREATE FUNCTION search_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('search_outbox', '');
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER search_outbox_notify AFTER INSERT ON search_outbox
        FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER search_outbox_notify ON search_outbox`);
    await q.query(`DROP FUNCTION search_outbox_notify()`);
    await q.query(`DROP INDEX search_outbox_due_idx`);
    await q.query(`ALTER TABLE search_outbox DROP COLUMN last_error, DROP COLUMN next_attempt_at`);
  }
}
