import { registerEnumType } from '@nestjs/graphql';

/** Stored lower-case (the `tag.category` check constraint); GraphQL shows the upper-case names. */
export enum TagCategory {
  INTEREST = 'interest',
  TALENT = 'talent',
  BOTH = 'both',
}

registerEnumType(TagCategory, {
  name: 'TagCategory',
  description: 'Whether a tag is something people like doing, something they can do for others, or both.',
  valuesMap: {
    INTEREST: { description: 'Something people like doing (e.g. wandelen); matched with activities and others who like it.' },
    TALENT: { description: 'Something people can do for others (e.g. computerhulp); offered and asked for in posts.' },
    BOTH: { description: 'Both an interest and a talent (e.g. koken).' },
  },
});
