import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PostKind } from '../post-kind.enum.js';
import { PostStatus } from '../post-status.js';
import { TAG_MAX_LENGTH, TAGS_MAX, Trim, TrimEach } from './post-input.rules.js';

@InputType({ description: 'Narrow the posts you can see. Everything is optional.' })
export class FilterPostsInput {
  @Field(() => PostKind, { nullable: true, description: 'Only offers or only requests.' })
  @IsOptional()
  @IsEnum(PostKind)
  kind?: PostKind;

  @Field(() => [String], { nullable: true, description: 'Posts with at least one of these tags.' })
  @IsOptional()
  @TrimEach()
  @IsArray()
  @ArrayMaxSize(TAGS_MAX, { message: `at most ${TAGS_MAX} tags` })
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(TAG_MAX_LENGTH, { each: true })
  tags?: string[];

  @Field({ nullable: true, description: 'Only this wijk (it must be one you can see).' })
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(/^WK[0-9]{6}$/, { message: 'wijkCode must look like WK040201' })
  wijkCode?: string;

  @Field(() => PostStatus, { nullable: true, description: 'Only posts with this status (default: OPEN).' })
  @IsOptional()
  @IsEnum(PostStatus)
  status?: PostStatus;
}
