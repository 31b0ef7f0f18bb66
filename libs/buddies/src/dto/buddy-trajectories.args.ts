import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@buurtbrug/core';
import { IsEnum, IsOptional } from 'class-validator';
import { BuddyTrajectoryStatus } from '../buddies.enums.js';

@ArgsType()
export class BuddyTrajectoriesArgs extends PageArgs {
  @Field(() => BuddyTrajectoryStatus, { nullable: true, description: 'Only trajectories in this state.' })
  @IsOptional()
  @IsEnum(BuddyTrajectoryStatus)
  status?: BuddyTrajectoryStatus | null;
}
