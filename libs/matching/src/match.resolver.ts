import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal, Role, Roles, type UserPrincipal } from '@buurtbrug/auth';
import { PageArgs, type Page, PUB_SUB, SubscriberPresence } from '@buurtbrug/core';
import type { PubSubEngine } from 'graphql-subscriptions';
import { CurationService } from './curation.service.js';
import { CurateMatchInput } from './dto/curate-match.input.js';
import { CurationQueueArgs } from './dto/curation-queue.args.js';
import { MatchesArgs } from './dto/matches.args.js';
import { RecordFollowUpInput } from './dto/record-follow-up.input.js';
import { RespondToMatchInput } from './dto/respond-to-match.input.js';
import { type Match, matchFromRow } from './match.entity.js';
import { CurationQueueChangedModel, MatchModel, MatchPage } from './match.model.js';
import { MatchResponseService } from './match-response.service.js';
import { MatchStatus } from './match-status.enum.js';
import {
  type CurationQueuePayload,
  curationQueueTrigger,
  MATCH_PROPOSED,
  type MatchEventPayload,
  matchProposedTrigger,
  matchUpdatedForUser,
  matchUpdatedForWijk,
} from './matching.events.js';

interface SubscriptionContext {
  req: { principal?: Principal };
}

function userOf(context: SubscriptionContext): UserPrincipal | null {
  const principal = context.req.principal;
  return principal?.kind === 'user' ? principal : null;
}

/** The residents a match is about (both, for an offer and request). */
function partiesOf(payload: MatchEventPayload): string[] {
  return [payload.row.resident_id, payload.row.counterpart_resident_id].filter((id): id is string => !!id);
}

function toModelPage(page: Page<Match>, principal: UserPrincipal) {
  return { nodes: page.nodes.map((m) => MatchModel.from(m, { userId: principal.userId })), pageInfo: page.pageInfo };
}

@Resolver(() => MatchModel)
export class MatchResolver {
  constructor(
    private readonly responses: MatchResponseService,
    private readonly curation: CurationService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly presence: SubscriberPresence,
  ) {}

  @Query(() => MatchPage, {
    description:
      'Your matches (residents: what reached you; social workers: the curated ones of your wijken), by last change. Pass `since` to catch up after being offline.',
  })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER)
  async matches(@CurrentPrincipal() principal: UserPrincipal, @Args() args: MatchesArgs) {
    return toModelPage(await this.responses.list(principal, args), principal);
  }

  @Query(() => MatchPage, { description: 'Proposals waiting for a social worker in your wijken, oldest first.' })
  @Roles(Role.SOCIAL_WORKER)
  async curationQueue(@CurrentPrincipal() principal: UserPrincipal, @Args() args: CurationQueueArgs) {
    return toModelPage(await this.curation.queue(principal, args.filter?.wijkCode, args.first, args.after), principal);
  }

  @Query(() => MatchPage, { description: 'Follow-ups that are due: "Is het goed gegaan?" (yours, or your curated residents’).' })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER)
  async followUps(@CurrentPrincipal() principal: UserPrincipal, @Args() args: PageArgs) {
    return toModelPage(await this.responses.followUps(principal, args.first, args.after), principal);
  }

  @Mutation(() => MatchModel, { description: 'Approve or reject a proposal in the curation queue. When two social workers answer at once, the second gets CONFLICT.' })
  @Roles(Role.SOCIAL_WORKER)
  async curateMatch(@CurrentPrincipal() principal: UserPrincipal, @Args('input') input: CurateMatchInput): Promise<MatchModel> {
    return MatchModel.from(await this.curation.curate(principal, input), { userId: principal.userId });
  }

  @Mutation(() => MatchModel, { description: 'Accept or decline a proposal. Accepting an activity signs you up (or puts you on the waiting list when it is full).' })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER)
  async respondToMatch(@CurrentPrincipal() principal: UserPrincipal, @Args('input') input: RespondToMatchInput): Promise<MatchModel> {
    return MatchModel.from(await this.responses.respond(principal, input), { userId: principal.userId });
  }

  @Mutation(() => MatchModel, { description: 'Record how an accepted match went; it teaches the scorer what works.' })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER)
  async recordFollowUp(@CurrentPrincipal() principal: UserPrincipal, @Args('input') input: RecordFollowUpInput): Promise<MatchModel> {
    return MatchModel.from(await this.responses.recordFollowUp(principal, input), { userId: principal.userId });
  }

  @Subscription(() => MatchModel, {
    description: 'A new proposal for you (for curated residents: once a social worker approved it).',
    filter: (payload: { matchProposed: MatchEventPayload }, _args: unknown, context: SubscriptionContext) => {
      const user = userOf(context);
      return !!user && payload.matchProposed.row.status === MatchStatus.OFFERED && partiesOf(payload.matchProposed).includes(user.userId);
    },
    resolve: (payload: { matchProposed: MatchEventPayload }, _args: unknown, context: SubscriptionContext) =>
      MatchModel.from(matchFromRow(payload.matchProposed.row), { userId: userOf(context)?.userId ?? null }),
  })
  @Roles(Role.RESIDENT)
  matchProposed(@Context() context: SubscriptionContext) {
    const user = userOf(context)!;
    // Counted as listening, so a big rematch pushes to those who are watching first.
    return this.presence.listen(MATCH_PROPOSED, user.userId, this.pubSub.asyncIterableIterator(matchProposedTrigger(user.userId)));
  }

  @Subscription(() => MatchModel, {
    description: 'A match of yours changed: the residents it links (once it reached them) and the social workers who curate it.',
    filter: (payload: { matchUpdated: MatchEventPayload }, _args: unknown, context: SubscriptionContext) => {
      const user = userOf(context);
      const row = payload.matchUpdated.row;
      if (!user) return false;
      if (user.role === Role.SOCIAL_WORKER) return !!row.curation_wijk_code && user.wijkCodes.includes(row.curation_wijk_code);
      // Nothing reaches a curated resident before a social worker approved it.
      return row.offered_at !== null && partiesOf(payload.matchUpdated).includes(user.userId);
    },
    resolve: (payload: { matchUpdated: MatchEventPayload }, _args: unknown, context: SubscriptionContext) =>
      MatchModel.from(matchFromRow(payload.matchUpdated.row), { userId: userOf(context)?.userId ?? null }),
  })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER)
  matchUpdated(@Context() context: SubscriptionContext) {
    const user = userOf(context)!;
    const triggers = user.role === Role.SOCIAL_WORKER ? user.wijkCodes.map(matchUpdatedForWijk) : [matchUpdatedForUser(user.userId)];
    return this.pubSub.asyncIterableIterator(triggers);
  }

  @Subscription(() => CurationQueueChangedModel, {
    description: 'The curation queue of one of your wijken changed.',
    filter: (payload: { curationQueueChanged: CurationQueuePayload }, _args: unknown, context: SubscriptionContext) => {
      const user = userOf(context);
      return !!user && user.role === Role.SOCIAL_WORKER && user.wijkCodes.includes(payload.curationQueueChanged.wijkCode);
    },
    resolve: (payload: { curationQueueChanged: CurationQueuePayload }) => Object.assign(new CurationQueueChangedModel(), payload.curationQueueChanged),
  })
  @Roles(Role.SOCIAL_WORKER)
  curationQueueChanged(@Context() context: SubscriptionContext) {
    return this.pubSub.asyncIterableIterator(userOf(context)!.wijkCodes.map(curationQueueTrigger));
  }
}
