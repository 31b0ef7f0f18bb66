import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Accessibility, AudienceAgeBand } from '@buurtbrug/activities';
import { PageInfo } from '@buurtbrug/core';
import { OrganisationKind } from '@buurtbrug/organisations';
import { PostKind } from '@buurtbrug/talents-wants';
import type { ActivityDocument, OrganisationDocument, PostDocument, SearchDocument } from './search-documents.js';
import { SearchType } from './search.enums.js';
import { type TextSegment, toSegments } from './search-highlight.js';

@ObjectType('TextSegment', {
  description: 'A piece of text; `match` pieces are what the search words matched (show them emphasised, e.g. in <mark>). Plain text, never HTML.',
})
export class TextSegmentModel implements TextSegment {
  @Field({ description: 'The text of this piece.' })
  text: string;

  @Field({ description: 'Whether this piece matched the search words.' })
  match: boolean;
}

@ObjectType('SearchHit', { description: 'One search result: an activity, an organisation or a post, with highlighted text.' })
export class SearchHitModel {
  @Field(() => SearchType, { description: 'What it is; fetch the whole thing with `activity`, `organisation` or `post`.' })
  type: SearchType;

  @Field(() => ID, { description: 'Its id.' })
  id: string;

  @Field({ description: 'Title (the name, for an organisation).' })
  title: string;

  @Field(() => [TextSegmentModel], { description: 'The title in pieces, the matching words marked.' })
  titleHighlight: TextSegmentModel[];

  @Field(() => [TextSegmentModel], { description: 'A short piece of the description around the matching words, those marked.' })
  snippet: TextSegmentModel[];

  @Field(() => [String], { description: 'Wijk codes: where an activity or post is, which wijken an organisation serves.' })
  wijkCodes: string[];

  @Field(() => [String], { description: 'Names of those wijken.' })
  wijkNames: string[];

  @Field(() => [String], { description: 'Tag slugs (activities and posts).' })
  tags: string[];

  @Field(() => Date, { nullable: true, description: 'Activity: when the next date starts.' })
  startsAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Activity: when the next date ends.' })
  endsAt: Date | null;

  @Field(() => [Date], { description: 'Activity: the coming dates (at most 5); empty for other types.' })
  upcomingDates: Date[];

  @Field(() => Boolean, { nullable: true, description: 'Activity: whether it repeats.' })
  recurring: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Activity: whether it is free.' })
  free: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Activity: walk in without signing up.' })
  walkIn: boolean | null;

  @Field(() => [Accessibility], { description: 'Activity: what makes it accessible.' })
  accessibility: Accessibility[];

  @Field(() => [AudienceAgeBand], { description: 'Activity: who it is for.' })
  audience: AudienceAgeBand[];

  @Field(() => String, { nullable: true, description: 'Activity: the place.' })
  locationName: string | null;

  @Field(() => ID, { nullable: true, description: 'Activity: the organisation that runs it.' })
  organisationId: string | null;

  @Field(() => String, { nullable: true, description: 'Activity: name of that organisation.' })
  organisationName: string | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'Organisation: its kind.' })
  organisationKind: OrganisationKind | null;

  @Field(() => PostKind, { nullable: true, description: 'Post: offer or request.' })
  postKind: PostKind | null;

  @Field(() => Int, { nullable: true, description: "Metres from the 'near' point, when sorted by distance." })
  distanceMeters: number | null;

  static from(document: SearchDocument & { _formatted?: Record<string, unknown>; _geoDistance?: number }): SearchHitModel {
    const formatted = document._formatted ?? {};
    const base = {
      type: document.type as SearchType,
      id: document.id,
      title: document.title,
      titleHighlight: toSegments(typeof formatted.title === 'string' ? formatted.title : document.title),
      snippet: toSegments(typeof formatted.description === 'string' ? formatted.description : ''),
      distanceMeters: typeof document._geoDistance === 'number' ? Math.round(document._geoDistance) : null,
      tags: [] as string[],
      startsAt: null,
      endsAt: null,
      upcomingDates: [] as Date[],
      recurring: null,
      free: null,
      walkIn: null,
      accessibility: [] as Accessibility[],
      audience: [] as AudienceAgeBand[],
      locationName: null,
      organisationId: null,
      organisationName: null,
      organisationKind: null,
      postKind: null,
    };
    switch (document.type) {
      case 'ACTIVITY': {
        const a = document as ActivityDocument;
        return Object.assign(new SearchHitModel(), base, {
          wijkCodes: [a.wijkCode],
          wijkNames: a.wijkName ? [a.wijkName] : [],
          tags: a.tags,
          startsAt: new Date(a.nextStartsAt),
          endsAt: new Date(a.nextEndsAt),
          upcomingDates: (a.dates ?? []).slice(0, 5).map((d) => new Date(d)),
          recurring: a.recurring,
          free: a.free,
          walkIn: a.walkIn,
          accessibility: a.accessibility as Accessibility[],
          audience: a.audience as AudienceAgeBand[],
          locationName: a.locationName,
          organisationId: a.organisationId,
          organisationName: a.organisationName,
        });
      }
      case 'ORGANISATION': {
        const o = document as OrganisationDocument;
        return Object.assign(new SearchHitModel(), base, {
          wijkCodes: o.wijkCode,
          wijkNames: o.wijkName,
          organisationKind: o.kind as OrganisationKind,
        });
      }
      case 'POST': {
        const p = document as PostDocument;
        return Object.assign(new SearchHitModel(), base, {
          wijkCodes: [p.wijkCode],
          wijkNames: p.wijkName ? [p.wijkName] : [],
          tags: p.tags,
          postKind: p.kind as PostKind,
        });
      }
    }
  }
}

@ObjectType('FacetCount', { description: 'How many hits have this value.' })
export class FacetCountModel {
  @Field({ description: 'The value to filter on: a wijk code, tag slug or search type.' })
  value: string;

  @Field({ description: 'Its Dutch name.' })
  label: string;

  @Field({ description: 'Its English name.' })
  labelEn: string;

  @Field(() => Int, { description: 'Number of hits with it.' })
  count: number;
}

@ObjectType('SearchFacets', { description: 'Counts of all hits (not just this page) per wijk, tag and type, most first.' })
export class SearchFacetsModel {
  @Field(() => [FacetCountModel], { description: 'Per wijk.' })
  wijken: FacetCountModel[];

  @Field(() => [FacetCountModel], { description: 'Per tag.' })
  tags: FacetCountModel[];

  @Field(() => [FacetCountModel], { description: 'Per type.' })
  types: FacetCountModel[];
}

@ObjectType('SearchResult', { description: 'A page of search hits with facet counts.' })
export class SearchResultModel {
  @Field(() => [SearchHitModel], { description: 'The hits on this page, in the requested order.' })
  nodes: SearchHitModel[];

  @Field(() => PageInfo, { description: 'Where this page ends; pass `endCursor` as `after` for the next.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many hits there are in all (pages reach the first 1000).' })
  totalCount: number;

  @Field(() => SearchFacetsModel, { description: 'Counts per wijk, tag and type over all hits.' })
  facets: SearchFacetsModel;
}
