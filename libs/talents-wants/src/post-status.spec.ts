import { canTransition, POST_TRANSITIONS, PostStatus, refusedTransitionMessage } from './post-status.js';

describe('post status transitions', () => {
  const all = Object.values(PostStatus);
  const allowed: [PostStatus, PostStatus][] = [
    [PostStatus.OPEN, PostStatus.MATCHED],
    [PostStatus.MATCHED, PostStatus.CLOSED],
    [PostStatus.OPEN, PostStatus.CLOSED],
    [PostStatus.OPEN, PostStatus.EXPIRED],
    [PostStatus.EXPIRED, PostStatus.OPEN],
  ];

  it.each(allowed)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it('allows nothing else (every other pair of the 4×4 is refused)', () => {
    const refused = all.flatMap((from) => all.map((to) => [from, to] as [PostStatus, PostStatus]))
      .filter(([from, to]) => !allowed.some(([f, t]) => f === from && t === to));
    expect(refused).toHaveLength(16 - allowed.length);
    for (const [from, to] of refused) expect(canTransition(from, to)).toBe(false);
  });

  it('lets nothing leave CLOSED, and an expired post only reopen', () => {
    expect(POST_TRANSITIONS[PostStatus.CLOSED]).toEqual([]);
    expect(POST_TRANSITIONS[PostStatus.EXPIRED]).toEqual([PostStatus.OPEN]);
  });

  it('explains a refusal in Dutch and English, naming both statuses', () => {
    const message = refusedTransitionMessage(PostStatus.EXPIRED, PostStatus.CLOSED);
    expect(message).toContain('verlopen');
    expect(message).toContain('expired');
    expect(message).toContain('EXPIRED → CLOSED');
  });
});
