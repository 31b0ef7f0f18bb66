import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Role, Roles, type UserPrincipal } from '@buurtbrug/auth';
import { CreateResidentOnBehalfInput } from './dto/create-resident-on-behalf.input.js';
import { UpdateResidentOnBehalfInput } from './dto/update-resident-on-behalf.input.js';
import { OnBehalfIntakeService } from './on-behalf-intake.service.js';
import { ResidentProfileModel } from './resident-profile.model.js';
import { userIdPipe } from './user-id.pipe.js';

@Resolver(() => ResidentProfileModel)
export class OnBehalfIntakeResolver {
  constructor(private readonly intake: OnBehalfIntakeService) {}

  @Mutation(() => ResidentProfileModel, {
    description: 'Register a resident who is not online, in one of your wijken, with their recorded consent. The account has no login. Audited.',
  })
  @Roles(Role.SOCIAL_WORKER)
  async createResidentOnBehalf(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('input') input: CreateResidentOnBehalfInput,
  ): Promise<ResidentProfileModel> {
    return ResidentProfileModel.from(await this.intake.create(principal, input));
  }

  @Mutation(() => ResidentProfileModel, { description: 'Change the profile of a resident registered on their behalf; only what is given changes. Audited.' })
  @Roles(Role.SOCIAL_WORKER)
  async updateResidentOnBehalf(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('userId', { type: () => ID, description: 'The resident account id.' }, userIdPipe()) userId: string,
    @Args('input') input: UpdateResidentOnBehalfInput,
  ): Promise<ResidentProfileModel> {
    return ResidentProfileModel.from(await this.intake.update(principal, userId, input));
  }

  @Mutation(() => Boolean, { description: 'Erase a resident registered on their behalf, at their request: account, profile and consents. Audited.' })
  @Roles(Role.SOCIAL_WORKER)
  async eraseResidentOnBehalf(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('userId', { type: () => ID, description: 'The resident account id.' }, userIdPipe()) userId: string,
  ): Promise<boolean> {
    await this.intake.erase(principal, userId);
    return true;
  }
}
