import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

@InputType({ description: 'Which residents of your wijken to list.' })
export class ResidentsFilterInput {
  @Field(() => String, { nullable: true, description: 'Only this wijk (one you work for); all your wijken when empty.' })
  @IsOptional()
  @IsString()
  @Matches(/^WK\d{6}$/, { message: 'wijkCode looks like WK040201' })
  wijkCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the display name.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  text?: string | null;
}
