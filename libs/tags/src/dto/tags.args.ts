import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches, MaxLength } from 'class-validator';
import { TagCategory } from '../tag-category.enum.js';

@ArgsType()
export class TagsArgs {
  @Field(() => TagCategory, {
    nullable: true,
    description: 'INTEREST or TALENT also gives the tags that are both; BOTH gives only those; none gives all.',
  })
  @IsOptional()
  @IsEnum(TagCategory)
  category?: TagCategory;
}

@ArgsType()
export class TagSlugArgs {
  @Field({ description: 'The tag slug, e.g. "wandelen".' })
  @MaxLength(40)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug is lower-case letters and digits with hyphens, like repair-cafe' })
  slug: string;
}
