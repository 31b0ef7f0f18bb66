import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { PageArgs } from '@buurtbrug/core';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { SignalStatus } from '../signal-status.enum.js';

@InputType({ description: 'Which signals to show.' })
export class SignalsFilterInput {
  @Field(() => SignalStatus, { nullable: true, description: 'Only signals with this status; all when left out.' })
  @IsOptional()
  @IsEnum(SignalStatus)
  status?: SignalStatus | null;

  @Field(() => String, { nullable: true, description: 'One of your wijken (admins: any); all of yours when left out.' })
  @IsOptional()
  @Matches(/^WK[0-9]{6}$/, { message: 'wijkCode must be a CBS wijk code like WK040201' })
  wijkCode?: string | null;
}

@ArgsType()
export class SignalsArgs extends PageArgs {
  @Field(() => SignalsFilterInput, { nullable: true, description: 'Filter.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SignalsFilterInput)
  filter?: SignalsFilterInput | null;
}
