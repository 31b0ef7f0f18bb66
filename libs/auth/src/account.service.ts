import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CoreError, CoreErrorCode, decodeCursor, type Page, PUB_SUB, toPage } from '@buurtbrug/core';
import { isUUID } from 'class-validator';
import type { PubSubEngine } from 'graphql-subscriptions';
import { type EntityManager, QueryFailedError, Repository } from 'typeorm';
import { AuthError, AuthErrorCode } from './auth.errors.js';
import { Role } from './role.enum.js';
import { UserAccount } from './user.entity.js';

export const ACCOUNT_UPDATED = 'account.updated';

/** Accounts as an admin manages them: roles, wijk assignments, organisation membership. */
@Injectable()
export class AccountService {
  constructor(
    @InjectRepository(UserAccount) private readonly users: Repository<UserAccount>,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  async get(id: string): Promise<UserAccount> {
    const account = await this.users.findOneBy({ id });
    if (!account) throw new AuthError(AuthErrorCode.ACCOUNT_NOT_FOUND, 'No such account');
    return account;
  }

  /**
   * Accounts whose email address is the given one or starts with it (case does not matter), by
   * email address. Accounts registered on someone's behalf have no email and never show here.
   */
  async findByEmail(email: string, first: number, after?: string): Promise<Page<UserAccount>> {
    const prefix = email.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
    const query = this.users
      .createQueryBuilder('u')
      .where(`lower(u.email) LIKE :prefix ESCAPE '\\'`, { prefix: `${prefix}%` })
      .orderBy('lower(u.email)', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .take(first + 1);
    if (after) {
      const [afterEmail, afterId] = decodeCursor(after);
      if (typeof afterEmail !== 'string' || typeof afterId !== 'string' || !isUUID(afterId)) {
        throw new CoreError(CoreErrorCode.INVALID_CURSOR, 'The cursor is not valid', [{ field: 'after', message: 'invalid cursor' }]);
      }
      query.andWhere('(lower(u.email), u.id) > (:afterEmail, :afterId::uuid)', { afterEmail, afterId });
    }
    const rows = await query.getMany();
    return toPage(rows, first, (u) => [(u.email ?? '').toLowerCase(), u.id]);
  }

  async assignRole(input: { userId: string; role: Role; wijkCodes?: string[]; organisationId?: string | null }): Promise<UserAccount> {
    const account = await this.get(input.userId);
    if (input.role === Role.SOCIAL_WORKER && !input.wijkCodes?.length) {
      throw new AuthError(AuthErrorCode.INVALID_ROLE_ASSIGNMENT, 'A social worker needs at least one wijk', [
        { field: 'wijkCodes', message: 'at least one wijk for a social worker' },
      ]);
    }
    if (input.role === Role.PROVIDER && !input.organisationId) {
      throw new AuthError(AuthErrorCode.INVALID_ROLE_ASSIGNMENT, 'A provider needs an organisation', [
        { field: 'organisationId', message: 'required for a provider' },
      ]);
    }
    if (!account.email) {
      throw new AuthError(AuthErrorCode.INVALID_ROLE_ASSIGNMENT, 'An account without a login cannot get another role');
    }
    if (input.role === Role.SOCIAL_WORKER) await this.refuseUnknownWijken(input.wijkCodes!);
    account.role = input.role;
    account.wijkCodes = input.role === Role.SOCIAL_WORKER ? [...new Set(input.wijkCodes)] : [];
    account.organisationId = input.role === Role.PROVIDER ? (input.organisationId ?? null) : null;
    const saved = await this.users.save(account).catch((error: unknown) => {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23503') {
        throw new AuthError(AuthErrorCode.INVALID_ROLE_ASSIGNMENT, 'There is no organisation with this id', [
          { field: 'organisationId', message: 'no such organisation' },
        ]);
      }
      throw error;
    });
    await this.pubSub.publish(ACCOUNT_UPDATED, { accountUpdated: saved });
    return saved;
  }

  /**
   * `wijk_codes` is a text array, so the database cannot refuse an unknown code the way the
   * organisation's foreign key does. The wijk table is asked directly: the wijken library imports
   * this one (roles, guards), so importing it back would make a cycle.
   */
  private async refuseUnknownWijken(wijkCodes: string[]): Promise<void> {
    const asked = [...new Set(wijkCodes)];
    const known = new Set(
      ((await this.users.manager.query(`SELECT code FROM wijk WHERE code = ANY($1::text[])`, [asked])) as { code: string }[]).map((w) => w.code),
    );
    const unknown = asked.filter((code) => !known.has(code));
    if (unknown.length === 0) return;
    const message = `unknown wijk ${unknown.join(', ')}`;
    throw new AuthError(AuthErrorCode.INVALID_ROLE_ASSIGNMENT, `wijkCodes: ${message}`, [{ field: 'wijkCodes', message }]);
  }

  /**
   * Makes an account a provider member of an organisation (its creator, for one). Pass the
   * caller's transaction so the membership and the organisation are written together. Never
   * turns an admin or social worker into a provider, nor moves a provider to another organisation.
   */
  async joinOrganisation(userId: string, organisationId: string, manager?: EntityManager): Promise<UserAccount> {
    const users = manager?.getRepository(UserAccount) ?? this.users;
    const account = await users.findOne({ where: { id: userId }, lock: manager ? { mode: 'pessimistic_write' } : undefined });
    if (!account) throw new AuthError(AuthErrorCode.ACCOUNT_NOT_FOUND, 'No such account');
    if (account.role === Role.ADMIN || account.role === Role.SOCIAL_WORKER) {
      throw new AuthError(
        AuthErrorCode.NOT_ALLOWED,
        `An account with role ${account.role} cannot become a member of an organisation; use a separate provider account`,
      );
    }
    if (account.role === Role.PROVIDER && account.organisationId && account.organisationId !== organisationId) {
      throw new AuthError(AuthErrorCode.NOT_ALLOWED, 'You are already a member of another organisation');
    }
    if (account.role === Role.PROVIDER && account.organisationId === organisationId) return account;
    account.role = Role.PROVIDER;
    account.organisationId = organisationId;
    const saved = await users.save(account);
    // Inside a caller's transaction the change is not visible yet: announcing it now would let a
    // session cache re-read the old role. The caller calls `announceUpdated` after its commit.
    if (!manager) await this.announceUpdated(saved);
    return saved;
  }

  /** Tells every instance (session caches, the account's own `accountUpdated` subscription). */
  async announceUpdated(account: UserAccount): Promise<void> {
    await this.pubSub.publish(ACCOUNT_UPDATED, { accountUpdated: account });
  }
}
