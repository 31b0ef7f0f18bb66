import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Posts: a resident's offer (aanbod, a talent) or request (vraag, a want). The author's contact
 * details live elsewhere on purpose; a post only points at its author. The checks repeat the
 * input rules so no path around the API can store what the API would refuse.
 */
export class TalentsWantsPosts1764000500000 implements MigrationInterface {
  name = 'TalentsWantsPosts1764000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE post (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        author_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('OFFER', 'REQUEST')),
        title text NOT NULL CHECK (char_length(title) BETWEEN 3 AND 80),
        text text NOT NULL DEFAULT '' CHECK (char_length(text) <= 1000),
        tags text[] NOT NULL DEFAULT '{}',
        wijk_code text NOT NULL REFERENCES wijk(code),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'MATCHED', 'CLOSED', 'EXPIRED')),
        expires_at timestamptz NOT NULL DEFAULT (now() + interval '8 weeks'),
        reminder_sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The neighbourhood list: posts of a few wijken with one status, newest first.
    await q.query(`CREATE INDEX post_wijk_status_created_idx ON post (wijk_code, status, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX post_author_idx ON post (author_id, created_at DESC)`);
    // The hourly expiry and reminder jobs only ever look at open posts by their expiry.
    await q.query(`CREATE INDEX post_open_expires_idx ON post (expires_at) WHERE status = 'OPEN'`);
    await q.query(`CREATE INDEX post_tags_idx ON post USING gin (tags)`);
    // Erasing a resident deletes their account, and their posts go with it by CASCADE inside the
    // residents library's transaction, before any event reaches talents-wants. Only a trigger
    // sees those rows, so every deleted post leaves its search-outbox 'delete' in that same
    // transaction, whoever deleted it.
    await q.query(`
      CREATE FUNCTION post_deleted_to_search_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (kind, entity_id, op) VALUES ('post', OLD.id, 'delete');
        RETURN OLD;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER post_deleted_to_search_outbox AFTER DELETE ON post
        FOR EACH ROW EXECUTE FUNCTION post_deleted_to_search_outbox()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE post`);
    await q.query(`DROP FUNCTION post_deleted_to_search_outbox()`);
  }
}
