import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class ActivitySignUpsArgs {
  @Field(() => ID, { description: 'One of your organisation’s activities.' })
  @IsUUID('all', { message: 'activityId must be an activity id' })
  activityId: string;

  @Field(() => Date, { nullable: true, description: 'Dates from this moment; default now.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Dates before this moment; default 60 days after from; at most 92 days after from.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}
