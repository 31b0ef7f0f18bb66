import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PostKind } from '../post-kind.enum.js';
import { TAG_MAX_LENGTH, TAGS_MAX, TEXT_MAX, TITLE_MAX, TITLE_MIN, Trim, TrimEach } from './post-input.rules.js';

@InputType({ description: 'A new offer (aanbod) or request (vraag). Never put an address or phone number in it.' })
export class CreatePostInput {
  @Field(() => PostKind, { description: 'OFFER for something you can do, REQUEST for something you would like.' })
  @IsEnum(PostKind)
  kind: PostKind;

  @Field({ description: 'Short title, 3 to 80 characters, e.g. "Ik help graag met de computer".' })
  @Trim()
  @IsString()
  @MinLength(TITLE_MIN, { message: `title must be at least ${TITLE_MIN} characters` })
  @MaxLength(TITLE_MAX, { message: `title must be at most ${TITLE_MAX} characters` })
  title: string;

  @Field({ nullable: true, description: 'More about it, at most 1000 characters (plain text).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TEXT_MAX, { message: `text must be at most ${TEXT_MAX} characters` })
  text?: string;

  @Field(() => [String], { nullable: true, description: 'Tags from the shared list (slugs or names), at most 10.' })
  @IsOptional()
  @TrimEach()
  @IsArray()
  @ArrayMaxSize(TAGS_MAX, { message: `at most ${TAGS_MAX} tags` })
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(TAG_MAX_LENGTH, { each: true })
  tags?: string[];

  @Field({ nullable: true, description: 'Wijk code (e.g. WK040201); defaults to the wijk in your profile. Your own wijk or one next to it.' })
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(/^WK[0-9]{6}$/, { message: 'wijkCode must look like WK040201' })
  wijkCode?: string;
}
