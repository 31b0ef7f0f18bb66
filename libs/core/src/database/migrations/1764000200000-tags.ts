import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The shared taxonomy of interests and talents. Other tables keep tag slugs as plain text, so a
 * tag can be removed without touching them.
 */
export class Tags1764000200000 implements MigrationInterface {
  name = 'Tags1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tag (
        slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        label_nl text NOT NULL,
        label_en text NOT NULL,
        synonyms text[] NOT NULL DEFAULT '{}',
        category text NOT NULL CHECK (category IN ('interest', 'talent', 'both')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tag`);
  }
}
