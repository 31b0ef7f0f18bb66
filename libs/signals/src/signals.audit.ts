/** The audit actions this library writes: every read of a signal, every step, and retention. */
export enum SignalAuditAction {
  FILED = 'SIGNAL_FILED',
  /** One entry per signal shown to a reader, in a list (`details.via = LIST`) or opened (`DETAIL`). */
  READ = 'SIGNAL_READ',
  TRIAGED = 'SIGNAL_TRIAGED',
  /** A home visit answered the signal. */
  INTAKE_RECORDED = 'SIGNAL_INTAKE_RECORDED',
  /** The daily retention job ran; `details.deleted` is the number deleted (never what). */
  RETENTION_DELETED = 'SIGNALS_DELETED_BY_RETENTION',
}

export const SIGNAL_SUBJECT = 'signal';
