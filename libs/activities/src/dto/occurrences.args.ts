import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { MAX_OCCURRENCES } from '../activity-schedule.js';

@ArgsType()
export class OccurrencesArgs {
  @Field(() => Date, { nullable: true, description: 'Window start; default now.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Window end; default 31 days after from; at most 92 days after from.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;

  @Field(() => String, { nullable: true, description: 'Only in this wijk.' })
  @IsOptional()
  @Matches(/^WK\d{6}$/, { message: 'wijkCode looks like WK040201' })
  wijkCode?: string;

  @Field(() => ID, { nullable: true, description: 'Only of this organisation.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => Int, { defaultValue: 200, description: `At most this many occurrences (1–${MAX_OCCURRENCES}), earliest first.` })
  @IsInt()
  @Min(1)
  @Max(MAX_OCCURRENCES)
  first = 200;
}
