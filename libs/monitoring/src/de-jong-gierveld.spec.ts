import { type Answers, DE_JONG_GIERVELD_ITEMS, MeasurementAnswer, scoreDeJongGierveld } from './de-jong-gierveld.js';

const { YES, MORE_OR_LESS, NO } = MeasurementAnswer;

/** Answers in the order of the published scale (items 1–6). */
function answers(...values: MeasurementAnswer[]): Answers {
  return Object.fromEntries(DE_JONG_GIERVELD_ITEMS.map((item, i) => [item.key, values[i]])) as Answers;
}

describe('De Jong Gierveld 6-item scale', () => {
  it('has the published items in order: three emotional, then three social', () => {
    expect(DE_JONG_GIERVELD_ITEMS.map((i) => [i.number, i.subscale])).toEqual([
      [1, 'EMOTIONAL'],
      [2, 'EMOTIONAL'],
      [3, 'EMOTIONAL'],
      [4, 'SOCIAL'],
      [5, 'SOCIAL'],
      [6, 'SOCIAL'],
    ]);
    expect(DE_JONG_GIERVELD_ITEMS[0].nl).toBe('Ik ervaar een leegte om me heen');
    expect(DE_JONG_GIERVELD_ITEMS[3].nl).toBe('Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen');
  });

  // Worked examples: each row worked out by hand from the scoring rule in Gierveld & Van Tilburg (2006).
  it.each([
    ['nobody missing (no to 1–3, yes to 4–6)', [NO, NO, NO, YES, YES, YES], { emotional: 0, social: 0, total: 0 }],
    ['the most points (yes to 1–3, no to 4–6)', [YES, YES, YES, NO, NO, NO], { emotional: 3, social: 3, total: 6 }],
    ['all "min of meer": every item scores', [MORE_OR_LESS, MORE_OR_LESS, MORE_OR_LESS, MORE_OR_LESS, MORE_OR_LESS, MORE_OR_LESS], { emotional: 3, social: 3, total: 6 }],
    ['all "ja": only the emotional items score', [YES, YES, YES, YES, YES, YES], { emotional: 3, social: 0, total: 3 }],
    ['all "nee": only the social items score', [NO, NO, NO, NO, NO, NO], { emotional: 0, social: 3, total: 3 }],
    ['misses people, enough people to rely on', [NO, YES, NO, YES, MORE_OR_LESS, YES], { emotional: 1, social: 1, total: 2 }],
    ['emptiness and abandoned more or less, few people to trust', [MORE_OR_LESS, NO, MORE_OR_LESS, YES, NO, NO], { emotional: 2, social: 2, total: 4 }],
  ])('%s', (_name, values, expected) => {
    expect(scoreDeJongGierveld(answers(...(values as MeasurementAnswer[])))).toEqual(expected);
  });

  it('refuses a missing answer rather than scoring it as zero', () => {
    const partial = { ...answers(NO, NO, NO, YES, YES, YES) } as Partial<Answers>;
    delete partial.closeTo;
    expect(() => scoreDeJongGierveld(partial as Answers)).toThrow(/item 6/);
  });
});
