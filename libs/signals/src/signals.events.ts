import type { SignalStatus } from './signal-status.enum.js';

/**
 * PubSub triggers of `signalFiled`, one per audience: a wijk's social workers, and the admins
 * (who read the signals of every wijk). A push then wakes only the pages that may hear it, and the
 * subscription filter checks the audience again. Payloads are plain JSON (they may travel through
 * Redis).
 */
export const SIGNAL_FILED = 'signals.signal-filed';

/** The trigger on which a wijk's social workers hear that a signal came in for that wijk. */
export const signalFiledForWijk = (wijkCode: string) => `${SIGNAL_FILED}.wijk.${wijkCode}`;
/** The trigger on which admins hear of a new signal in any wijk. */
export const SIGNAL_FILED_FOR_ADMINS = `${SIGNAL_FILED}.admins`;

/**
 * Only that a signal arrived and where. Never what it says or who it is about: showing that is
 * an audited read (SIGNAL_READ), and a push is not audited.
 */
export interface SignalFiledPayload {
  signalId: string;
  wijkCode: string;
  wijkName: string;
  status: SignalStatus;
  /** ISO 8601, as it would come out of Redis. */
  createdAt: string;
}
