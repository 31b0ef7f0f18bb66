import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PersonAware } from '../signal-status.enum.js';

export const HOW_TO_REACH_MAX = 200;
export const CONCERN_MAX = 1000;
export const REPORTER_CONTACT_MAX = 200;

@InputType({
  description:
    'Een zorg melden over iemand die misschien alleen is. Geef een wijk of een postcode. / Report a concern about someone who may be isolated. Give a wijk or a postcode.',
})
export class FileSignalInput {
  @Field(() => String, { nullable: true, description: 'De wijk waar de persoon woont (CBS-code). / The wijk the person lives in.' })
  @ValidateIf((input: FileSignalInput) => !input.postcode || input.wijkCode != null)
  @Matches(/^WK\d{6}$/, { message: 'choose a wijk (a code like WK040201) or give a postcode' })
  wijkCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Of de postcode (1211 of 1211 AB); alleen de 4 cijfers worden gebruikt. / Or the postcode; only the 4 digits are used.' })
  @IsOptional()
  @IsString()
  @Matches(/^\s*[1-9]\d{3}\s*([A-Za-z]{2})?\s*$/, { message: 'postcode looks like 1211 or 1211 AB' })
  postcode?: string | null;

  @Field({ description: `Hoe de sociaal werker de persoon kan bereiken, kort (max. ${HOW_TO_REACH_MAX} tekens). / How to reach the person, briefly.` })
  @IsString()
  @MinLength(1, { message: 'say how the person can be reached' })
  @MaxLength(HOW_TO_REACH_MAX)
  howToReach: string;

  @Field({ description: `Wat je is opgevallen (max. ${CONCERN_MAX} tekens). / What you noticed.` })
  @IsString()
  @MinLength(1, { message: 'say what you noticed' })
  @MaxLength(CONCERN_MAX)
  concern: string;

  @Field(() => PersonAware, { description: 'Weet de persoon dat je dit meldt? / Does the person know you report this?' })
  @IsEnum(PersonAware, { message: 'personAware is YES, NO or UNSURE' })
  personAware: PersonAware;

  @Field(() => String, { nullable: true, description: 'Hoe wij jou kunnen bereiken met een vraag (niet verplicht). / How we can reach you with a question (optional).' })
  @IsOptional()
  @IsString()
  @MaxLength(REPORTER_CONTACT_MAX)
  reporterContact?: string | null;
}
