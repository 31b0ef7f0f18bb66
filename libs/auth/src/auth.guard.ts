import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule, requestOf } from './access.decorator.js';
import { AuthError, AuthErrorCode } from './auth.errors.js';
import { AuthService } from './auth.service.js';

/**
 * Global guard: authenticates the caller once per request and applies the resolver's
 * access rule. A resolver without a rule is refused (default deny).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      throw new AuthError(AuthErrorCode.NO_ACCESS_RULE, `No access rule for ${context.getClass().name}.${context.getHandler().name}`);
    }
    const req = requestOf(context);
    if (req.principal === undefined) req.principal = await this.auth.authenticateRequest(req);
    if (rule.public) return true;
    const principal = req.principal;
    if (!principal) throw new AuthError(AuthErrorCode.NOT_SIGNED_IN, 'You need to sign in for this');
    if (principal.kind === 'token') {
      if (rule.apiToken) return true;
      throw new AuthError(AuthErrorCode.NOT_ALLOWED, 'An API token may not do this');
    }
    if (rule.roles?.includes(principal.role)) return true;
    throw new AuthError(AuthErrorCode.NOT_ALLOWED, 'Your role may not do this');
  }
}
