import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@buurtbrug/auth';
import { WijkStatsArgs } from './dto/wijk-stats.args.js';
import { WijkStatsModel } from './wijk-stats.model.js';
import { WijkStatsService } from './wijk-stats.service.js';

@Resolver(() => WijkStatsModel)
export class WijkStatsResolver {
  constructor(private readonly stats: WijkStatsService) {}

  @Query(() => WijkStatsModel, { description: 'The wijk dashboard for admins: aggregates per wijk for a period; figures about fewer than 10 people show "<10".' })
  @Roles(Role.ADMIN)
  async wijkStats(@Args() args: WijkStatsArgs): Promise<WijkStatsModel> {
    return WijkStatsModel.from(await this.stats.report({ from: args.from, to: args.to, wijkCodes: args.wijkCodes }));
  }
}
