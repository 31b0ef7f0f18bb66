import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, OrganisationAccess, type Principal, Public } from '@buurtbrug/auth';
import { type Page, PageArgs } from '@buurtbrug/core';
import { OrganisationModel } from '@buurtbrug/organisations';
import type { GraphQLResolveInfo } from 'graphql';
import { ActivityLoaders } from './activity.loaders.js';
import { activityPageProjection } from './activity-projection.js';
import { ActivityModel, ActivityPage, OccurrenceModel, WijkSummaryModel } from './activity.model.js';
import { ActivitiesService } from './activity.service.js';
import { ActivityUpsertService } from './activity-upsert.service.js';
import { ActivityFilterInput } from './dto/activity-filter.input.js';
import { ActivityItemInput } from './dto/activity-item.input.js';
import { CreateActivityInput } from './dto/create-activity.input.js';
import { OccurrencesArgs } from './dto/occurrences.args.js';
import { UpdateActivityInput } from './dto/update-activity.input.js';
import { UpsertActivitiesResultModel } from './upsert-activities.model.js';

@Resolver(() => ActivityModel)
export class ActivityResolver {
  constructor(
    private readonly service: ActivitiesService,
    private readonly upserts: ActivityUpsertService,
    private readonly loaders: ActivityLoaders,
  ) {}

  @Query(() => ActivityPage, {
    description: 'Activities by first date. The public sees published ones; providers also their own drafts; admins all.',
  })
  @Public()
  async activities(
    @CurrentPrincipal() principal: Principal | undefined,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ActivityFilterInput, nullable: true }) filter?: ActivityFilterInput,
  ): Promise<Page<ActivityModel>> {
    const projection = activityPageProjection(info);
    const { nodes, pageInfo, organisations, wijken } = await this.service.list(principal, filter ?? {}, page, projection);
    // The page brought its organisations and wijken along: the field resolvers below need no query.
    return {
      pageInfo,
      nodes: nodes.map((activity) =>
        Object.assign(ActivityModel.from(activity), {
          loaded: { organisation: organisations.get(activity.organisationId) ?? null, wijk: wijken.get(activity.wijkCode) ?? null },
        }),
      ),
    };
  }

  @Query(() => ActivityModel, { description: 'One activity (drafts only for their organisation).' })
  @Public()
  async activity(@CurrentPrincipal() principal: Principal | undefined, @Args('id', { type: () => ID }) id: string): Promise<ActivityModel> {
    return ActivityModel.from(await this.service.get(principal, id));
  }

  @Query(() => [OccurrenceModel], {
    description: 'The wijkagenda: dates of published activities starting in [from, to), earliest first. Recurring activities give one entry per date.',
  })
  @Public()
  async occurrences(@Args() args: OccurrencesArgs): Promise<OccurrenceModel[]> {
    return (await this.service.occurrences(args)).map((o) =>
      Object.assign(new OccurrenceModel(), {
        activityId: o.activity.id,
        startsAt: o.start,
        endsAt: o.end,
        activity: ActivityModel.from(o.activity),
        capacity: o.activity.capacity,
      }),
    );
  }

  @Mutation(() => ActivityModel, { description: 'Add an activity for your organisation. It starts as a draft.' })
  @OrganisationAccess()
  async createActivity(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateActivityInput): Promise<ActivityModel> {
    return ActivityModel.from(await this.service.create(principal, input));
  }

  @Mutation(() => ActivityModel, { description: "Change one of your organisation's activities." })
  @OrganisationAccess()
  async updateActivity(@CurrentPrincipal() principal: Principal, @Args('input') input: UpdateActivityInput): Promise<ActivityModel> {
    return ActivityModel.from(await this.service.update(principal, input));
  }

  @Mutation(() => ActivityModel, { description: 'Publish a draft so everyone can find it (your organisation must be approved).' })
  @OrganisationAccess()
  async publishActivity(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<ActivityModel> {
    return ActivityModel.from(await this.service.publish(principal, id));
  }

  @Mutation(() => ActivityModel, { description: 'Cancel an activity for good; everyone signed up for a coming date is told.' })
  @OrganisationAccess()
  async cancelActivity(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true, description: 'Why, in a sentence (shown to those signed up).' })
    reason?: string,
  ): Promise<ActivityModel> {
    return ActivityModel.from(await this.service.cancel(principal, id, reason));
  }

  @Mutation(() => UpsertActivitiesResultModel, {
    description:
      'Provider API: create or update up to 500 activities keyed by externalId. Each item is checked and stored on its own; ' +
      'refused items come back in errors. Sending the same items again changes nothing.',
  })
  @OrganisationAccess()
  async upsertActivities(
    @CurrentPrincipal() principal: Principal,
    @Args('items', { type: () => [ActivityItemInput], description: 'The activities (at most 500).' }) items: ActivityItemInput[],
    @Args('organisationId', { type: () => ID, nullable: true, description: 'Organisation (admins only).' }) organisationId?: string,
  ): Promise<UpsertActivitiesResultModel> {
    return this.upserts.upsert(principal, items, organisationId);
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The organisation that runs it.' })
  async organisation(@Parent() activity: ActivityModel, @Context('req') req: object): Promise<OrganisationModel | null> {
    const organisation = activity.loaded ? activity.loaded.organisation : await this.loaders.for(req).organisation.load(activity.organisationId);
    return organisation ? OrganisationModel.from(organisation) : null;
  }

  @ResolveField(() => WijkSummaryModel, { nullable: true, description: 'The wijk where it takes place.' })
  async wijk(@Parent() activity: ActivityModel, @Context('req') req: object): Promise<WijkSummaryModel | null> {
    const wijk = activity.loaded ? activity.loaded.wijk : await this.loaders.for(req).wijk.load(activity.wijkCode);
    return wijk ? WijkSummaryModel.from(wijk) : null;
  }
}
