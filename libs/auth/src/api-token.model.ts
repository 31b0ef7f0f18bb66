import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ApiToken } from './api-token.entity.js';

@ObjectType('ApiToken', { description: "An organisation's token for its own systems. The secret is never shown again." })
export class ApiTokenModel {
  @Field(() => ID, { description: 'Token id (use it to revoke).' })
  id: string;

  @Field({ description: 'What the token is for.' })
  name: string;

  @Field({ description: 'The first characters of the secret, to recognise it.' })
  prefix: string;

  @Field(() => ID, { description: 'The organisation the token acts for.' })
  organisationId: string;

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last used.' })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; a revoked token no longer works.' })
  revokedAt: Date | null;

  static from(entity: ApiToken): ApiTokenModel {
    return Object.assign(new ApiTokenModel(), {
      id: entity.id,
      name: entity.name,
      prefix: entity.tokenPrefix,
      organisationId: entity.organisationId,
      createdAt: entity.createdAt,
      lastUsedAt: entity.lastUsedAt,
      revokedAt: entity.revokedAt,
    });
  }
}

@ObjectType('CreatedApiToken', { description: 'A new API token with its secret, shown only this once.' })
export class CreatedApiTokenModel {
  @Field({ description: 'The secret: send it as `Authorization: Bearer <secret>`. Store it now; it is not shown again.' })
  secret: string;

  @Field(() => ApiTokenModel, { description: 'The stored token.' })
  apiToken: ApiTokenModel;
}
