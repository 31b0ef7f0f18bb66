import { SignalStatus } from './signal-status.enum.js';
import { SignalsError, SignalsErrorCode } from './signals.errors.js';

const { NEW, CONTACTED, INTAKE_DONE, NO_ACTION } = SignalStatus;

/**
 * The one table of allowed triage steps: NEW → CONTACTED | NO_ACTION | INTAKE_DONE;
 * CONTACTED → INTAKE_DONE | NO_ACTION. The final states stay final, so a stale screen cannot
 * reopen a signal that the retention rule already counts as closed.
 */
export const SIGNAL_TRANSITIONS: Readonly<Record<SignalStatus, readonly SignalStatus[]>> = {
  [NEW]: [CONTACTED, NO_ACTION, INTAKE_DONE],
  [CONTACTED]: [INTAKE_DONE, NO_ACTION],
  [INTAKE_DONE]: [],
  [NO_ACTION]: [],
};

/** Final states: `closed_at` is set when a signal reaches one. */
export const CLOSED_SIGNAL_STATUSES: readonly SignalStatus[] = [INTAKE_DONE, NO_ACTION];

export function canTransitionSignal(from: SignalStatus, to: SignalStatus): boolean {
  return SIGNAL_TRANSITIONS[from]?.includes(to) ?? false;
}

/** Refuses an illegal step with CONFLICT (reason ILLEGAL_TRANSITION), naming both states. */
export function assertSignalTransition(from: SignalStatus, to: SignalStatus): void {
  if (!canTransitionSignal(from, to)) {
    throw new SignalsError(SignalsErrorCode.ILLEGAL_TRANSITION, `A signal that is ${from} cannot become ${to}`, [
      { field: 'status', message: `not allowed after ${from}` },
    ]);
  }
}

export function isClosedSignalStatus(status: SignalStatus): boolean {
  return CLOSED_SIGNAL_STATUSES.includes(status);
}
