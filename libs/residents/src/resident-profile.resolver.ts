import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Role, Roles, type UserPrincipal } from '@buurtbrug/auth';
import { UpdateMyProfileInput } from './dto/update-my-profile.input.js';
import { ResidentProfileModel } from './resident-profile.model.js';
import { ResidentProfileService } from './resident-profile.service.js';

@Resolver(() => ResidentProfileModel)
export class ResidentProfileResolver {
  constructor(private readonly profiles: ResidentProfileService) {}

  @Query(() => ResidentProfileModel, { nullable: true, description: 'Je eigen profiel, of leeg als je er nog geen hebt. / Your own profile, or null when you have none yet.' })
  @Roles(Role.RESIDENT)
  async myProfile(@CurrentPrincipal() principal: UserPrincipal): Promise<ResidentProfileModel | null> {
    const profile = await this.profiles.myProfile(principal);
    return profile ? ResidentProfileModel.from(profile) : null;
  }

  @Mutation(() => ResidentProfileModel, {
    description:
      'Je profiel maken of aanpassen; alleen wat je invult verandert. De eerste keer is toestemming nodig. / Create or change your profile; the first save needs consent.',
  })
  @Roles(Role.RESIDENT)
  async updateMyProfile(@CurrentPrincipal() principal: UserPrincipal, @Args('input') input: UpdateMyProfileInput): Promise<ResidentProfileModel> {
    return ResidentProfileModel.from(await this.profiles.updateMyProfile(principal, input));
  }
}
