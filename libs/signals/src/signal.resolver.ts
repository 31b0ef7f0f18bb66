import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal, Public, Role, Roles, type UserPrincipal } from '@buurtbrug/auth';
import { PUB_SUB } from '@buurtbrug/core';
import type { PubSubEngine } from 'graphql-subscriptions';
import { FileSignalInput } from './dto/file-signal.input.js';
import { SignalsArgs } from './dto/signals.args.js';
import { TriageSignalInput } from './dto/triage-signal.input.js';
import { SignalFiledModel, SignalModel, SignalPage, SignalReceiptModel } from './signal.model.js';
import { mayReadSignalsOf, SignalService } from './signal.service.js';
import { SIGNAL_FILED_FOR_ADMINS, type SignalFiledPayload, signalFiledForWijk } from './signals.events.js';

interface HttpContext {
  req: { ip?: string };
}

interface SubscriptionContext {
  req: { principal?: Principal };
}

type FiledEvent = { signalFiled: SignalFiledPayload };

function userOf(context: SubscriptionContext): UserPrincipal | null {
  const principal = context.req.principal;
  return principal?.kind === 'user' ? principal : null;
}

@Resolver(() => SignalModel)
export class SignalResolver {
  constructor(
    private readonly service: SignalService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Mutation(() => SignalReceiptModel, {
    description:
      'Report a concern that someone may be isolated. Open to anyone (the public form is rate-limited per address; TOO_MANY_REQUESTS past the limit). The answer is always the same: it never tells whether the person is known.',
  })
  @Public()
  async fileSignal(
    @CurrentPrincipal() principal: Principal | undefined,
    @Args('input') input: FileSignalInput,
    @Context() context: HttpContext,
  ): Promise<SignalReceiptModel> {
    return Object.assign(new SignalReceiptModel(), await this.service.file(principal, context.req.ip ?? 'unknown', input));
  }

  @Query(() => SignalPage, { description: 'Signals of your wijken (admins: all), newest first. Every signal shown is audited as read.' })
  @Roles(Role.SOCIAL_WORKER, Role.ADMIN)
  async signals(@CurrentPrincipal() principal: UserPrincipal, @Args() args: SignalsArgs) {
    const page = await this.service.list(principal, args.filter, args.first, args.after);
    return { nodes: page.nodes.map((s) => SignalModel.from(s)), pageInfo: page.pageInfo };
  }

  @Query(() => SignalModel, { description: 'One signal with its triage history. Audited. A signal of a wijk you do not work for is NOT_FOUND.' })
  @Roles(Role.SOCIAL_WORKER, Role.ADMIN)
  async signal(@CurrentPrincipal() principal: UserPrincipal, @Args('id', { type: () => ID, description: 'The signal id.' }) id: string): Promise<SignalModel> {
    const { signal, history } = await this.service.get(principal, id);
    return SignalModel.from(signal, history);
  }

  @Mutation(() => SignalModel, {
    description: 'Move a signal of your wijk on (NEW → CONTACTED | NO_ACTION | INTAKE_DONE; CONTACTED → INTAKE_DONE | NO_ACTION) with a note. When two social workers act at once, the second gets CONFLICT.',
  })
  @Roles(Role.SOCIAL_WORKER)
  async triageSignal(@CurrentPrincipal() principal: UserPrincipal, @Args('input') input: TriageSignalInput): Promise<SignalModel> {
    const { signal, history } = await this.service.triage(principal, input);
    return SignalModel.from(signal, history);
  }

  @Subscription(() => SignalFiledModel, {
    description:
      'A new signal came in for one of your wijken (admins: any wijk), the same readers as `signals`. Only that it arrived and where, never about the person or the concern: a push is not audited. Ask `signals` again to read it (audited).',
    // The trigger is already per audience; the filter checks the reader again, so a wrong trigger can never leak.
    filter: (payload: FiledEvent, _args: unknown, context: SubscriptionContext) => {
      const user = userOf(context);
      return !!user && mayReadSignalsOf(user, payload.signalFiled.wijkCode);
    },
    resolve: (payload: FiledEvent) => SignalFiledModel.from(payload.signalFiled),
  })
  @Roles(Role.SOCIAL_WORKER, Role.ADMIN)
  signalFiled(@Context() context: SubscriptionContext) {
    const user = userOf(context)!;
    return this.pubSub.asyncIterableIterator(user.role === Role.ADMIN ? [SIGNAL_FILED_FOR_ADMINS] : user.wijkCodes.map(signalFiledForWijk));
  }
}
