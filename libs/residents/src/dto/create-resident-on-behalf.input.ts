import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsObject, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ProfileFieldsInput, RecordedConsentInput } from './profile-fields.input.js';

@InputType({
  description:
    'Een inwoner aanmelden die zelf niet online is, met diens toestemming. Het account krijgt geen login. / Register a resident who is not online, with their consent; the account has no login.',
})
export class CreateResidentOnBehalfInput extends ProfileFieldsInput {
  @Field({ description: 'Naam die anderen zien (voornaam is genoeg). / Name shown to others.' })
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(60)
  displayName: string;

  @Field(() => RecordedConsentInput, {
    description: 'De toestemming van de inwoner en hoe die is gegeven; profileProcessing moet true zijn. / The resident’s consent and how it was given.',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => RecordedConsentInput)
  consent: RecordedConsentInput;
}
