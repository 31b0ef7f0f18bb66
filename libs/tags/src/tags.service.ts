import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import { TagCategory } from './tag-category.enum.js';
import { Tag } from './tag.entity.js';
import { buildTagLookup, cleanSynonym, findCollisions, resolveTags, tagKey, termsOf } from './tag-lookup.js';
import { TagsError, TagsErrorCode } from './tags.errors.js';
import { TAGS_CHANGED, TagsChangedEvent } from './tags.events.js';

/** A tag as an admin (or the standard taxonomy) defines it. */
export interface TagDefinition {
  slug: string;
  labelNl: string;
  labelEn: string;
  synonyms?: string[];
  category: TagCategory;
}

const byDutchLabel = (a: Tag, b: Tag) => a.labelNl.localeCompare(b.labelNl, 'nl') || a.slug.localeCompare(b.slug);

/**
 * The shared taxonomy. Other libraries store tag slugs; they pass what people typed (a slug, a
 * Dutch or English label, a synonym) through `normalise` first so they only ever store slugs.
 */
@Injectable()
export class TagsService {
  constructor(
    @InjectRepository(Tag) private readonly tags: Repository<Tag>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventEmitter2,
  ) {}

  /** Every tag, by Dutch label. */
  async all(): Promise<Tag[]> {
    return (await this.tags.find()).sort(byDutchLabel);
  }

  /**
   * Tags fit for one use: INTEREST gives interests and tags that are both, TALENT likewise;
   * BOTH gives only the tags that are both; no category gives all.
   */
  async list(category?: TagCategory | null): Promise<Tag[]> {
    if (!category) return this.all();
    const categories = category === TagCategory.BOTH ? [TagCategory.BOTH] : [category, TagCategory.BOTH];
    return (await this.tags.findBy({ category: In(categories) })).sort(byDutchLabel);
  }

  async get(slug: string): Promise<Tag> {
    const tag = await this.tags.findOneBy({ slug });
    if (!tag) throw new TagsError(TagsErrorCode.TAG_NOT_FOUND, `No tag ${slug}`);
    return tag;
  }

  /**
   * Slugs for what people typed: slugs, Dutch or English labels and synonyms, whatever the case,
   * accents or spacing; each slug once, in input order. Anything unknown is refused, naming
   * `field` and the values, so nothing but real slugs gets stored.
   */
  async normalise(input: string[], field = 'tags'): Promise<string[]> {
    if (input.length === 0) return [];
    const { slugs, unknown } = resolveTags(buildTagLookup(await this.tags.find()), input);
    if (unknown.length > 0) {
      const list = unknown.map((v) => `"${v}"`).join(', ');
      throw new TagsError(TagsErrorCode.UNKNOWN_TAG, `${field}: unknown tag ${list}`, [{ field, message: `unknown tag ${list}` }]);
    }
    return slugs;
  }

  /** The tags for these slugs, in the order given; slugs no longer in the taxonomy are left out. */
  async expand(slugs: string[]): Promise<Tag[]> {
    const unique = [...new Set(slugs)];
    if (unique.length === 0) return [];
    const found = new Map((await this.tags.findBy({ slug: In(unique) })).map((t) => [t.slug, t]));
    return unique.flatMap((slug) => found.get(slug) ?? []);
  }

  /** Per tag: its slug, labels and synonyms, lower-case and each once (search synonyms). */
  async synonymGroups(): Promise<string[][]> {
    return (await this.all()).map((tag) => [...new Set(termsOf(tag).map(cleanSynonym))]);
  }

  /** Creates or changes a tag. A name that already means another tag is refused (CONFLICT). */
  async upsert(definition: TagDefinition): Promise<Tag> {
    const [tag] = await this.upsertMany([definition]);
    return tag;
  }

  /** Several tags in one transaction: all of them or none. */
  async upsertMany(definitions: TagDefinition[]): Promise<Tag[]> {
    const saved = await this.dataSource.transaction(async (manager) => {
      // Serialises taxonomy edits, so two admins cannot each add half of a collision.
      await manager.query(`LOCK TABLE tag IN SHARE ROW EXCLUSIVE MODE`);
      const result: Tag[] = [];
      for (const definition of definitions) result.push(await this.write(manager, definition));
      return result;
    });
    this.events.emit(TAGS_CHANGED, new TagsChangedEvent(saved.map((t) => t.slug), []));
    return saved;
  }

  /**
   * Removes a tag from the taxonomy. Posts, profiles and activities keep the slug as text; it
   * simply no longer matches input or shows a label.
   */
  async delete(slug: string): Promise<Tag> {
    const tag = await this.get(slug);
    await this.tags.delete({ slug });
    this.events.emit(TAGS_CHANGED, new TagsChangedEvent([], [slug]));
    return tag;
  }

  private async write(manager: EntityManager, definition: TagDefinition): Promise<Tag> {
    const candidate = {
      slug: definition.slug,
      labelNl: definition.labelNl.replace(/\s+/g, ' ').trim(),
      labelEn: definition.labelEn.replace(/\s+/g, ' ').trim(),
      synonyms: [...new Set((definition.synonyms ?? []).map(cleanSynonym))].filter((s) => s !== ''),
      category: definition.category,
    };
    const empty = [
      ...(tagKey(candidate.labelNl) ? [] : [{ field: 'labelNl', message: 'needs letters or digits' }]),
      ...(tagKey(candidate.labelEn) ? [] : [{ field: 'labelEn', message: 'needs letters or digits' }]),
      ...candidate.synonyms.filter((s) => !tagKey(s)).map((s) => ({ field: 'synonyms', message: `"${s}" needs letters or digits` })),
    ];
    if (empty.length > 0) throw new TagsError(TagsErrorCode.INVALID_TAG, `Tag ${candidate.slug} has a name without letters or digits`, empty);

    const repository = manager.getRepository(Tag);
    const collisions = findCollisions(candidate, await repository.find());
    if (collisions.length > 0) {
      const fieldOf = (term: string) =>
        term === candidate.slug ? 'slug' : term === candidate.labelNl ? 'labelNl' : term === candidate.labelEn ? 'labelEn' : 'synonyms';
      const fields = collisions.map((c) => ({ field: fieldOf(c.term), message: `"${c.term}" already means ${c.otherSlug}` }));
      throw new TagsError(TagsErrorCode.AMBIGUOUS_TAG, `Tag ${candidate.slug}: ${fields.map((f) => f.message).join('; ')}`, fields);
    }
    await repository.upsert(candidate, ['slug']);
    return repository.findOneByOrFail({ slug: candidate.slug });
  }
}
