import type { Type } from '@nestjs/common';

/**
 * One domain's part of the demo city. Seeders run in `order` on the first start of a development
 * instance; each gets the app's services and a deterministic random
 * source so the demo looks the same on every machine.
 */
export interface DemoSeeder {
  name: string;
  order: number;
  seed(context: DemoContext): Promise<void>;
}

export interface DemoContext {
  /** Any provider of the app, by class. */
  app: { get<T>(type: Type<T>): T };
  /** Deterministic pseudo-random number in [0, 1). */
  random(): number;
  /** Values other seeders left behind (e.g. created ids), by key. */
  shared: Map<string, unknown>;
}

/** mulberry32: tiny, deterministic, good enough for demo data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
