import { DUTCH_STOP_WORDS, filterableNames, indexSettings, liveIndexName, settingsMatch, synonymsFromTagGroups } from './search-indexes.js';

describe('search index settings', () => {
  const synonyms = synonymsFromTagGroups([
    ['wandelen', 'Wandelen', 'Walking', 'lopen', 'een stukje lopen'],
    ['koffie-drinken', 'Koffie drinken', 'Having coffee', 'koffie'],
    ['fietsen', 'Cycling', 'lopen'],
  ]);

  it('makes every name of a tag find the others (lopen ↔ wandelen, Dutch and English)', () => {
    expect(synonyms.wandelen).toEqual(expect.arrayContaining(['lopen', 'walking', 'een stukje lopen']));
    expect(synonyms.lopen).toEqual(expect.arrayContaining(['wandelen', 'walking']));
    expect(synonyms.walking).toContain('wandelen');
    // A slug's hyphen is a space to the tokenizer; a name of two tags finds both.
    expect(synonyms['koffie drinken']).toEqual(expect.arrayContaining(['koffie', 'having coffee']));
    expect(synonyms.lopen).toEqual(expect.arrayContaining(['fietsen', 'cycling']));
    expect(synonyms.wandelen).not.toContain('wandelen');
  });

  it('filters on wijk, tags, date, audience, accessibility, free and kind, and sorts on date and distance', () => {
    const activity = indexSettings('activity', synonyms);
    expect(filterableNames(activity).sort()).toEqual(['_geo', 'accessibility', 'audience', 'dates', 'free', 'tags', 'type', 'walkIn', 'wijkCode']);
    // Dates are filtered by range, the rest by equality only (cheaper to index).
    expect(activity.filterableAttributes).toContainEqual({ attributePatterns: ['dates'], features: { facetSearch: false, filter: { equality: false, comparison: true } } });
    expect(activity.sortableAttributes).toEqual(['nextStartsAt', '_geo']);
    expect(filterableNames(indexSettings('organisation', synonyms)).sort()).toEqual(['_geo', 'kind', 'type', 'wijkCode']);
    expect(filterableNames(indexSettings('post', synonyms)).sort()).toEqual(['_geo', 'expiresAt', 'kind', 'tags', 'type', 'wijkCode']);
    expect(indexSettings('post', synonyms).sortableAttributes).toEqual(['createdAt', '_geo']);
  });

  it('searches the tags and title before the description, never fields that are not in a document', () => {
    const activity = indexSettings('activity', synonyms);
    const order = activity.searchableAttributes!;
    expect(order.slice(0, 2)).toEqual(['tagLabels', 'title']);
    expect(order.indexOf('title')).toBeLessThan(order.indexOf('description'));
    expect(order).not.toContain('*');
  });

  it('is Dutch and typo tolerant, with synonyms from the taxonomy', () => {
    for (const kind of ['activity', 'organisation', 'post'] as const) {
      const settings = indexSettings(kind, synonyms);
      expect(settings.stopWords).toEqual(expect.arrayContaining(['de', 'het', 'een', 'en', 'van']));
      expect(settings.typoTolerance?.enabled).toBe(true);
      expect(settings.synonyms).toBe(synonyms);
    }
    expect(DUTCH_STOP_WORDS).not.toContain('samen');
  });

  it('names indexes by prefix', () => {
    expect(liveIndexName('t1234', 'activity')).toBe('t1234_activities');
  });

  describe('settingsMatch', () => {
    const desired = indexSettings('activity', synonyms);

    it('accepts what Meilisearch answers for the same settings (sets reordered, defaults added)', () => {
      const answered = {
        ...JSON.parse(JSON.stringify(desired)),
        filterableAttributes: [...desired.filterableAttributes!].reverse(),
        stopWords: [...desired.stopWords!].reverse(),
        synonyms: Object.fromEntries(Object.entries(synonyms).map(([k, v]) => [k, [...v].reverse()])),
        typoTolerance: { ...desired.typoTolerance, disableOnWords: [], disableOnAttributes: [] },
        displayedAttributes: ['*'],
        distinctAttribute: null,
      };
      expect(settingsMatch(answered, desired)).toBe(true);
    });

    it('notices a changed ranking, attribute order or synonym', () => {
      expect(settingsMatch({ ...desired, searchableAttributes: ['title', 'tagLabels'] }, desired)).toBe(false);
      expect(settingsMatch({ ...desired, synonyms: { ...synonyms, extra: ['word'] } }, desired)).toBe(false);
      expect(settingsMatch({ ...desired, rankingRules: ['words'] }, desired)).toBe(false);
      expect(settingsMatch({ ...desired, typoTolerance: { enabled: false } }, desired)).toBe(false);
    });
  });
});
