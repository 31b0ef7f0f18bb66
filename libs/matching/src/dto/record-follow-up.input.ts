import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

@InputType({ description: 'How it went ("Is het goed gegaan?").' })
export class FollowUpOutcomeInput {
  @Field({ description: 'It went well.' })
  @IsBoolean()
  wentWell: boolean;

  @Field({ description: 'They would like more of this.' })
  @IsBoolean()
  wantsMore: boolean;

  @Field(() => String, { nullable: true, description: 'A note, at most 1000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType({ description: 'The answer to a follow-up task.' })
export class RecordFollowUpInput {
  @Field(() => ID, { description: 'The accepted match.' })
  @IsUUID()
  matchId: string;

  @Field(() => FollowUpOutcomeInput, { description: 'How it went.' })
  @ValidateNested()
  @Type(() => FollowUpOutcomeInput)
  outcome: FollowUpOutcomeInput;
}
