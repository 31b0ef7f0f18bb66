import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'A new API token for an organisation.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Agenda-koppeling".' })
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name: string;

  @Field(() => ID, { nullable: true, description: 'Organisation (admins only; providers get their own).' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
