import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsObject, IsString, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { ProfileFieldsInput, RecordedConsentInput } from './profile-fields.input.js';

@InputType({ description: 'Het profiel aanpassen van een inwoner die je hebt aangemeld; alleen wat je invult verandert. / Change an on-behalf resident’s profile.' })
export class UpdateResidentOnBehalfInput extends ProfileFieldsInput {
  @Field(() => String, { nullable: true, description: 'Naam die anderen zien. / Name shown to others.' })
  @ValidateIf((_object: object, value: unknown) => value !== undefined)
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(60)
  displayName?: string;

  @Field(() => RecordedConsentInput, { nullable: true, description: 'Toestemmingen die de inwoner geeft of intrekt, en hoe. / Consents given or withdrawn, and how.' })
  @ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => RecordedConsentInput)
  consent?: RecordedConsentInput | null;
}
