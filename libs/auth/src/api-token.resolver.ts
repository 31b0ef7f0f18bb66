import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Roles } from './access.decorator.js';
import { ApiTokenModel, CreatedApiTokenModel } from './api-token.model.js';
import { ApiTokenService } from './api-token.service.js';
import { CreateApiTokenInput } from './dto/create-api-token.input.js';
import type { Principal } from './principal.js';
import { Role } from './role.enum.js';

@Resolver(() => ApiTokenModel)
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Query(() => [ApiTokenModel], {
    description: "Your organisation's API tokens (never their secrets). Admins name an organisation, or leave it out for every organisation's tokens (newest first, at most 1000).",
  })
  @Roles(Role.PROVIDER, Role.ADMIN)
  async apiTokens(
    @CurrentPrincipal() principal: Principal,
    @Args('organisationId', { type: () => ID, nullable: true, description: 'Organisation (admins only; leave out for all).' }) organisationId?: string,
  ): Promise<ApiTokenModel[]> {
    return (await this.tokens.list(principal, organisationId)).map(ApiTokenModel.from);
  }

  @Mutation(() => CreatedApiTokenModel, { description: "Create an API token for your organisation's systems; the secret is shown once." })
  @Roles(Role.PROVIDER, Role.ADMIN)
  async createApiToken(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateApiTokenInput): Promise<CreatedApiTokenModel> {
    const { secret, token } = await this.tokens.create(principal, input.name, input.organisationId);
    return { secret, apiToken: ApiTokenModel.from(token) };
  }

  @Mutation(() => ApiTokenModel, { description: 'Revoke an API token; it stops working at once.' })
  @Roles(Role.PROVIDER, Role.ADMIN)
  async revokeApiToken(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<ApiTokenModel> {
    return ApiTokenModel.from(await this.tokens.revoke(principal, id));
  }
}
