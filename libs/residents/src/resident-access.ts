import { Role, type UserPrincipal } from '@buurtbrug/auth';
import type { ResidentProfile } from './resident-profile.entity.js';
import { ResidentsError, ResidentsErrorCode } from './residents.errors.js';

/**
 * Who may see a resident's private profile besides the resident: a social worker of the
 * resident's wijk, or an admin. Nobody else — other residents and providers never.
 */
export function assertMaySeeResident(principal: UserPrincipal, profile: ResidentProfile | null): asserts profile is ResidentProfile {
  if (principal.role !== Role.SOCIAL_WORKER && principal.role !== Role.ADMIN) {
    throw new ResidentsError(ResidentsErrorCode.NOT_YOUR_WIJK, 'Only social workers of the wijk and admins may see resident profiles');
  }
  if (!profile) throw new ResidentsError(ResidentsErrorCode.RESIDENT_NOT_FOUND, 'No such resident');
  if (principal.role === Role.SOCIAL_WORKER && !principal.wijkCodes.includes(profile.wijkCode)) {
    throw new ResidentsError(ResidentsErrorCode.NOT_YOUR_WIJK, 'This resident lives in a wijk you do not work for');
  }
}

/** On-behalf changes and erasure: only a social worker of the wijk, only for someone registered on their behalf. */
export function assertMayActOnBehalf(principal: UserPrincipal, profile: ResidentProfile | null): asserts profile is ResidentProfile {
  if (principal.role !== Role.SOCIAL_WORKER) {
    throw new ResidentsError(ResidentsErrorCode.NOT_YOUR_WIJK, 'Only a social worker of the wijk may do this');
  }
  assertMaySeeResident(principal, profile);
  if (!profile.onBehalf) {
    throw new ResidentsError(ResidentsErrorCode.NOT_ON_BEHALF, 'This resident manages their own profile');
  }
}
