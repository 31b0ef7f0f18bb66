import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@buurtbrug/core';
import { Role } from './role.enum.js';
import type { UserAccount } from './user.entity.js';

@ObjectType('Account', { description: 'A login account and what it may do.' })
export class AccountModel {
  @Field(() => ID, { description: 'Account id.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Email address used to sign in; empty for residents registered on their behalf.' })
  email: string | null;

  @Field({ description: 'Name shown to others.' })
  displayName: string;

  @Field(() => Role, { description: 'What this account may do.' })
  role: Role;

  @Field(() => [String], { description: 'Wijk codes a social worker works for.' })
  wijkCodes: string[];

  @Field(() => String, { nullable: true, description: 'Organisation a provider is a member of.' })
  organisationId: string | null;

  static from(entity: UserAccount): AccountModel {
    return Object.assign(new AccountModel(), {
      id: entity.id,
      email: entity.email,
      displayName: entity.displayName,
      role: entity.role,
      wijkCodes: entity.wijkCodes,
      organisationId: entity.organisationId,
    });
  }
}

/** A page of accounts (the admin's search by email address). */
export const AccountPage = Paginated(AccountModel, 'AccountPage');

@ObjectType('AuthPayload', { description: 'A new session. The token is also set as an httpOnly cookie.' })
export class AuthPayloadModel {
  @Field({ description: 'Bearer token for the Authorization header (systems and mobile clients).' })
  token: string;

  @Field({ description: 'When the session ends.' })
  expiresAt: Date;

  @Field(() => AccountModel, { description: 'The signed-in account.' })
  account: AccountModel;
}
