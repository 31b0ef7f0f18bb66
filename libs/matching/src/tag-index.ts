/**
 * Tag sets as multiword bitsets: the scorer compares thousands of tag sets per resident, and an
 * AND plus a popcount over one or two 32-bit words is far cheaper than intersecting string arrays.
 * No bigint: V8 keeps Uint32Array words unboxed, bigint operations allocate.
 */
export type TagBits = Uint32Array;

/** Maps a slug (or any short key, e.g. a language code) to a bit; unknown keys get the next free bit. */
export class TagIndex {
  private readonly bits = new Map<string, number>();
  private readonly keys: string[] = [];

  constructor(keys: Iterable<string> = []) {
    for (const key of keys) this.add(key);
  }

  /** The bit of a key, assigning one the first time the key is seen. */
  add(key: string): number {
    let bit = this.bits.get(key);
    if (bit === undefined) {
      bit = this.keys.length;
      this.bits.set(key, bit);
      this.keys.push(key);
    }
    return bit;
  }

  bitOf(key: string): number | undefined {
    return this.bits.get(key);
  }

  keyOf(bit: number): string {
    return this.keys[bit];
  }

  get size(): number {
    return this.keys.length;
  }

  /** Words per bitset; fixed once sets are built, so index every key before encoding. */
  get words(): number {
    return Math.max(1, Math.ceil(this.keys.length / 32));
  }

  /** The bitset of these keys; keys the index has not seen are ignored (they can match nothing). */
  encode(keys: readonly string[], words = this.words): TagBits {
    const set = new Uint32Array(words);
    for (let i = 0; i < keys.length; i++) {
      const bit = this.bits.get(keys[i]);
      if (bit !== undefined && bit < words * 32) set[bit >>> 5] |= 1 << (bit & 31);
    }
    return set;
  }

  /** The keys of a bitset, in bit order. */
  decode(set: TagBits): string[] {
    const result: string[] = [];
    for (let w = 0; w < set.length; w++) {
      let word = set[w];
      while (word !== 0) {
        const low = word & -word;
        const bit = 31 - Math.clz32(low);
        result.push(this.keys[w * 32 + bit]);
        word ^= low;
      }
    }
    return result;
  }
}

/** Number of set bits in a 32-bit word (SWAR). */
export function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

export function bitCount(set: TagBits): number {
  let count = 0;
  for (let w = 0; w < set.length; w++) count += popcount32(set[w]);
  return count;
}

/** |a ∩ b| without allocating. */
export function overlapCount(a: TagBits, b: TagBits): number {
  let count = 0;
  const n = a.length < b.length ? a.length : b.length;
  for (let w = 0; w < n; w++) count += popcount32(a[w] & b[w]);
  return count;
}

export function intersects(a: TagBits, b: TagBits): boolean {
  const n = a.length < b.length ? a.length : b.length;
  for (let w = 0; w < n; w++) if ((a[w] & b[w]) !== 0) return true;
  return false;
}

/** Whether every bit of `required` is in `offered`. */
export function containsAll(offered: TagBits, required: TagBits): boolean {
  for (let w = 0; w < required.length; w++) {
    const have = w < offered.length ? offered[w] : 0;
    if ((required[w] & ~have) !== 0) return false;
  }
  return true;
}

/** The lowest bit set in both, or -1. */
export function firstCommonBit(a: TagBits, b: TagBits): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let w = 0; w < n; w++) {
    const both = a[w] & b[w];
    if (both !== 0) return w * 32 + (31 - Math.clz32(both & -both));
  }
  return -1;
}

/** Bits set in both, in bit order. */
export function commonBits(a: TagBits, b: TagBits): number[] {
  const result: number[] = [];
  const n = a.length < b.length ? a.length : b.length;
  for (let w = 0; w < n; w++) {
    let both = a[w] & b[w];
    while (both !== 0) {
      const low = both & -both;
      result.push(w * 32 + (31 - Math.clz32(low)));
      both ^= low;
    }
  }
  return result;
}

export function hasBit(set: TagBits, bit: number): boolean {
  return bit >= 0 && bit >>> 5 < set.length && (set[bit >>> 5] & (1 << (bit & 31))) !== 0;
}
