/** The audit actions this library writes (DESIGN.md: sensitive actions are audited). */
export enum ResidentAuditAction {
  /** A social worker or admin opened a resident's full profile. */
  PROFILE_OPENED = 'RESIDENT_PROFILE_OPENED',
  CREATED_ON_BEHALF = 'RESIDENT_CREATED_ON_BEHALF',
  UPDATED_ON_BEHALF = 'RESIDENT_UPDATED_ON_BEHALF',
  /** Account and profile deleted, by the resident or by their social worker on request. */
  ERASED = 'RESIDENT_ERASED',
  /** A resident downloaded everything held about them. */
  DATA_EXPORTED = 'PERSONAL_DATA_EXPORTED',
}

export const RESIDENT_SUBJECT = 'resident';
