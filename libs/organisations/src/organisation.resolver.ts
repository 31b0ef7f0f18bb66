import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, OrganisationAccess, type Principal, Public, Role, Roles, SignedIn, type UserPrincipal } from '@buurtbrug/auth';
import { type Page, PageArgs } from '@buurtbrug/core';
import { CreateOrganisationInput } from './dto/create-organisation.input.js';
import { OrganisationFilterInput } from './dto/organisation-filter.input.js';
import { UpdateOrganisationInput } from './dto/update-organisation.input.js';
import { OrganisationModel, OrganisationPage } from './organisation.model.js';
import { OrganisationsService } from './organisation.service.js';

@Resolver(() => OrganisationModel)
export class OrganisationResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Query(() => OrganisationPage, {
    description: 'The sociale kaart: approved organisations (members also see their own pending one; admins see all), by name.',
  })
  @Public()
  async organisations(
    @CurrentPrincipal() principal: Principal | undefined,
    @Args() page: PageArgs,
    @Args('filter', { type: () => OrganisationFilterInput, nullable: true }) filter?: OrganisationFilterInput,
  ): Promise<Page<OrganisationModel>> {
    const result = await this.service.list(principal, filter ?? {}, page);
    return { ...result, nodes: result.nodes.map(OrganisationModel.from) };
  }

  @Query(() => OrganisationModel, { description: 'One organisation (NOT_FOUND when it does not exist or is not yet approved).' })
  @Public()
  async organisation(
    @CurrentPrincipal() principal: Principal | undefined,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OrganisationModel> {
    return OrganisationModel.from(await this.service.get(principal, id));
  }

  @Mutation(() => OrganisationModel, {
    description: 'Add an organisation to the sociale kaart. You become its provider; an admin approves it before the public sees it.',
  })
  @SignedIn()
  async createOrganisation(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<OrganisationModel> {
    return OrganisationModel.from(await this.service.create(principal, input));
  }

  @Mutation(() => OrganisationModel, { description: 'Approve an organisation for the public sociale kaart (admins; approving twice is harmless).' })
  @Roles(Role.ADMIN)
  async approveOrganisation(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OrganisationModel> {
    return OrganisationModel.from(await this.service.approve(principal, id));
  }

  @Mutation(() => OrganisationModel, { description: "Change your organisation's details (its providers, its API token, or an admin)." })
  @OrganisationAccess()
  async updateOrganisation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<OrganisationModel> {
    return OrganisationModel.from(await this.service.update(principal, input));
  }
}
