import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@buurtbrug/core';
import { IsDate, IsEnum, IsOptional } from 'class-validator';
import { MatchStatus } from '../match-status.enum.js';

@ArgsType()
export class MatchesArgs extends PageArgs {
  @Field(() => Date, { nullable: true, description: 'Only matches changed after this moment (an offline client catches up with its last updatedAt).' })
  @IsOptional()
  @IsDate()
  since?: Date | null;

  @Field(() => MatchStatus, { nullable: true, description: 'Only matches in this state.' })
  @IsOptional()
  @IsEnum(MatchStatus)
  status?: MatchStatus | null;
}
