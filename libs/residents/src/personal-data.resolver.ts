import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Role, Roles, type UserPrincipal } from '@buurtbrug/auth';
import { PersonalDataService } from './personal-data.service.js';

@Resolver()
export class PersonalDataResolver {
  constructor(private readonly personalData: PersonalDataService) {}

  @Mutation(() => String, {
    description:
      'Alles wat Buurtbrug over je bewaart, als één JSON-document om te downloaden. / Everything Buurtbrug holds about you, as one JSON document.',
  })
  @Roles(Role.RESIDENT)
  async exportMyData(@CurrentPrincipal() principal: UserPrincipal): Promise<string> {
    return this.personalData.exportFor(principal);
  }

  @Mutation(() => Boolean, {
    description:
      'Je account en al je gegevens wissen. Dit kan niet ongedaan worden gemaakt; zet confirm op true. / Erase your account and all your data; cannot be undone.',
  })
  @Roles(Role.RESIDENT)
  async eraseMe(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('confirm', { type: () => Boolean, description: 'Moet true zijn: je weet dat alles wordt gewist. / Must be true.' }) confirm: boolean,
  ): Promise<boolean> {
    await this.personalData.eraseMe(principal, confirm);
    return true;
  }
}
