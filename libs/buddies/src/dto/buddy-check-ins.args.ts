import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '@buurtbrug/core';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class BuddyCheckInsArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Only open check-ins that are due now (the to-do list), of active trajectories.' })
  @IsBoolean()
  due: boolean = false;

  @Field(() => ID, { nullable: true, description: 'Only the check-ins of this trajectory.' })
  @IsOptional()
  @IsUUID()
  trajectoryId?: string | null;
}
