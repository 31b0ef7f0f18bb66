import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { ApiToken } from './api-token.entity.js';
import { AuthError, AuthErrorCode } from './auth.errors.js';
import { API_TOKEN_PREFIX, hashApiToken } from './auth.service.js';
import { type Principal, actingOrganisationId } from './principal.js';
import { Role } from './role.enum.js';

/** Organisation API tokens: created and revoked by the organisation's providers, shown once. */
@Injectable()
export class ApiTokenService {
  constructor(@InjectRepository(ApiToken) private readonly tokens: Repository<ApiToken>) {}

  private organisationFor(principal: Principal, requested?: string | null): string {
    if (principal.kind === 'user' && principal.role === Role.ADMIN && requested) return requested;
    const own = actingOrganisationId(principal);
    if (!own) throw new AuthError(AuthErrorCode.NO_ORGANISATION, 'You are not a member of an organisation');
    if (requested && requested !== own) {
      throw new AuthError(AuthErrorCode.NOT_ALLOWED, 'You may only manage tokens of your own organisation');
    }
    return own;
  }

  async create(principal: Principal, name: string, organisationId?: string | null): Promise<{ secret: string; token: ApiToken }> {
    const organisation = this.organisationFor(principal, organisationId);
    const secret = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const token = await this.tokens.save(
      this.tokens.create({
        organisationId: organisation,
        name: name.trim(),
        tokenHash: hashApiToken(secret),
        tokenPrefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
        createdBy: principal.kind === 'user' ? principal.userId : null,
      }),
    );
    return { secret, token };
  }

  /** An admin without an organisation gets every organisation's tokens (metadata only, never a secret). */
  async list(principal: Principal, organisationId?: string | null): Promise<ApiToken[]> {
    if (principal.kind === 'user' && principal.role === Role.ADMIN && !organisationId) {
      return this.tokens.find({ order: { createdAt: 'DESC' }, take: 1000 });
    }
    const organisation = this.organisationFor(principal, organisationId);
    return this.tokens.find({ where: { organisationId: organisation }, order: { createdAt: 'DESC' } });
  }

  /** Revoking twice is harmless; a token of another organisation looks like no token at all. */
  async revoke(principal: Principal, id: string): Promise<ApiToken> {
    const token = await this.tokens.findOneBy({ id });
    const admin = principal.kind === 'user' && principal.role === Role.ADMIN;
    if (!token || (!admin && token.organisationId !== actingOrganisationId(principal))) {
      throw new AuthError(AuthErrorCode.TOKEN_NOT_FOUND, 'No such API token');
    }
    await this.tokens.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    return this.tokens.findOneByOrFail({ id });
  }
}
