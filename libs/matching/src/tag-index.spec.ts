import { bitCount, commonBits, containsAll, firstCommonBit, hasBit, intersects, overlapCount, popcount32, TagIndex } from './tag-index.js';

describe('TagIndex bitsets', () => {
  const slugs = Array.from({ length: 70 }, (_, i) => `tag-${i}`);
  const index = new TagIndex(slugs);

  it('spreads more than 32 tags over several words', () => {
    expect(index.words).toBe(3);
    const set = index.encode(['tag-0', 'tag-31', 'tag-32', 'tag-69', 'unknown']);
    expect(set).toHaveLength(3);
    expect(bitCount(set)).toBe(4);
    expect(index.decode(set)).toEqual(['tag-0', 'tag-31', 'tag-32', 'tag-69']);
    expect(hasBit(set, 69)).toBe(true);
    expect(hasBit(set, 68)).toBe(false);
  });

  it('intersects, counts and compares like sets of strings', () => {
    const a = index.encode(['tag-1', 'tag-40', 'tag-65']);
    const b = index.encode(['tag-40', 'tag-65', 'tag-2']);
    const c = index.encode(['tag-3']);
    expect(overlapCount(a, b)).toBe(2);
    expect(intersects(a, c)).toBe(false);
    expect(commonBits(a, b).map((bit) => index.keyOf(bit))).toEqual(['tag-40', 'tag-65']);
    expect(firstCommonBit(a, b)).toBe(40);
    expect(firstCommonBit(a, c)).toBe(-1);
    expect(containsAll(a, index.encode(['tag-1', 'tag-65']))).toBe(true);
    expect(containsAll(a, index.encode(['tag-1', 'tag-2']))).toBe(false);
  });

  it('counts bits of any 32-bit word', () => {
    for (const value of [0, 1, 0xff, 0x80000000, 0xffffffff, 0x12345678]) {
      expect(popcount32(value | 0)).toBe(value.toString(2).split('').filter((c) => c === '1').length);
    }
  });
});
