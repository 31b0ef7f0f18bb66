import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { TAG_MAX_LENGTH, TAGS_MAX, TEXT_MAX, TITLE_MAX, TITLE_MIN, Trim, TrimEach } from './post-input.rules.js';

@InputType({ description: 'Changes to an open post; leave out what stays the same. Whether it is an offer or a request cannot change.' })
export class UpdatePostInput {
  @Field({ nullable: true, description: 'Short title, 3 to 80 characters.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(TITLE_MIN, { message: `title must be at least ${TITLE_MIN} characters` })
  @MaxLength(TITLE_MAX, { message: `title must be at most ${TITLE_MAX} characters` })
  title?: string;

  @Field({ nullable: true, description: 'More about it, at most 1000 characters (plain text).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TEXT_MAX, { message: `text must be at most ${TEXT_MAX} characters` })
  text?: string;

  @Field(() => [String], { nullable: true, description: 'The new tags (replace the old ones), at most 10.' })
  @IsOptional()
  @TrimEach()
  @IsArray()
  @ArrayMaxSize(TAGS_MAX, { message: `at most ${TAGS_MAX} tags` })
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(TAG_MAX_LENGTH, { each: true })
  tags?: string[];

  @Field({ nullable: true, description: 'Move the post to this wijk: your own or one next to it.' })
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(/^WK[0-9]{6}$/, { message: 'wijkCode must look like WK040201' })
  wijkCode?: string;
}
