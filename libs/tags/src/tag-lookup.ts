/** What the matching needs of a tag: its slug and every name people use for it. */
export interface TagTerms {
  slug: string;
  labelNl: string;
  labelEn: string;
  synonyms: string[];
}

/**
 * The form in which input and tag names are compared: case, accents, spaces and punctuation do
 * not count, so "Repair Café", "repair-cafe" and "repaircafe" are the same word.
 */
export function tagKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** How a synonym is stored: lower-case, trimmed, single spaces (accents kept for display). */
export function cleanSynonym(value: string): string {
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function termsOf(tag: TagTerms): string[] {
  return [tag.slug, tag.labelNl, tag.labelEn, ...tag.synonyms];
}

/** Maps every key of every name of every tag to its slug. The first tag to claim a key keeps it. */
export function buildTagLookup(tags: readonly TagTerms[]): Map<string, string> {
  const lookup = new Map<string, string>();
  // Slugs first, so a slug always wins over another tag's synonym.
  for (const tag of tags) lookup.set(tagKey(tag.slug), tag.slug);
  for (const tag of tags) {
    for (const term of termsOf(tag)) {
      const key = tagKey(term);
      if (key && !lookup.has(key)) lookup.set(key, tag.slug);
    }
  }
  return lookup;
}

/** The slugs for the input, each once, in input order; and the inputs that match no tag. */
export function resolveTags(lookup: ReadonlyMap<string, string>, input: readonly string[]): { slugs: string[]; unknown: string[] } {
  const slugs: string[] = [];
  const unknown: string[] = [];
  for (const value of input) {
    const slug = lookup.get(tagKey(value));
    if (!slug) {
      if (!unknown.includes(value)) unknown.push(value);
    } else if (!slugs.includes(slug)) {
      slugs.push(slug);
    }
  }
  return { slugs, unknown };
}

export interface TagCollision {
  term: string;
  slug: string;
  otherSlug: string;
}

/**
 * Names of `tag` that already mean another tag. Normalising input is only unambiguous while no
 * two tags share a name, so the service refuses a tag that would collide.
 */
export function findCollisions(tag: TagTerms, others: readonly TagTerms[]): TagCollision[] {
  const owners = new Map<string, string>();
  for (const other of others) {
    if (other.slug === tag.slug) continue;
    for (const term of termsOf(other)) owners.set(tagKey(term), other.slug);
  }
  const collisions: TagCollision[] = [];
  for (const term of termsOf(tag)) {
    const otherSlug = owners.get(tagKey(term));
    if (otherSlug && !collisions.some((c) => c.term === term)) collisions.push({ term, slug: tag.slug, otherSlug });
  }
  return collisions;
}
