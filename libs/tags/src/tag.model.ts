import { Field, ObjectType } from '@nestjs/graphql';
import { TagCategory } from './tag-category.enum.js';
import type { Tag } from './tag.entity.js';

@ObjectType('Tag', { description: 'An interest or talent from the shared taxonomy.' })
export class TagModel {
  @Field({ description: 'Stable key, e.g. "wandelen"; what other data stores.' })
  slug: string;

  @Field({ description: 'Dutch name, e.g. "Wandelen".' })
  labelNl: string;

  @Field({ description: 'English name, e.g. "Walking".' })
  labelEn: string;

  @Field(() => [String], { description: 'Other words people use for it (lower-case, Dutch and English); input with these is understood.' })
  synonyms: string[];

  @Field(() => TagCategory, { description: 'An interest, a talent, or both.' })
  category: TagCategory;

  static from(entity: Tag): TagModel {
    return Object.assign(new TagModel(), {
      slug: entity.slug,
      labelNl: entity.labelNl,
      labelEn: entity.labelEn,
      synonyms: entity.synonyms,
      category: entity.category,
    });
  }
}
