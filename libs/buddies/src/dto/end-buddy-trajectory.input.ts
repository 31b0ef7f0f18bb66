import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { BuddyOutcome } from '../buddies.enums.js';

@InputType({ description: 'End an active buddy trajectory with its outcome.' })
export class EndBuddyTrajectoryInput {
  @Field(() => ID, { description: 'The trajectory.' })
  @IsUUID()
  id: string;

  @Field(() => BuddyOutcome, { description: 'How it ended.' })
  @IsEnum(BuddyOutcome)
  outcome: BuddyOutcome;

  @Field(() => String, { nullable: true, description: 'A note for social work, at most 1000 characters (the two people do not see it).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}
