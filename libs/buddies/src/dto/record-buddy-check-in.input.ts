import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { HowItGoes } from '../buddies.enums.js';

@InputType({ description: 'The answer to a check-in: how the contact goes.' })
export class RecordBuddyCheckInInput {
  @Field(() => ID, { description: 'The check-in.' })
  @IsUUID()
  checkInId: string;

  @Field(() => HowItGoes, { description: 'How it goes.' })
  @IsEnum(HowItGoes)
  howItGoes: HowItGoes;

  @Field(() => String, { nullable: true, description: 'A note, at most 1000 characters; only you and social work see it.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}
