import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsDate, IsOptional, Matches } from 'class-validator';

@ArgsType()
export class WijkStatsArgs {
  @Field(() => Date, { description: 'Start of the period (inclusive).' })
  @IsDate()
  from: Date;

  @Field(() => Date, { description: 'End of the period (exclusive); at most 5 years after from.' })
  @IsDate()
  to: Date;

  @Field(() => [String], { nullable: true, description: 'Only these wijken (CBS codes); all when empty.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(/^WK[0-9]{6}$/, { each: true, message: 'a wijk code looks like WK040201' })
  wijkCodes?: string[] | null;
}
