/** The audit actions this library writes (DESIGN.md: sensitive actions are audited). */
export enum MonitoringAuditAction {
  /** A social worker read a resident's measurements (as sensitive as opening the profile). */
  MEASUREMENTS_OPENED = 'MEASUREMENTS_OPENED',
  /** A social worker recorded a measurement on a resident's behalf. */
  MEASUREMENT_RECORDED_ON_BEHALF = 'MEASUREMENT_RECORDED_ON_BEHALF',
}

export const MEASUREMENT_SUBJECT = 'resident';
