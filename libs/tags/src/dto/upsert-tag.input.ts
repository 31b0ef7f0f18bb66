import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { TagCategory } from '../tag-category.enum.js';

@InputType({ description: 'A tag to create, or to change when the slug exists (admins only).' })
export class UpsertTagInput {
  @Field({ description: 'Stable key: lower-case letters and digits with hyphens, e.g. "repair-cafe".' })
  @IsString()
  @MaxLength(40)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug is lower-case letters and digits with hyphens, like repair-cafe' })
  slug: string;

  @Field({ description: 'Dutch name, B1 language, e.g. "Samen eten".' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  labelNl: string;

  @Field({ description: 'English name, e.g. "Eating together".' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  labelEn: string;

  @Field(() => [String], { nullable: true, description: 'Other words people use for it, Dutch and English (stored lower-case).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(60, { each: true })
  synonyms?: string[];

  @Field(() => TagCategory, { description: 'An interest, a talent, or both.' })
  @IsEnum(TagCategory)
  category: TagCategory;
}
