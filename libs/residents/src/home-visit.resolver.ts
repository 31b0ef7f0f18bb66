import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Role, Roles, type UserPrincipal } from '@buurtbrug/auth';
import { RecordHomeVisitInput } from './dto/record-home-visit.input.js';
import { HomeVisitModel, HomeVisitResultModel } from './home-visit.model.js';
import { HomeVisitService } from './home-visit.service.js';
import { userIdPipe } from './user-id.pipe.js';

@Resolver(() => HomeVisitModel)
export class HomeVisitResolver {
  constructor(private readonly service: HomeVisitService) {}

  @Mutation(() => HomeVisitResultModel, {
    description:
      'Record a home visit (checklist for residents of 75+) in one of your wijken: registers the resident on their behalf with their consent and keeps the answers, all or nothing. With signalId the signal becomes INTAKE_DONE. Audited.',
  })
  @Roles(Role.SOCIAL_WORKER)
  async recordHomeVisit(@CurrentPrincipal() principal: UserPrincipal, @Args('input') input: RecordHomeVisitInput): Promise<HomeVisitResultModel> {
    const { homeVisit, profile } = await this.service.record(principal, input);
    return Object.assign(new HomeVisitResultModel(), {
      homeVisit: HomeVisitModel.from(homeVisit),
      residentId: profile.userId,
      displayName: profile.account?.displayName ?? input.displayName.trim(),
    });
  }

  @Query(() => [HomeVisitModel], { description: 'A resident’s home visits, newest first: for a social worker of their wijk or an admin. Audited like opening the profile.' })
  @Roles(Role.SOCIAL_WORKER, Role.ADMIN)
  async homeVisits(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('residentId', { type: () => ID, description: 'The resident account id.' }, userIdPipe()) residentId: string,
  ): Promise<HomeVisitModel[]> {
    return (await this.service.forResident(principal, residentId)).map(HomeVisitModel.from);
  }
}
