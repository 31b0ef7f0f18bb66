import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { OrganisationKind, OrganisationStatus } from '../organisation-kind.enum.js';

@InputType({ description: 'Narrow the sociale kaart down.' })
export class OrganisationFilterInput {
  @Field(() => String, { nullable: true, description: 'Only organisations serving this wijk.' })
  @IsOptional()
  @Matches(/^WK\d{6}$/, { message: 'wijkCode looks like WK040201' })
  wijkCode?: string;

  @Field(() => OrganisationKind, { nullable: true, description: 'Only this kind.' })
  @IsOptional()
  @IsEnum(OrganisationKind)
  kind?: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Words in the name or description.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  text?: string;

  @Field(() => OrganisationStatus, { nullable: true, description: 'Only this status (the public only ever sees approved ones).' })
  @IsOptional()
  @IsEnum(OrganisationStatus)
  status?: OrganisationStatus;
}
