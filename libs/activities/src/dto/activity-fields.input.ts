import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Accessibility, AudienceAgeBand } from '../activity.enums.js';

@InputType('ActivityLocationInput', { description: 'Where it takes place. Only the place, never a resident’s address.' })
export class ActivityLocationInput {
  @Field({ description: 'Name of the place, e.g. "Buurthuis De Geus".' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @Field(() => String, { nullable: true, description: 'Street and number, postcode and town, on one line.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  addressLine?: string | null;

  @Field(() => Float, { nullable: true, description: 'Latitude (WGS84); give it together with longitude.' })
  @IsOptional()
  @IsLatitude({ message: 'latitude must be between -90 and 90' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude (WGS84); give it together with latitude.' })
  @IsOptional()
  @IsLongitude({ message: 'longitude must be between -180 and 180' })
  longitude?: number | null;
}

@InputType('ActivityScheduleInput', {
  description:
    'When it takes place (Dutch local time). One-off: startsAt and endsAt. Recurring: startsAt (the first date), ' +
    'an RRULE such as "FREQ=WEEKLY;BYDAY=TU", durationMinutes and optionally until.',
})
export class ActivityScheduleInput {
  @Field({ description: 'Start (one-off) or first start (recurring).' })
  @Type(() => Date)
  @IsDate({ message: 'startsAt must be a date' })
  startsAt: Date;

  @Field(() => Date, { nullable: true, description: 'End of a one-off activity.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'endsAt must be a date' })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'iCalendar RRULE without DTSTART/UNTIL, e.g. "FREQ=WEEKLY;BYDAY=TU".' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  rrule?: string | null;

  @Field(() => Int, { nullable: true, description: 'How long each occurrence lasts, in minutes (recurring only, 5–1440).' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(1440)
  durationMinutes?: number | null;

  @Field(() => Date, { nullable: true, description: 'No occurrences start after this moment (recurring only).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'until must be a date' })
  until?: Date | null;
}

/** The content of an activity, shared by create, update and the provider API's items. */
@InputType({ isAbstract: true })
export class ActivityFieldsInput {
  @Field({ description: 'Short title, e.g. "Koffieochtend in De Geus".' })
  @IsString()
  @MinLength(2)
  @MaxLength(150)
  title: string;

  @Field(() => String, { nullable: true, description: 'What happens, in plain text (no HTML). Write in B1 Dutch.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Tags from the shared taxonomy (slugs or labels).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  tags?: string[] | null;

  @Field({ description: 'Code of the wijk where it takes place, e.g. WK040201.' })
  @Matches(/^WK\d{6}$/, { message: 'wijkCode looks like WK040201' })
  wijkCode: string;

  @Field(() => ActivityLocationInput, { description: 'The place.' })
  @ValidateNested()
  @Type(() => ActivityLocationInput)
  location: ActivityLocationInput;

  @Field(() => ActivityScheduleInput, { description: 'When it takes place.' })
  @ValidateNested()
  @Type(() => ActivityScheduleInput)
  schedule: ActivityScheduleInput;

  @Field(() => Int, { nullable: true, description: 'Places per occurrence (at least 1); leave out or null for no limit.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Cost in euro cents; 0 (the default) is free.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  costCents?: number | null;

  @Field(() => [AudienceAgeBand], { nullable: true, description: 'Who it is for; default [ALL].' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsEnum(AudienceAgeBand, { each: true })
  audience?: AudienceAgeBand[] | null;

  @Field(() => [String], { nullable: true, description: 'Languages spoken, as ISO 639-1 codes; default ["nl"].' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'each language is a two-letter code like "nl"' })
  languages?: string[] | null;

  @Field(() => [Accessibility], { nullable: true, description: 'What makes it accessible; default none.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(Accessibility, { each: true })
  accessibility?: Accessibility[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Walk in without signing up (inloop); default false.' })
  @IsOptional()
  @IsBoolean()
  walkIn?: boolean | null;
}
