import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEmail, IsEnum, IsOptional, IsString, IsUrl, Matches, MaxLength, MinLength } from 'class-validator';
import { OrganisationKind } from '../organisation-kind.enum.js';

export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,19}$/;

@InputType({ description: 'A new organisation for the sociale kaart. It stays pending until an admin approves it.' })
export class CreateOrganisationInput {
  @Field({ description: 'Name, e.g. "Buurthuis De Geus".' })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name: string;

  @Field(() => OrganisationKind, { description: 'What sort of organisation it is.' })
  @IsEnum(OrganisationKind)
  kind: OrganisationKind;

  @Field(() => [String], { description: 'Codes of the wijken it serves, e.g. ["WK040201"].' })
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(/^WK\d{6}$/, { each: true, message: 'each wijk code looks like WK040201' })
  wijkCodes: string[];

  @Field({ defaultValue: '', description: 'What the organisation does, in plain text (no HTML).' })
  @IsString()
  @MaxLength(2000)
  description: string = '';

  @Field(() => String, { nullable: true, description: 'Public email address.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Public phone number, e.g. "035 123 45 67".' })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number (digits, spaces, +, - and brackets)' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Website, starting with http:// or https://.' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) address' })
  @MaxLength(300)
  website?: string | null;
}
