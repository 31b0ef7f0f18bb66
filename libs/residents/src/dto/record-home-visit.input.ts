import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ContactFrequency, LivingSituation, Mobility } from '../home-visit.enums.js';
import { FREE_TEXT_MAX, MAX_LANGUAGES, MAX_TAGS } from '../resident-profile.rules.js';
import { AgeBand } from '../resident-profile.enums.js';
import { AVAILABILITY_SLOTS, AvailabilitySlot } from '../weekly-availability.js';
import { RecordedConsentInput } from './profile-fields.input.js';

@InputType({
  description:
    'De antwoorden van de huisbezoek-checklist (75+). Maakt het profiel aan namens de inwoner, met toestemming. / The home-visit checklist (75+); creates the on-behalf profile with consent.',
})
export class RecordHomeVisitInput {
  @Field({ description: 'Naam die anderen zien (voornaam is genoeg). / Name shown to others.' })
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(60)
  displayName: string;

  @Field(() => String, { nullable: true, description: 'Wijkcode (CBS); niet nodig met een postcode. / Wijk code; not needed with a postcode.' })
  @IsOptional()
  @IsString()
  @Matches(/^WK\d{6}$/, { message: 'wijkCode looks like WK040201' })
  wijkCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Postcode (1211 of 1211 AB). / Postcode.' })
  @IsOptional()
  @IsString()
  @Matches(/^\s*[1-9]\d{3}\s*([A-Za-z]{2})?\s*$/, { message: 'postcode looks like 1211 or 1211 AB' })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Dag van het bezoek (JJJJ-MM-DD); vandaag als leeg. / Day of the visit; today when empty.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'visitedOn is a date like 2026-11-25' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'visitedOn is a date like 2026-11-25' })
  visitedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Het signaal waar het bezoek op volgt. / The signal this visit follows up.' })
  @IsOptional()
  @IsUUID('all', { message: 'signalId must be a signal id' })
  signalId?: string | null;

  @Field(() => AgeBand, { nullable: true, description: 'Leeftijdsgroep; 75+ als leeg. / Age band; 75+ when empty.' })
  @IsOptional()
  @IsEnum(AgeBand)
  ageBand?: AgeBand | null;

  @Field(() => LivingSituation, { description: 'Hoe woont u? / Who do you live with?' })
  @IsEnum(LivingSituation, { message: 'choose how the resident lives' })
  livingSituation: LivingSituation;

  @Field(() => ContactFrequency, { description: 'Hoe vaak ziet of spreekt u andere mensen? / How often do you see or speak to people?' })
  @IsEnum(ContactFrequency, { message: 'choose how often the resident sees people' })
  contactFrequency: ContactFrequency;

  @Field(() => String, { nullable: true, description: 'Over contacten (max. 500 tekens). / About contacts.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  contactsNote?: string | null;

  @Field(() => [String], { nullable: true, description: 'Interesses: tags uit de lijst. / Interests: tags.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TAGS)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  interests?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Interesses in eigen woorden. / Interests in own words.' })
  @IsOptional()
  @IsString()
  @MaxLength(FREE_TEXT_MAX)
  interestsText?: string | null;

  @Field(() => [String], { nullable: true, description: 'Wat zou u graag willen: tags. / What they would like: tags.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TAGS)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  wishes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Wat zou u graag willen, in eigen woorden. / What they would like, in own words.' })
  @IsOptional()
  @IsString()
  @MaxLength(FREE_TEXT_MAX)
  wishesText?: string | null;

  @Field({ description: 'Wil graag nieuwe mensen leren kennen. / Would like to meet new people.' })
  @IsBoolean()
  wantsNewContacts: boolean;

  @Field(() => Mobility, { description: 'Hoe verplaatst u zich? / How do you get around?' })
  @IsEnum(Mobility, { message: 'choose how the resident gets around' })
  mobility: Mobility;

  @Field(() => String, { nullable: true, description: 'Over vervoer en bewegen (max. 500 tekens). / About getting around.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  mobilityNote?: string | null;

  @Field(() => [String], { nullable: true, description: 'Talen (ISO-codes zoals nl, tr). / Languages (ISO codes).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LANGUAGES)
  @IsString({ each: true })
  @Matches(/^[A-Za-z]{2,3}$/, { each: true, message: 'each language is an ISO code like nl or tr' })
  languages?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Over taal (bijvoorbeeld tolk nodig). / About language.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  languageNote?: string | null;

  @Field(() => [AvailabilitySlot], { nullable: true, description: 'Wanneer iemand meestal kan. / When they are usually free.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AVAILABILITY_SLOTS.length)
  @IsIn(AVAILABILITY_SLOTS, { each: true })
  availability?: AvailabilitySlot[] | null;

  @Field(() => String, { nullable: true, description: 'Andere aantekeningen (max. 1000 tekens). / Other notes.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  notes?: string | null;

  @Field(() => RecordedConsentInput, { description: 'De toestemming van de inwoner; profileProcessing moet true zijn. / The resident’s consent.' })
  @IsObject()
  @ValidateNested()
  @Type(() => RecordedConsentInput)
  consent: RecordedConsentInput;
}
