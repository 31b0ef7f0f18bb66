import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_CHECK_IN_WEEKS, MAX_CHECK_IN_WEEKS, MIN_CHECK_IN_WEEKS } from '../check-in-schedule.js';

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Link a volunteer (maatje) and a resident of your wijk for a period.' })
export class StartBuddyTrajectoryInput {
  @Field(() => ID, { description: 'The volunteer: a resident with their own account who gives their time.' })
  @IsUUID()
  volunteerId: string;

  @Field(() => ID, { description: 'The resident who gets a maatje (may be registered on their behalf).' })
  @IsUUID()
  residentId: string;

  @Field({ description: 'First day, as YYYY-MM-DD.' })
  @Matches(CALENDAR_DAY, { message: 'use YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'Planned last day, as YYYY-MM-DD; at least one check-in interval after the start, at most two years.' })
  @Matches(CALENDAR_DAY, { message: 'use YYYY-MM-DD' })
  plannedEndOn: string;

  @Field(() => String, { nullable: true, description: 'What the two want to reach together, at most 1000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  goal?: string | null;

  @Field(() => Int, { defaultValue: DEFAULT_CHECK_IN_WEEKS, description: `Weeks between check-ins (${MIN_CHECK_IN_WEEKS}–${MAX_CHECK_IN_WEEKS}).` })
  @IsInt()
  @Min(MIN_CHECK_IN_WEEKS)
  @Max(MAX_CHECK_IN_WEEKS)
  checkInEveryWeeks: number = DEFAULT_CHECK_IN_WEEKS;

  @Field(() => String, { nullable: true, description: 'Contact details the resident agreed to share with the volunteer (e.g. a phone number); nothing else of theirs is shown.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  residentContact?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact details the volunteer agreed to share with the resident.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  volunteerContact?: string | null;
}
