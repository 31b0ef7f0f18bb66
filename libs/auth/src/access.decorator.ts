import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Principal } from './principal.js';
import { Role } from './role.enum.js';

export const ACCESS_RULE = 'buurtbrug:access';

/** Every resolver states who may call it; the guard denies anything without a rule. */
export interface AccessRule {
  public?: boolean;
  roles?: Role[];
  /** Whether an organisation API token may call it too. */
  apiToken?: boolean;
}

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);

/** Signed-in accounts with one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_RULE, { roles } satisfies AccessRule);

/** Any signed-in account. */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { roles: Object.values(Role) } satisfies AccessRule);

/** Providers (and admins) in the app, or an organisation's own systems with its API token. */
export const OrganisationAccess = () =>
  SetMetadata(ACCESS_RULE, { roles: [Role.PROVIDER, Role.ADMIN], apiToken: true } satisfies AccessRule);

export interface RequestWithPrincipal {
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string>;
  ip?: string;
  principal?: Principal;
}

export function requestOf(context: ExecutionContext): RequestWithPrincipal {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithPrincipal>();
}

/** The authenticated caller (set by AuthGuard). */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | undefined => requestOf(context).principal,
);
