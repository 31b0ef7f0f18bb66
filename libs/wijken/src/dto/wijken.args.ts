import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

@ArgsType()
export class WijkenArgs {
  @Field(() => String, { nullable: true, description: 'Only the wijken of this municipality (CBS code, e.g. GM0402).' })
  @IsOptional()
  @Matches(/^GM\d{4}$/, { message: 'municipalityCode looks like GM0402' })
  municipalityCode?: string;
}

@ArgsType()
export class WijkArgs {
  @Field({ description: 'CBS wijk code, e.g. WK040201.' })
  @Matches(/^WK\d{6}$/, { message: 'code looks like WK040201' })
  code: string;
}

@ArgsType()
export class WijkForPostcodeArgs {
  @Field({ description: 'A postcode: the 4 digits ("1211") or a full one ("1211 AB"); only the digits are used.' })
  @IsString()
  @MaxLength(10)
  @Matches(/^\s*[1-9][0-9]{3}\s*([A-Za-z]{2})?\s*$/, { message: 'postcode looks like 1211 or 1211 AB' })
  postcode: string;
}
