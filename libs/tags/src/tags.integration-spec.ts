import { EventEmitter2 } from '@nestjs/event-emitter';
import { Test, type TestingModule } from '@nestjs/testing';
import { CoreModule, MIGRATIONS } from '@buurtbrug/core';
import { createTestRuntime, type TestRuntime } from '@buurtbrug/core/testing';
import { DataSource } from 'typeorm';
import { STANDARD_TAGS } from './data/standard-tags.js';
import { TagCategory } from './tag-category.enum.js';
import { cleanSynonym } from './tag-lookup.js';
import { TagsError } from './tags.errors.js';
import { TAGS_CHANGED, type TagsChangedEvent } from './tags.events.js';
import { TagsModule } from './tags.module.js';
import { TagsService } from './tags.service.js';

describe('tags (real PostgreSQL)', () => {
  let test: TestRuntime;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let tags: TagsService;
  const changes: TagsChangedEvent[] = [];

  beforeAll(async () => {
    test = await createTestRuntime();
    moduleRef = await Test.createTestingModule({ imports: [CoreModule.forRoot(test.runtime), TagsModule] }).compile();
    dataSource = moduleRef.get(DataSource);
    tags = moduleRef.get(TagsService);
    moduleRef.get(EventEmitter2).on(TAGS_CHANGED, (event: TagsChangedEvent) => changes.push(event));
    // No seeding: the migrations bring the standard taxonomy.
  });

  afterAll(async () => {
    await moduleRef?.close();
    await test?.dispose();
  });

  beforeEach(() => {
    changes.length = 0;
  });

  describe('the standard taxonomy from the migrations', () => {
    const standardTagsMigration = () => {
      const migration = MIGRATIONS.find((m) => m.name === 'StandardTags1764001200000');
      if (!migration) throw new Error('StandardTags1764001200000 is not registered');
      return new migration();
    };
    const row = (t: { slug: string; labelNl: string; labelEn: string; category: TagCategory; synonyms?: string[] }) => ({
      slug: t.slug,
      labelNl: t.labelNl,
      labelEn: t.labelEn,
      category: t.category,
      synonyms: (t.synonyms ?? []).map(cleanSynonym),
    });
    const bySlug = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug);

    it('is in a freshly migrated database, exactly as STANDARD_TAGS and as TagsService would store it', async () => {
      const stored = (await tags.all()).map(row).sort(bySlug);
      expect(stored).toEqual(STANDARD_TAGS.map(row).sort(bySlug));
      expect(stored).toContainEqual(expect.objectContaining({ slug: 'wandelen', synonyms: expect.arrayContaining(['lopen']) }));
      expect(await tags.normalise(['lopen', 'Computer help'])).toEqual(['wandelen', 'computerhulp']);
    });

    it('run again, keeps an admin’s edits, skips a tag whose name another tag has and adds a missing one; down keeps edits', async () => {
      const q = dataSource.createQueryRunner();
      await q.connect();
      await q.startTransaction();
      try {
        const read = async (slug: string) =>
          ((await q.query(`SELECT label_en AS "labelEn", synonyms FROM tag WHERE slug = $1`, [slug])) as { labelEn: string; synonyms: string[] }[])[0];
        await q.query(`UPDATE tag SET label_en = 'Hiking', synonyms = '{lopen}' WHERE slug = 'wandelen'`);
        await q.query(`DELETE FROM tag WHERE slug IN ('fietsen', 'bingo')`);
        await q.query(`INSERT INTO tag (slug, label_nl, label_en, synonyms, category) VALUES ('tweewieler', 'Tweewieler', 'Two-wheeler', '{fietsen}', 'interest')`);

        await standardTagsMigration().up(q);
        expect(await read('wandelen')).toEqual({ labelEn: 'Hiking', synonyms: ['lopen'] });
        expect(await read('fietsen')).toBeUndefined();
        expect(await read('bingo')).toEqual({ labelEn: 'Bingo', synonyms: ['bingomiddag', 'lotto'] });

        await standardTagsMigration().down(q);
        const left = ((await q.query(`SELECT slug FROM tag ORDER BY slug`)) as { slug: string }[]).map((r) => r.slug);
        expect(left).toEqual(['tweewieler', 'wandelen']);
      } finally {
        await q.rollbackTransaction();
        await q.release();
      }
      expect(await tags.all()).toHaveLength(STANDARD_TAGS.length);
    });
  });

  describe('normalise', () => {
    it('maps slugs, Dutch and English labels and synonyms to slugs, in input order, each once', async () => {
      expect(await tags.normalise(['Wandelen', 'hiking', 'Cooking', 'koffie', 'lopen', 'Repair Cafe', 'JEU DE BOULES'])).toEqual([
        'wandelen',
        'koken',
        'koffie-drinken',
        'repair-cafe',
        'jeu-de-boules',
      ]);
    });

    it('does not mind accents, case or extra spaces', async () => {
      expect(await tags.normalise(['  pétanque ', 'REPAIR-CAFÉ', 'samen   eten', 'Theatre'])).toEqual([
        'jeu-de-boules',
        'repair-cafe',
        'samen-eten',
        'theater',
      ]);
    });

    it('refuses unknown values, naming the field and the values', async () => {
      const error = await tags.normalise(['wandelen', 'parachutespringen', 'base jumping'], 'interests').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TagsError);
      expect(error).toMatchObject({
        publicCode: 'BAD_USER_INPUT',
        message: 'interests: unknown tag "parachutespringen", "base jumping"',
        fields: [{ field: 'interests', message: 'unknown tag "parachutespringen", "base jumping"' }],
      });
      await expect(tags.normalise(['nope'])).rejects.toMatchObject({ fields: [{ field: 'tags' }] });
    });

    it('gives nothing for nothing', async () => {
      expect(await tags.normalise([])).toEqual([]);
    });
  });

  describe('reading', () => {
    it('lists all tags by Dutch label, or those fit for interests or talents', async () => {
      const all = await tags.all();
      expect(all).toHaveLength(STANDARD_TAGS.length);
      expect(all.map((t) => t.labelNl)).toEqual([...all.map((t) => t.labelNl)].sort((a, b) => a.localeCompare(b, 'nl')));
      const talents = await tags.list(TagCategory.TALENT);
      expect(talents.map((t) => t.slug)).toEqual(expect.arrayContaining(['computerhulp', 'koken']));
      expect(talents.map((t) => t.slug)).not.toContain('bingo');
      expect((await tags.list(TagCategory.BOTH)).every((t) => t.category === TagCategory.BOTH)).toBe(true);
    });

    it('expands slugs to tags in the order given, leaving out slugs no longer in the taxonomy', async () => {
      const expanded = await tags.expand(['zingen', 'verdwenen', 'wandelen', 'zingen']);
      expect(expanded.map((t) => [t.slug, t.labelNl])).toEqual([
        ['zingen', 'Zingen'],
        ['wandelen', 'Wandelen'],
      ]);
    });

    it('gives one synonym group per tag with its slug, labels and synonyms', async () => {
      const groups = await tags.synonymGroups();
      expect(groups).toHaveLength(STANDARD_TAGS.length);
      expect(groups).toContainEqual(['wandelen', 'walking', 'lopen', 'wandeling', 'een stukje lopen', 'hiking', 'stroll']);
    });
  });

  describe('changing the taxonomy', () => {
    it('creates and changes a tag, storing synonyms lower-case', async () => {
      const created = await tags.upsert({ slug: 'hardlopen', labelNl: 'Hardlopen', labelEn: 'Running', synonyms: ['  Joggen ', 'RUNNING'], category: TagCategory.INTEREST });
      expect(created).toMatchObject({ slug: 'hardlopen', synonyms: ['joggen', 'running'] });
      expect(await tags.normalise(['Joggen'])).toEqual(['hardlopen']);
      const changed = await tags.upsert({ slug: 'hardlopen', labelNl: 'Hardlopen', labelEn: 'Running', synonyms: ['trimmen'], category: TagCategory.BOTH });
      expect(changed).toMatchObject({ synonyms: ['trimmen'], category: 'both' });
      expect(changed.createdAt).toEqual(created.createdAt);
      expect(changes).toEqual([
        expect.objectContaining({ upserted: ['hardlopen'], deleted: [] }),
        expect.objectContaining({ upserted: ['hardlopen'], deleted: [] }),
      ]);
    });

    it('refuses a name that already means another tag (CONFLICT), and writes nothing', async () => {
      const error = await tags
        .upsert({ slug: 'struinen', labelNl: 'Struinen', labelEn: 'Rambling', synonyms: ['Lopen'], category: TagCategory.INTEREST })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ publicCode: 'CONFLICT', message: expect.stringContaining('already means wandelen') });
      const batch = tags.upsertMany([
        { slug: 'struinen', labelNl: 'Struinen', labelEn: 'Rambling', category: TagCategory.INTEREST },
        { slug: 'kienen', labelNl: 'Kienen', labelEn: 'Bingo', category: TagCategory.INTEREST },
      ]);
      await expect(batch).rejects.toMatchObject({ publicCode: 'CONFLICT' });
      // All or nothing: the first tag of the refused batch is not there either.
      expect(await tags.expand(['struinen', 'kienen'])).toEqual([]);
      expect(changes).toEqual([]);
    });

    it('refuses a name without letters or digits', async () => {
      await expect(
        tags.upsert({ slug: 'leeg', labelNl: 'Leeg', labelEn: 'Empty', synonyms: ['?!'], category: TagCategory.INTEREST }),
      ).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT', fields: [{ field: 'synonyms' }] });
    });

    it('deletes a tag; its names are then unknown', async () => {
      const deleted = await tags.delete('hardlopen');
      expect(deleted.slug).toBe('hardlopen');
      await expect(tags.normalise(['trimmen'])).rejects.toMatchObject({ publicCode: 'BAD_USER_INPUT' });
      await expect(tags.delete('hardlopen')).rejects.toMatchObject({ publicCode: 'NOT_FOUND' });
      expect(changes).toEqual([expect.objectContaining({ upserted: [], deleted: ['hardlopen'] })]);
      const [{ n }] = (await dataSource.query(`SELECT count(*)::int AS n FROM tag WHERE slug = 'hardlopen'`)) as { n: number }[];
      expect(n).toBe(0);
    });
  });
});
