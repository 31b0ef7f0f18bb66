import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ActivityFieldsInput } from './activity-fields.input.js';

@InputType({ description: 'A new activity; it starts as a draft until you publish it.' })
export class CreateActivityInput extends ActivityFieldsInput {
  @Field(() => ID, { nullable: true, description: 'Organisation (admins only; providers and tokens use their own).' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: "Your own system's id for it (unique within your organisation)." })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  externalId?: string | null;
}
