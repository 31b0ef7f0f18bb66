/** Exponential backoff with jitter: 1 s, 2 s, 4 s … capped at 30 s, so a restarting server is not stampeded. */
export function backoffDelay(retries: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1_000 * 2 ** retries);
  return Math.round(base / 2 + random() * (base / 2));
}

