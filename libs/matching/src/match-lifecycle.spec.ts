import { afterCuration, assertTransition, canTransition, firstStatus, LIVE_STATUSES, MATCH_TRANSITIONS, walk } from './match-lifecycle.js';
import { MatchStatus } from './match-status.enum.js';
import { MatchingError } from './matching.errors.js';

const S = MatchStatus;

describe('match lifecycle', () => {
  it('allows exactly the documented path', () => {
    expect(walk(S.PROPOSED, S.AWAITING_CURATION, S.APPROVED, S.OFFERED, S.ACCEPTED, S.FOLLOWED_UP)).toBe(S.FOLLOWED_UP);
    expect(walk(S.PROPOSED, S.OFFERED, S.DECLINED)).toBe(S.DECLINED);
    expect(walk(S.PROPOSED, S.OFFERED, S.EXPIRED)).toBe(S.EXPIRED);
    expect(walk(S.PROPOSED, S.AWAITING_CURATION, S.REJECTED)).toBe(S.REJECTED);
    const edges = Object.entries(MATCH_TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => `${from}>${to}`));
    expect(edges.sort()).toEqual(
      [
        'PROPOSED>AWAITING_CURATION', 'PROPOSED>OFFERED',
        'AWAITING_CURATION>APPROVED', 'AWAITING_CURATION>REJECTED', 'AWAITING_CURATION>EXPIRED',
        'APPROVED>OFFERED',
        'OFFERED>ACCEPTED', 'OFFERED>DECLINED', 'OFFERED>EXPIRED',
        'ACCEPTED>FOLLOWED_UP',
      ].sort(),
    );
  });

  it('refuses everything else with CONFLICT', () => {
    const all = Object.values(S);
    for (const from of all) {
      for (const to of all) {
        if (canTransition(from, to)) continue;
        try {
          assertTransition(from, to);
          throw new Error(`${from} → ${to} was allowed`);
        } catch (error) {
          expect(error).toBeInstanceOf(MatchingError);
          expect((error as MatchingError).publicCode).toBe('CONFLICT');
        }
      }
    }
    expect(() => walk(S.DECLINED, S.ACCEPTED)).toThrow(/DECLINED cannot become ACCEPTED/);
    expect(() => walk(S.OFFERED, S.FOLLOWED_UP)).toThrow(MatchingError);
    expect(() => walk(S.AWAITING_CURATION, S.OFFERED)).toThrow(MatchingError);
  });

  it('sends curated residents to a social worker first, others straight to the resident', () => {
    expect(firstStatus(true)).toBe(S.AWAITING_CURATION);
    expect(firstStatus(false)).toBe(S.OFFERED);
    expect(afterCuration(S.AWAITING_CURATION, true)).toBe(S.OFFERED);
    expect(afterCuration(S.AWAITING_CURATION, false)).toBe(S.REJECTED);
    expect(() => afterCuration(S.OFFERED, true)).toThrow(MatchingError);
  });

  it('has no way out of the final states, and treats only unanswered or taken ones as live', () => {
    for (const final of [S.REJECTED, S.DECLINED, S.EXPIRED, S.FOLLOWED_UP]) expect(MATCH_TRANSITIONS[final]).toEqual([]);
    expect([...LIVE_STATUSES].sort()).toEqual(['ACCEPTED', 'APPROVED', 'AWAITING_CURATION', 'FOLLOWED_UP', 'OFFERED', 'PROPOSED']);
  });
});
