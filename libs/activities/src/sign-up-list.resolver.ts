import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver, Subscription } from '@nestjs/graphql';
import { actingOrganisationId, CurrentPrincipal, OrganisationAccess, type Principal, Role } from '@buurtbrug/auth';
import { PUB_SUB } from '@buurtbrug/core';
import type { PubSubEngine } from 'graphql-subscriptions';
import { ActivitySignUpsArgs } from './dto/activity-sign-ups.args.js';
import { ActivitySignUpsChangeModel, OccurrenceSignUpsModel } from './sign-up-list.model.js';
import { type ActivitySignUpsChangedPayload, activitySignUpsChangedTrigger, SignUpListService } from './sign-up-list.service.js';

interface SubscriptionContext {
  req: { principal?: Principal };
}

type ChangedEvent = { activitySignUpsChanged: ActivitySignUpsChangedPayload };

/** Whether this caller runs the organisation (its providers and API tokens) or is an admin. */
function hears(principal: Principal | undefined, organisationId: string): boolean {
  if (!principal) return false;
  if (principal.kind === 'user' && principal.role === Role.ADMIN) return true;
  return actingOrganisationId(principal) === organisationId;
}

@Resolver(() => OccurrenceSignUpsModel)
export class SignUpListResolver {
  constructor(
    private readonly lists: SignUpListService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Query(() => [OccurrenceSignUpsModel], {
    description:
      "Who comes to your organisation's activity: per date, the people with a place and on the waiting list, by first name. " +
      'Dates in [from, to), earliest first.',
  })
  @OrganisationAccess()
  async activitySignUps(@CurrentPrincipal() principal: Principal, @Args() args: ActivitySignUpsArgs): Promise<OccurrenceSignUpsModel[]> {
    const dates = await this.lists.list(principal, args.activityId, args.from, args.to);
    return dates.map((date) =>
      Object.assign(new OccurrenceSignUpsModel(), {
        ...date,
        confirmed: date.confirmed.map((p) => ({ ...p })),
        waiting: date.waiting.map((p) => ({ ...p })),
      }),
    );
  }

  @Subscription(() => ActivitySignUpsChangeModel, {
    description: "Someone signed up for, withdrew from or moved up on a date of your organisation's activity: ask activitySignUps again.",
    // The trigger is already per activity; the filter checks the audience again, so a wrong trigger can never leak.
    filter: (payload: ChangedEvent, args: { activityId: string }, context: SubscriptionContext) =>
      payload.activitySignUpsChanged.activityId === args.activityId && hears(context.req.principal, payload.activitySignUpsChanged.organisationId),
    // Through Redis the payload arrives as JSON: the date is a string again.
    resolve: (payload: ChangedEvent) =>
      Object.assign(new ActivitySignUpsChangeModel(), {
        activityId: payload.activitySignUpsChanged.activityId,
        occurrenceStart: new Date(payload.activitySignUpsChanged.occurrenceStart),
      }),
  })
  @OrganisationAccess()
  async activitySignUpsChanged(
    @CurrentPrincipal() principal: Principal,
    @Args('activityId', { type: () => ID, description: 'One of your organisation’s activities.' }) activityId: string,
  ) {
    // Refused at once for someone else's activity, instead of a subscription that never hears anything.
    const activity = await this.lists.managed(principal, activityId);
    return this.pubSub.asyncIterableIterator(activitySignUpsChangedTrigger(activity.id));
  }
}
