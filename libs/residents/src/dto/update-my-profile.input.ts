import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsObject, IsString, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { ConsentChoicesInput, ProfileFieldsInput } from './profile-fields.input.js';

@InputType({
  description:
    'Je profiel maken of aanpassen. Alleen wat je invult verandert. De eerste keer: kies je wijk (of geef je postcode) en geef toestemming (consents.profileProcessing). / Create or change your profile; only what you fill in changes.',
})
export class UpdateMyProfileInput extends ProfileFieldsInput {
  @Field(() => String, { nullable: true, description: 'Naam die anderen zien (voornaam is genoeg). / Name shown to others.' })
  @ValidateIf((_object: object, value: unknown) => value !== undefined)
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(60)
  displayName?: string;

  @Field(() => ConsentChoicesInput, { nullable: true, description: 'Toestemmingen geven of intrekken. / Give or withdraw consents.' })
  @ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => ConsentChoicesInput)
  consents?: ConsentChoicesInput | null;
}
