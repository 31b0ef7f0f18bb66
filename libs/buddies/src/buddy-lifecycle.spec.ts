import { BuddyTrajectoryStatus } from './buddies.enums.js';
import { BuddiesError, BuddiesErrorCode } from './buddies.errors.js';
import { assertTransition, BUDDY_TRANSITIONS, canTransition } from './buddy-lifecycle.js';

const S = BuddyTrajectoryStatus;

describe('buddy trajectory lifecycle', () => {
  it('allows exactly ACTIVE → ENDED', () => {
    const edges = Object.entries(BUDDY_TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => `${from}>${to}`));
    expect(edges).toEqual(['ACTIVE>ENDED']);
    expect(() => assertTransition(S.ACTIVE, S.ENDED)).not.toThrow();
  });

  it('refuses everything else with a typed CONFLICT naming both states', () => {
    for (const from of Object.values(S)) {
      for (const to of Object.values(S)) {
        if (from === S.ACTIVE && to === S.ENDED) continue;
        expect(canTransition(from, to)).toBe(false);
        let error: unknown;
        try {
          assertTransition(from, to);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(BuddiesError);
        expect(error).toMatchObject({ code: BuddiesErrorCode.ILLEGAL_TRANSITION, publicCode: 'CONFLICT' });
        expect((error as Error).message).toContain(`${from} cannot become ${to}`);
      }
    }
  });
});
