import { Field, Float, InputType } from '@nestjs/graphql';
import { Accessibility, AudienceAgeBand } from '@buurtbrug/activities';
import { OrganisationKind } from '@buurtbrug/organisations';
import { PostKind } from '@buurtbrug/talents-wants';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SearchSort, SearchType } from '../search.enums.js';

export const DEFAULT_NEAR_RADIUS_KM = 3;

@InputType({ description: "'Bij mij in de buurt': a wijk's centroid or a point, and how far around it. / 'Near me'." })
export class NearInput {
  @Field(() => String, { nullable: true, description: 'Around the centre of this wijk (CBS code, e.g. WK040201).' })
  @IsOptional()
  @Matches(/^WK\d{6}$/, { message: 'wijkCode looks like WK040201' })
  wijkCode?: string;

  @Field(() => Float, { nullable: true, description: 'Around this point: latitude (WGS84), with longitude.' })
  @IsOptional()
  @IsLatitude()
  latitude?: number;

  @Field(() => Float, { nullable: true, description: 'Around this point: longitude (WGS84), with latitude.' })
  @IsOptional()
  @IsLongitude()
  longitude?: number;

  @Field(() => Float, {
    defaultValue: DEFAULT_NEAR_RADIUS_KM,
    description: `How far around, in km (0.1–50). Without a wijk or point: around your own wijk (residents).`,
  })
  @IsNumber()
  @Min(0.1)
  @Max(50)
  radiusKm: number = DEFAULT_NEAR_RADIUS_KM;
}

@InputType({ description: 'What to search for. Every condition given applies; a condition only some types have leaves the others out.' })
export class SearchInput {
  @Field(() => String, { nullable: true, description: 'Words to look for (typos and synonyms are understood, Dutch and English). Empty: everything.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field(() => [SearchType], { nullable: true, description: 'Only these types (default: all you may see).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsEnum(SearchType, { each: true })
  types?: SearchType[];

  @Field(() => [String], { nullable: true, description: 'Only in these wijken (an organisation: serving one of them).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^WK\d{6}$/, { each: true, message: 'wijkCodes look like WK040201' })
  wijkCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'Only with at least one of these tags (slugs or labels). Activities and posts.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  tags?: string[];

  @Field(() => Date, { nullable: true, description: 'Activities with a date at or after this moment.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Activities with a date before this moment.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;

  @Field(() => [AudienceAgeBand], { nullable: true, description: 'Activities meant for one of these age groups (or for everyone).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @IsEnum(AudienceAgeBand, { each: true })
  audience?: AudienceAgeBand[];

  @Field(() => [Accessibility], { nullable: true, description: 'Activities that offer all of these.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @IsEnum(Accessibility, { each: true })
  accessibility?: Accessibility[];

  @Field(() => Boolean, { nullable: true, description: 'true: free activities only; false: paid ones only.' })
  @IsOptional()
  @IsBoolean()
  free?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'true: walk-in (inloop) activities only; false: with sign-up only.' })
  @IsOptional()
  @IsBoolean()
  walkIn?: boolean;

  @Field(() => [OrganisationKind], { nullable: true, description: 'Organisations of these kinds only.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @IsEnum(OrganisationKind, { each: true })
  organisationKinds?: OrganisationKind[];

  @Field(() => [PostKind], { nullable: true, description: 'Posts of these kinds only (offers, requests).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @IsEnum(PostKind, { each: true })
  postKinds?: PostKind[];

  @Field(() => NearInput, { nullable: true, description: 'Only within a distance of a wijk or a point.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NearInput)
  near?: NearInput;

  @Field(() => SearchSort, { defaultValue: SearchSort.RELEVANCE, description: 'The order of the hits.' })
  @IsEnum(SearchSort)
  sort: SearchSort = SearchSort.RELEVANCE;
}
