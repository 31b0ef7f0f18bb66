import { STANDARD_TAGS } from './data/standard-tags.js';
import { buildTagLookup, findCollisions, resolveTags, tagKey } from './tag-lookup.js';

const wandelen = { slug: 'wandelen', labelNl: 'Wandelen', labelEn: 'Walking', synonyms: ['lopen', 'hiking'] };
const repair = { slug: 'repair-cafe', labelNl: 'Repair Café', labelEn: 'Repair café', synonyms: ['spullen repareren'] };
const koffie = { slug: 'koffie-drinken', labelNl: 'Koffie drinken', labelEn: 'Having coffee', synonyms: ['koffie'] };

describe('tagKey', () => {
  it('ignores case, accents, spaces and punctuation', () => {
    expect(tagKey('Repair Café')).toBe('repaircafe');
    expect(tagKey('repair-cafe')).toBe('repaircafe');
    expect(tagKey('  REPAIR   cafe ')).toBe('repaircafe');
    expect(tagKey('Pétanque')).toBe('petanque');
  });

  it('keeps different words apart', () => {
    expect(tagKey('koken')).not.toBe(tagKey('koffie'));
  });
});

describe('resolveTags', () => {
  const lookup = buildTagLookup([wandelen, repair, koffie]);

  it('maps slugs, Dutch and English labels and synonyms to slugs, each once, in input order', () => {
    expect(resolveTags(lookup, ['Koffie', 'HIKING', 'wandelen', 'repair cafe', 'Walking', 'koffie-drinken'])).toEqual({
      slugs: ['koffie-drinken', 'wandelen', 'repair-cafe'],
      unknown: [],
    });
  });

  it('returns what it does not know, each once', () => {
    expect(resolveTags(lookup, ['lopen', 'breien', 'breien', ''])).toEqual({ slugs: ['wandelen'], unknown: ['breien', ''] });
  });

  it("lets a slug win over another tag's synonym", () => {
    const odd = { slug: 'lopen', labelNl: 'Hardlopen', labelEn: 'Running', synonyms: [] };
    expect(resolveTags(buildTagLookup([wandelen, odd]), ['lopen']).slugs).toEqual(['lopen']);
  });
});

describe('findCollisions', () => {
  it('finds a name that already means another tag, however it is written', () => {
    const candidate = { slug: 'hardlopen', labelNl: 'Hardlopen', labelEn: 'Running', synonyms: ['Lopen'] };
    expect(findCollisions(candidate, [wandelen, repair])).toEqual([{ term: 'Lopen', slug: 'hardlopen', otherSlug: 'wandelen' }]);
  });

  it('does not count the tag against itself (changing a tag is fine)', () => {
    expect(findCollisions({ ...wandelen, synonyms: ['lopen', 'wandeling'] }, [wandelen, repair])).toEqual([]);
  });
});

describe('the standard taxonomy', () => {
  it('has around forty tags with valid slugs and both labels', () => {
    expect(STANDARD_TAGS.length).toBeGreaterThanOrEqual(40);
    for (const tag of STANDARD_TAGS) {
      expect(tag.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(tag.labelNl.trim()).not.toBe('');
      expect(tag.labelEn.trim()).not.toBe('');
      for (const synonym of tag.synonyms ?? []) expect(synonym).toBe(synonym.toLowerCase());
    }
    expect(new Set(STANDARD_TAGS.map((t) => t.slug)).size).toBe(STANDARD_TAGS.length);
  });

  it('gives every name to one tag only, so every input maps to one tag', () => {
    const collisions = STANDARD_TAGS.flatMap((tag) =>
      findCollisions({ ...tag, synonyms: tag.synonyms ?? [] }, STANDARD_TAGS.map((t) => ({ ...t, synonyms: t.synonyms ?? [] }))),
    );
    expect(collisions).toEqual([]);
  });

  it('never uses the words the policy asks us to avoid', () => {
    const text = JSON.stringify(STANDARD_TAGS).toLowerCase();
    expect(text).not.toMatch(/eenzaam|lonely|loneliness/);
  });
});
