import { Role } from './role.enum.js';

/** Who is calling: a signed-in account, or an organisation's API token. */
export type Principal =
  | {
      kind: 'user';
      userId: string;
      sessionId: string;
      role: Role;
      wijkCodes: string[];
      organisationId: string | null;
    }
  | { kind: 'token'; tokenId: string; organisationId: string };

export type UserPrincipal = Extract<Principal, { kind: 'user' }>;

/** The organisation a principal may act for, if any (a provider's or a token's). */
export function actingOrganisationId(principal: Principal | undefined): string | null {
  if (!principal) return null;
  if (principal.kind === 'token') return principal.organisationId;
  return principal.role === Role.PROVIDER ? principal.organisationId : null;
}
