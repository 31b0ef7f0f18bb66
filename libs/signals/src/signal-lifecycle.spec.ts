import { assertSignalTransition, canTransitionSignal, isClosedSignalStatus, SIGNAL_TRANSITIONS } from './signal-lifecycle.js';
import { SignalStatus } from './signal-status.enum.js';
import { SignalsError, SignalsErrorCode } from './signals.errors.js';

const { NEW, CONTACTED, INTAKE_DONE, NO_ACTION } = SignalStatus;
const ALL = Object.values(SignalStatus);

describe('signal transition table', () => {
  const allowed: [SignalStatus, SignalStatus][] = [
    [NEW, CONTACTED],
    [NEW, NO_ACTION],
    [NEW, INTAKE_DONE],
    [CONTACTED, INTAKE_DONE],
    [CONTACTED, NO_ACTION],
  ];

  it.each(allowed)('allows %s → %s', (from, to) => {
    expect(canTransitionSignal(from, to)).toBe(true);
    expect(() => assertSignalTransition(from, to)).not.toThrow();
  });

  const refused = ALL.flatMap((from) => ALL.map((to) => [from, to] as [SignalStatus, SignalStatus])).filter(
    ([from, to]) => !allowed.some(([a, b]) => a === from && b === to),
  );

  it('refuses every other pair (11 of 16), including staying put and reopening', () => {
    expect(refused).toHaveLength(11);
    expect(refused).toEqual(expect.arrayContaining([[NEW, NEW], [CONTACTED, NEW], [INTAKE_DONE, CONTACTED], [NO_ACTION, NEW], [NO_ACTION, INTAKE_DONE]]));
  });

  it.each(refused)('refuses %s → %s with a typed CONFLICT', (from, to) => {
    expect(canTransitionSignal(from, to)).toBe(false);
    let caught: unknown;
    try {
      assertSignalTransition(from, to);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SignalsError);
    expect(caught).toMatchObject({ code: SignalsErrorCode.ILLEGAL_TRANSITION, publicCode: 'CONFLICT' });
  });

  it('has a row for every status and leaves the final ones final', () => {
    expect(Object.keys(SIGNAL_TRANSITIONS).sort()).toEqual([...ALL].sort());
    expect(SIGNAL_TRANSITIONS[INTAKE_DONE]).toEqual([]);
    expect(SIGNAL_TRANSITIONS[NO_ACTION]).toEqual([]);
    expect(ALL.filter(isClosedSignalStatus).sort()).toEqual([INTAKE_DONE, NO_ACTION]);
  });
});
