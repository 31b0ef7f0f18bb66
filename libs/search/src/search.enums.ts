import { registerEnumType } from '@nestjs/graphql';

/** What a search hit is. */
export enum SearchType {
  ACTIVITY = 'ACTIVITY',
  ORGANISATION = 'ORGANISATION',
  POST = 'POST',
}

registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'Soort resultaat. / Kind of search result.',
  valuesMap: {
    ACTIVITY: { description: 'Een activiteit die nog komt. / An upcoming activity.' },
    ORGANISATION: { description: 'Een organisatie op de sociale kaart. / An organisation on the sociale kaart.' },
    POST: {
      description:
        'Een open vraag of aanbod van een buurtbewoner (alleen voor ingelogde inwoners en sociaal werk, in de eigen en omliggende wijken). / An open offer or request (signed-in residents and social workers only, own and neighbouring wijken).',
    },
  },
});

/** In what order hits come. */
export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  DATE = 'DATE',
  DISTANCE = 'DISTANCE',
}

registerEnumType(SearchSort, {
  name: 'SearchSort',
  description: 'Volgorde van de resultaten. / Order of the results.',
  valuesMap: {
    RELEVANCE: { description: 'Best passend eerst (bij gelijke stand: eerstvolgende datum). / Best match first.' },
    DATE: { description: 'Activiteiten die het eerst zijn eerst, daarna de rest. / Soonest activities first, then the rest.' },
    DISTANCE: { description: 'Dichtbij eerst; vraagt om `near`. / Nearest first; needs `near`.' },
  },
});

/** Dutch and English labels of the types, for facet counts. */
export const SEARCH_TYPE_LABELS: Record<SearchType, { nl: string; en: string }> = {
  [SearchType.ACTIVITY]: { nl: 'Activiteiten', en: 'Activities' },
  [SearchType.ORGANISATION]: { nl: 'Organisaties', en: 'Organisations' },
  [SearchType.POST]: { nl: 'Vraag en aanbod', en: 'Offers and requests' },
};
