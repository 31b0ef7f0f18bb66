import { Field, Float, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { FREE_TEXT_MAX, MAX_LANGUAGES, MAX_TAGS, TRAVEL_RADIUS_MAX_KM, TRAVEL_RADIUS_MIN_KM } from '../resident-profile.rules.js';
import { AgeBand, ConsentMethod, ContactPreference, ResidentNeed } from '../resident-profile.enums.js';
import { AVAILABILITY_SLOTS, AvailabilitySlot } from '../weekly-availability.js';

/** Left out means "unchanged"; an explicit null is refused (for fields that cannot be empty). */
export const Omittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/**
 * The profile fields every profile input shares. All are optional: an update changes only what
 * it names; `null` clears a field that may be empty.
 */
@InputType({ isAbstract: true })
export class ProfileFieldsInput {
  @Field(() => String, { nullable: true, description: 'Wijkcode (CBS), bijvoorbeeld WK040201. Niet nodig als je een postcode geeft. / Wijk code; not needed with a postcode.' })
  @Omittable()
  @IsString()
  @Matches(/^WK\d{6}$/, { message: 'wijkCode looks like WK040201' })
  wijkCode?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Postcode (1211 of 1211 AB); alleen de 4 cijfers worden bewaard en bepalen de wijk. / Postcode; only the 4 digits are kept and give the wijk.',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\s*[1-9]\d{3}\s*([A-Za-z]{2})?\s*$/, { message: 'postcode looks like 1211 or 1211 AB' })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Buurtcode (CBS), bijvoorbeeld BU04020101. / CBS buurt code.' })
  @IsOptional()
  @IsString()
  @Matches(/^BU\d{8}$/, { message: 'buurtCode looks like BU04020101' })
  buurtCode?: string | null;

  @Field(() => AgeBand, { nullable: true, description: 'Leeftijdsgroep. / Age band.' })
  @IsOptional()
  @IsEnum(AgeBand)
  ageBand?: AgeBand | null;

  @Field(() => [String], { nullable: true, description: 'Talen (ISO-codes zoals nl, en, tr, ar). / Languages (ISO codes).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LANGUAGES)
  @IsString({ each: true })
  @Matches(/^[A-Za-z]{2,3}$/, { each: true, message: 'each language is an ISO code like nl or tr' })
  languages?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Interesses: tags uit de lijst. / Interests: tags from the taxonomy.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TAGS)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  interests?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Talenten: tags uit de lijst. / Talents: tags from the taxonomy.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TAGS)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  talents?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Wensen: tags uit de lijst. / Wishes: tags from the taxonomy.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TAGS)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  wishes?: string[] | null;

  @Field(() => String, { nullable: true, description: `Interesses in eigen woorden (max. ${FREE_TEXT_MAX} tekens). / Interests in own words.` })
  @IsOptional()
  @IsString()
  @MaxLength(FREE_TEXT_MAX)
  interestsText?: string | null;

  @Field(() => String, { nullable: true, description: `Talenten in eigen woorden (max. ${FREE_TEXT_MAX} tekens). / Talents in own words.` })
  @IsOptional()
  @IsString()
  @MaxLength(FREE_TEXT_MAX)
  talentsText?: string | null;

  @Field(() => String, { nullable: true, description: `Wensen in eigen woorden (max. ${FREE_TEXT_MAX} tekens). / Wishes in own words.` })
  @IsOptional()
  @IsString()
  @MaxLength(FREE_TEXT_MAX)
  wishesText?: string | null;

  @Field(() => [AvailabilitySlot], { nullable: true, description: 'Wanneer je meestal kunt, per dagdeel. / When you are usually free.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AVAILABILITY_SLOTS.length)
  @IsIn(AVAILABILITY_SLOTS, { each: true })
  availability?: AvailabilitySlot[] | null;

  @Field(() => Float, { nullable: true, description: `Hoe ver je wilt reizen, ${TRAVEL_RADIUS_MIN_KM} tot ${TRAVEL_RADIUS_MAX_KM} km. / Travel radius in km.` })
  @Omittable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(TRAVEL_RADIUS_MIN_KM)
  @Max(TRAVEL_RADIUS_MAX_KM)
  travelRadiusKm?: number;

  @Field(() => [ResidentNeed], { nullable: true, description: 'Wat je nodig hebt om mee te doen. / What you need to take part.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(ResidentNeed, { each: true })
  needs?: ResidentNeed[] | null;

  @Field(() => ContactPreference, { nullable: true, description: 'Hoe je bericht wilt krijgen. / How you want to be contacted.' })
  @Omittable()
  @IsEnum(ContactPreference)
  contactPreference?: ContactPreference;

  @Field(() => Boolean, { nullable: true, description: 'Voorstellen eerst via je sociaal werker. / Proposals via my social worker.' })
  @Omittable()
  @IsBoolean()
  viaSocialWorker?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Je wilt graag nieuwe mensen leren kennen. / You would like to meet new people.' })
  @Omittable()
  @IsBoolean()
  wantsNewContacts?: boolean;
}

@InputType({ description: 'Toestemmingen: true geeft, false trekt in, leeg laat zoals het is. / Consents: true gives, false withdraws, empty leaves as is.' })
export class ConsentChoicesInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Je profiel mag bewaard en gebruikt worden. Nodig bij de eerste keer opslaan. / Keep and use the profile; needed on the first save.',
  })
  @Omittable()
  @IsBoolean()
  profileProcessing?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Je wilt voorstellen krijgen. / You want match proposals.' })
  @Omittable()
  @IsBoolean()
  matching?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Je doet mee aan de korte vragenlijst. / You take part in the questionnaire.' })
  @Omittable()
  @IsBoolean()
  measurement?: boolean;
}

@InputType({ description: 'Toestemming die een sociaal werker vastlegt: hoe die is gegeven. / Consent recorded by a social worker, and how it was given.' })
export class RecordedConsentInput extends ConsentChoicesInput {
  @Field(() => ConsentMethod, { description: 'Hoe de inwoner toestemming gaf: SPOKEN of WRITTEN. / How the resident gave it: SPOKEN or WRITTEN.' })
  @IsIn([ConsentMethod.SPOKEN, ConsentMethod.WRITTEN], { message: 'method must be SPOKEN or WRITTEN when a social worker records it' })
  method: ConsentMethod;
}
