import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { Repository } from 'typeorm';
import { type RequestWithPrincipal } from './access.decorator.js';
import { ApiToken } from './api-token.entity.js';
import { AuthError, AuthErrorCode } from './auth.errors.js';
import { LoginThrottle } from './login-throttle.service.js';
import type { Principal } from './principal.js';
import { Role } from './role.enum.js';
import { AuthSession } from './session.entity.js';
import { UserAccount } from './user.entity.js';

export const SESSION_COOKIE = 'bb_session';
export const API_TOKEN_PREFIX = 'bbt_';
const SESSION_DAYS = 14;

interface SessionClaims {
  sub: string;
  sid: string;
}

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  account: UserAccount;
}

/** A dummy hash so an unknown email costs the same time as a wrong password. */
const DUMMY_HASH = argon2.hash('not-a-real-password-' + randomBytes(8).toString('hex'));

export function hashApiToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserAccount) private readonly users: Repository<UserAccount>,
    @InjectRepository(AuthSession) private readonly sessions: Repository<AuthSession>,
    @InjectRepository(ApiToken) private readonly tokens: Repository<ApiToken>,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
  ) {}

  async register(input: { email: string; password: string; displayName: string }): Promise<IssuedSession> {
    const account = await this.createAccount({ ...input, role: Role.RESIDENT });
    return this.openSession(account);
  }

  /** Creates a login account. Used by `register`, the admin CLI and the demo seed. */
  async createAccount(input: {
    email: string;
    password: string;
    displayName: string;
    role: Role;
    wijkCodes?: string[];
    organisationId?: string | null;
  }): Promise<UserAccount> {
    const email = input.email.trim().toLowerCase();
    const passwordHash = await argon2.hash(input.password, { type: argon2.argon2id });
    const rows = await this.users.query(
      `INSERT INTO user_account (email, password_hash, role, display_name, wijk_codes, organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (lower(email)) WHERE email IS NOT NULL DO NOTHING
       RETURNING id`,
      [email, passwordHash, input.role, input.displayName.trim(), input.wijkCodes ?? [], input.organisationId ?? null],
    );
    if (rows.length === 0) {
      throw new AuthError(AuthErrorCode.EMAIL_TAKEN, 'There is already an account with this email address', [
        { field: 'email', message: 'already registered' },
      ]);
    }
    return this.users.findOneByOrFail({ id: (rows[0] as { id: string }).id });
  }

  /** The same error for an unknown email and a wrong password; failures are throttled. */
  async login(email: string, password: string, ip: string): Promise<IssuedSession> {
    await this.throttle.assertAllowed(email, ip);
    const account = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
    const valid = account?.passwordHash
      ? await argon2.verify(account.passwordHash, password)
      : await argon2.verify(await DUMMY_HASH, password).then(() => false);
    if (!account || !valid) {
      await this.throttle.recordFailure(email, ip);
      throw new AuthError(AuthErrorCode.INVALID_CREDENTIALS, 'Email address or password is not correct');
    }
    await this.throttle.recordSuccess(email);
    return this.openSession(account);
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  private async openSession(account: UserAccount): Promise<IssuedSession> {
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
    const session = await this.sessions.save(this.sessions.create({ userId: account.id, expiresAt }));
    const token = await this.jwt.signAsync({ sub: account.id, sid: session.id } satisfies SessionClaims, {
      expiresIn: `${SESSION_DAYS}d`,
    });
    delete (account as Partial<UserAccount>).passwordHash;
    return { token, expiresAt, account };
  }

  /** Reads the caller from `Authorization: Bearer …` (JWT or API token) or the session cookie. */
  async authenticateRequest(req: RequestWithPrincipal): Promise<Principal | undefined> {
    const header = req.headers['authorization'];
    const bearer = typeof header === 'string' && /^Bearer\s+/i.test(header) ? header.replace(/^Bearer\s+/i, '').trim() : undefined;
    const token = bearer ?? req.cookies?.[SESSION_COOKIE];
    if (!token) return undefined;
    return this.authenticateToken(token);
  }

  /** A presented but invalid credential is an error, not an anonymous call. */
  async authenticateToken(token: string): Promise<Principal> {
    if (token.startsWith(API_TOKEN_PREFIX)) return this.authenticateApiToken(token);
    let claims: SessionClaims;
    try {
      claims = await this.jwt.verifyAsync<SessionClaims>(token);
    } catch {
      throw new AuthError(AuthErrorCode.SESSION_EXPIRED, 'Your session has ended. Please sign in again.');
    }
    const rows = (await this.sessions.query(
      `SELECT u.id, u.role, u.wijk_codes, u.organisation_id
         FROM auth_session s JOIN user_account u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.expires_at > now()`,
      [claims.sid, claims.sub],
    )) as { id: string; role: Role; wijk_codes: string[]; organisation_id: string | null }[];
    const row = rows[0];
    if (!row) throw new AuthError(AuthErrorCode.SESSION_EXPIRED, 'Your session has ended. Please sign in again.');
    return {
      kind: 'user',
      userId: row.id,
      sessionId: claims.sid,
      role: row.role,
      wijkCodes: row.wijk_codes,
      organisationId: row.organisation_id,
    };
  }

  private async authenticateApiToken(secret: string): Promise<Principal> {
    const rows = (await this.tokens.query(
      `UPDATE api_token SET last_used_at = now()
        WHERE token_hash = $1 AND revoked_at IS NULL
        RETURNING id, organisation_id`,
      [hashApiToken(secret)],
    )) as [{ id: string; organisation_id: string }[], number];
    const row = rows[0][0];
    if (!row) throw new AuthError(AuthErrorCode.SESSION_EXPIRED, 'This API token is not valid or was revoked');
    return { kind: 'token', tokenId: row.id, organisationId: row.organisation_id };
  }
}
