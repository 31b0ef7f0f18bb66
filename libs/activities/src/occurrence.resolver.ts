import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ActivityLoaders } from './activity.loaders.js';
import { OccurrenceModel } from './activity.model.js';

@Resolver(() => OccurrenceModel)
export class OccurrenceResolver {
  constructor(private readonly loaders: ActivityLoaders) {}

  @ResolveField(() => Int, { nullable: true, description: 'Places still free on this date; null when there is no limit.' })
  async placesLeft(@Parent() occurrence: OccurrenceModel, @Context('req') req: object): Promise<number | null> {
    if (occurrence.capacity === null) return null;
    const confirmed = await this.loaders.for(req).confirmed.load({ activityId: occurrence.activityId, start: occurrence.startsAt });
    return Math.max(0, occurrence.capacity - confirmed);
  }
}
