import { Args, Context, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { PUB_SUB } from '@buurtbrug/core';
import type { PubSubEngine } from 'graphql-subscriptions';
import { CurrentPrincipal, Public, Roles, SignedIn } from './access.decorator.js';
import { AccountModel, AccountPage, AuthPayloadModel } from './account.model.js';
import { ACCOUNT_UPDATED, AccountService } from './account.service.js';
import { AuthService, type IssuedSession, SESSION_COOKIE } from './auth.service.js';
import { AccountsArgs } from './dto/accounts.args.js';
import { AssignRoleInput } from './dto/assign-role.input.js';
import { LoginInput } from './dto/login.input.js';
import { RegisterInput } from './dto/register.input.js';
import type { Principal, UserPrincipal } from './principal.js';
import { Role } from './role.enum.js';

interface HttpContext {
  req: { ip?: string; secure?: boolean };
  res?: { cookie(name: string, value: string, options: object): void; clearCookie(name: string, options: object): void };
}

const COOKIE_OPTIONS = { httpOnly: true, sameSite: 'lax', path: '/' } as const;

function toPayload(context: HttpContext, session: IssuedSession): AuthPayloadModel {
  context.res?.cookie(SESSION_COOKIE, session.token, {
    ...COOKIE_OPTIONS,
    secure: context.req.secure ?? false,
    expires: session.expiresAt,
  });
  return { token: session.token, expiresAt: session.expiresAt, account: AccountModel.from(session.account) };
}

@Resolver(() => AccountModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Query(() => AccountModel, { nullable: true, description: 'The signed-in account, or null when not signed in.' })
  @Public()
  async me(@CurrentPrincipal() principal?: Principal): Promise<AccountModel | null> {
    if (principal?.kind !== 'user') return null;
    return AccountModel.from(await this.accounts.get(principal.userId));
  }

  @Query(() => AccountPage, {
    name: 'accounts',
    description: 'Accounts by email address, exact or by its beginning, sorted by email address (admins only: to give someone a role).',
  })
  @Roles(Role.ADMIN)
  async accountsByEmail(@Args() args: AccountsArgs) {
    const page = await this.accounts.findByEmail(args.email, args.first, args.after);
    return { nodes: page.nodes.map(AccountModel.from), pageInfo: page.pageInfo };
  }

  @Mutation(() => AuthPayloadModel, { description: 'Create a resident account and sign in.' })
  @Public()
  async register(@Args('input') input: RegisterInput, @Context() context: HttpContext): Promise<AuthPayloadModel> {
    return toPayload(context, await this.auth.register(input));
  }

  @Mutation(() => AuthPayloadModel, { description: 'Sign in with email address and password.' })
  @Public()
  async login(@Args('input') input: LoginInput, @Context() context: HttpContext): Promise<AuthPayloadModel> {
    return toPayload(context, await this.auth.login(input.email, input.password, context.req.ip ?? 'unknown'));
  }

  @Mutation(() => Boolean, { description: 'End this session (the token stops working at once).' })
  @SignedIn()
  async logout(@CurrentPrincipal() principal: UserPrincipal, @Context() context: HttpContext): Promise<boolean> {
    await this.auth.logout(principal.sessionId);
    context.res?.clearCookie(SESSION_COOKIE, COOKIE_OPTIONS);
    return true;
  }

  @Mutation(() => AccountModel, { description: 'Give an account a role, wijken or an organisation (admins only).' })
  @Roles(Role.ADMIN)
  async assignRole(@Args('input') input: AssignRoleInput): Promise<AccountModel> {
    return AccountModel.from(await this.accounts.assignRole(input));
  }

  @Subscription(() => AccountModel, {
    description: "Pushed when the signed-in account's role or assignments change.",
    filter: (payload: { accountUpdated: AccountModel }, _args: unknown, context: { req: { principal?: Principal } }) =>
      context.req.principal?.kind === 'user' && payload.accountUpdated.id === context.req.principal.userId,
    resolve: (payload: { accountUpdated: Parameters<typeof AccountModel.from>[0] }) => AccountModel.from(payload.accountUpdated),
  })
  @SignedIn()
  accountUpdated() {
    return this.pubSub.asyncIterableIterator(ACCOUNT_UPDATED);
  }
}
