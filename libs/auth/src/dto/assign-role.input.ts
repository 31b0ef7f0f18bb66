import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { Role } from '../role.enum.js';

@InputType({ description: 'Give an account a role (admins only).' })
export class AssignRoleInput {
  @Field(() => ID, { description: 'The account.' })
  @IsUUID()
  userId: string;

  @Field(() => Role, { description: 'The new role.' })
  @IsEnum(Role)
  role: Role;

  @Field(() => [String], { nullable: true, description: 'Wijk codes, for a social worker.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(/^WK\d{6}$/, { each: true, message: 'each wijk code looks like WK040201' })
  wijkCodes?: string[];

  @Field(() => ID, { nullable: true, description: 'Organisation, for a provider.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
