import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Role, Roles, type UserPrincipal } from '@buurtbrug/auth';
import { PageArgs, Paginated } from '@buurtbrug/core';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ResidentsFilterInput } from './dto/residents-filter.input.js';
import { ResidentDirectoryService } from './resident-directory.service.js';
import { ResidentProfileModel, ResidentSummaryModel } from './resident-profile.model.js';
import { userIdPipe } from './user-id.pipe.js';

const ResidentSummaryPage = Paginated(ResidentSummaryModel, 'ResidentSummaryPage');
type ResidentSummaryPage = InstanceType<typeof ResidentSummaryPage>;

@ArgsType()
class ResidentsArgs extends PageArgs {
  @Field(() => ResidentsFilterInput, { nullable: true, description: 'Which residents; all of your wijken when empty.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResidentsFilterInput)
  filter?: ResidentsFilterInput | null;
}

@Resolver(() => ResidentSummaryModel)
export class ResidentDirectoryResolver {
  constructor(private readonly directory: ResidentDirectoryService) {}

  @Query(() => ResidentSummaryPage, { description: 'Residents of the wijken you work for, by name (social workers). Open a profile with `resident`.' })
  @Roles(Role.SOCIAL_WORKER)
  async residents(@CurrentPrincipal() principal: UserPrincipal, @Args() args: ResidentsArgs): Promise<ResidentSummaryPage> {
    const page = await this.directory.list(principal, args.filter ?? {}, args.first, args.after);
    return { nodes: page.nodes.map(ResidentSummaryModel.from), pageInfo: page.pageInfo };
  }

  @Query(() => ResidentProfileModel, { description: "A resident's full profile, for a social worker of the resident's wijk or an admin. Every opening is audited." })
  @Roles(Role.SOCIAL_WORKER, Role.ADMIN)
  async resident(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('userId', { type: () => ID, description: 'The resident account id.' }, userIdPipe()) userId: string,
  ): Promise<ResidentProfileModel> {
    return ResidentProfileModel.from(await this.directory.open(principal, userId));
  }
}
