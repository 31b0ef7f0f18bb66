import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal, Public, Role, Roles, type UserPrincipal } from '@buurtbrug/auth';
import { FileSignalInput } from './dto/file-signal.input.js';
import { SignalsArgs } from './dto/signals.args.js';
import { TriageSignalInput } from './dto/triage-signal.input.js';
import { SignalModel, SignalPage, SignalReceiptModel } from './signal.model.js';
import { SignalService } from './signal.service.js';

interface HttpContext {
  req: { ip?: string };
}

@Resolver(() => SignalModel)
export class SignalResolver {
  constructor(private readonly service: SignalService) {}

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
}
