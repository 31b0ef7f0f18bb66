import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { PageArgs } from '@buurtbrug/core';
import { Type } from 'class-transformer';
import { IsOptional, Matches, ValidateNested } from 'class-validator';

@InputType({ description: 'Which part of the curation queue to show.' })
export class CurationQueueFilterInput {
  @Field(() => String, { nullable: true, description: 'One of your wijken; all of them when left out.' })
  @IsOptional()
  @Matches(/^WK[0-9]{6}$/, { message: 'wijkCode must be a CBS wijk code like WK040201' })
  wijkCode?: string | null;
}

@ArgsType()
export class CurationQueueArgs extends PageArgs {
  @Field(() => CurationQueueFilterInput, { nullable: true, description: 'Filter.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CurationQueueFilterInput)
  filter?: CurationQueueFilterInput | null;
}
