import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ActivityStatus } from '../activity.enums.js';

@InputType({ description: 'Narrow the activities down; all given conditions apply.' })
export class ActivityFilterInput {
  @Field(() => String, { nullable: true, description: 'Only in this wijk.' })
  @IsOptional()
  @Matches(/^WK\d{6}$/, { message: 'wijkCode looks like WK040201' })
  wijkCode?: string;

  @Field(() => [String], { nullable: true, description: 'Only activities with at least one of these tags.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  tags?: string[];

  @Field(() => Date, { nullable: true, description: 'Only activities that still run at or after this moment.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only activities that start before this moment.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;

  @Field(() => ID, { nullable: true, description: 'Only of this organisation.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only free ones; false: only paid ones.' })
  @IsOptional()
  @IsBoolean()
  free?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'true: only walk-in (inloop) ones; false: only with sign-up.' })
  @IsOptional()
  @IsBoolean()
  walkIn?: boolean;

  @Field(() => ActivityStatus, { nullable: true, description: 'Only this status (the public only ever sees published ones).' })
  @IsOptional()
  @IsEnum(ActivityStatus)
  status?: ActivityStatus;
}
