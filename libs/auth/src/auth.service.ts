import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PUB_SUB } from '@buurtbrug/core';
import type { PubSubEngine } from 'graphql-subscriptions';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { Repository } from 'typeorm';
import { type RequestWithPrincipal } from './access.decorator.js';
import { ApiToken } from './api-token.entity.js';
import { AuthError, AuthErrorCode } from './auth.errors.js';
import { LoginThrottle } from './login-throttle.service.js';
import type { Principal, UserPrincipal } from './principal.js';
import { ACCOUNT_UPDATED } from './account.service.js';
import { Role } from './role.enum.js';
import { AuthSession } from './session.entity.js';
import { UserAccount } from './user.entity.js';

export const SESSION_COOKIE = 'bb_session';
/** Published (through PUB_SUB, so every instance hears it) when sessions end: `{ sessionId }` or `{ userId }`. */
export const SESSIONS_REVOKED = 'auth.sessions.revoked';
/** How long a verified session is trusted without asking the database again. */
export const SESSION_CACHE_MS = 5_000;
const SESSION_CACHE_MAX = 50_000;
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
export class AuthService implements OnModuleInit, OnModuleDestroy {
  /**
   * Verified sessions by session id. Every signed-in request otherwise costs a database round
   * trip; the entries live a few seconds and are dropped at once — on every instance — on
   * logout, role or organisation changes and account erasure.
   */
  private readonly sessionCache = new Map<string, { principal: UserPrincipal; until: number }>();
  private readonly claimsCache = new Map<string, { claims: SessionClaims; until: number }>();
  private subscriptions: number[] = [];

  constructor(
    @InjectRepository(UserAccount) private readonly users: Repository<UserAccount>,
    @InjectRepository(AuthSession) private readonly sessions: Repository<AuthSession>,
    @InjectRepository(ApiToken) private readonly tokens: Repository<ApiToken>,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  async onModuleInit(): Promise<void> {
    this.subscriptions = await Promise.all([
      this.pubSub.subscribe(SESSIONS_REVOKED, (message: { sessionId?: string; userId?: string }) => this.forget(message), {}),
      this.pubSub.subscribe(
        ACCOUNT_UPDATED,
        (message: { accountUpdated?: { id?: string } }) => this.forget({ userId: message.accountUpdated?.id }),
        {},
      ),
    ]);
  }

  onModuleDestroy(): void {
    for (const id of this.subscriptions) this.pubSub.unsubscribe(id);
  }

  private forget({ sessionId, userId }: { sessionId?: string; userId?: string }): void {
    if (sessionId) this.sessionCache.delete(sessionId);
    if (!userId) return;
    for (const [id, entry] of this.sessionCache) if (entry.principal.userId === userId) this.sessionCache.delete(id);
  }

  /** Ends every session of an account right away (after erasure, for one). */
  async revokeSessions(userId: string): Promise<void> {
    await this.sessions.delete({ userId });
    this.forget({ userId });
    await this.pubSub.publish(SESSIONS_REVOKED, { userId });
  }

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
    this.forget({ sessionId });
    await this.pubSub.publish(SESSIONS_REVOKED, { sessionId });
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

  /**
   * A presented but invalid credential is an error, not an anonymous call. `cache: false` for a
   * WebSocket handshake: the connection keeps its principal anyway, and ten thousand sockets
   * would otherwise fill the cache with entries nobody asks for again.
   */
  async authenticateToken(token: string, options: { cache?: boolean } = {}): Promise<Principal> {
    if (token.startsWith(API_TOKEN_PREFIX)) return this.authenticateApiToken(token);
    const claims = await this.verifiedClaims(token, options.cache !== false);
    const cached = this.sessionCache.get(claims.sid);
    if (cached && cached.until > Date.now() && cached.principal.userId === claims.sub) return cached.principal;
    const rows = (await this.sessions.query(
      `SELECT u.id, u.role, u.wijk_codes, u.organisation_id, s.expires_at
         FROM auth_session s JOIN user_account u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.expires_at > now()`,
      [claims.sid, claims.sub],
    )) as { id: string; role: Role; wijk_codes: string[]; organisation_id: string | null; expires_at: Date }[];
    const row = rows[0];
    if (!row) throw new AuthError(AuthErrorCode.SESSION_EXPIRED, 'Your session has ended. Please sign in again.');
    const principal: UserPrincipal = {
      kind: 'user',
      userId: row.id,
      sessionId: claims.sid,
      role: row.role,
      wijkCodes: row.wijk_codes,
      organisationId: row.organisation_id,
    };
    if (options.cache === false) return principal;
    if (this.sessionCache.size >= SESSION_CACHE_MAX) this.sessionCache.delete(this.sessionCache.keys().next().value!);
    this.sessionCache.set(claims.sid, { principal, until: Math.min(Date.now() + SESSION_CACHE_MS, new Date(row.expires_at).getTime()) });
    return principal;
  }

  /**
   * The claims of a token whose signature checked out. A token's signature never changes, so its
   * verified claims are kept (briefly, and never past the token's own expiry) instead of
   * computing the HMAC again on every request; whether the session still lives is asked
   * separately, every time.
   */
  private async verifiedClaims(token: string, remember: boolean): Promise<SessionClaims> {
    const known = this.claimsCache.get(token);
    if (known && known.until > Date.now()) return known.claims;
    let claims: SessionClaims & { exp?: number };
    try {
      claims = await this.jwt.verifyAsync<SessionClaims & { exp?: number }>(token);
    } catch {
      throw new AuthError(AuthErrorCode.SESSION_EXPIRED, 'Your session has ended. Please sign in again.');
    }
    if (!remember) return claims;
    if (this.claimsCache.size >= SESSION_CACHE_MAX) this.claimsCache.delete(this.claimsCache.keys().next().value!);
    this.claimsCache.set(token, { claims, until: Math.min(Date.now() + SESSION_CACHE_MS, (claims.exp ?? 0) * 1000) });
    return claims;
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
