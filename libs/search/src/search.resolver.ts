import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal, Public } from '@buurtbrug/auth';
import { PageArgs } from '@buurtbrug/core';
import { SearchInput } from './dto/search.input.js';
import { SearchHitModel, SearchResultModel } from './search.model.js';
import { SearchService } from './search.service.js';

@Resolver(() => SearchResultModel)
export class SearchResolver {
  constructor(private readonly searches: SearchService) {}

  @Query(() => SearchResultModel, {
    description:
      'Zoek activiteiten, organisaties en vraag en aanbod. / Search upcoming activities, approved organisations and open posts: text (typo tolerant, synonyms, Dutch and English), filters, near me, facet counts and highlighted snippets. Posts only for signed-in residents and social workers, in their own and neighbouring wijken. SERVICE_UNAVAILABLE while search is down.',
  })
  @Public()
  async search(
    @CurrentPrincipal() principal: Principal | undefined,
    @Args() page: PageArgs,
    @Args('input', { type: () => SearchInput, nullable: true, description: 'What to search for; leave out for everything.' }) input?: SearchInput,
  ): Promise<SearchResultModel> {
    const outcome = await this.searches.search(principal, input ?? new SearchInput(), page);
    return Object.assign(new SearchResultModel(), {
      nodes: outcome.hits.map((hit) => SearchHitModel.from(hit)),
      pageInfo: { endCursor: outcome.endCursor, hasNextPage: outcome.hasNextPage },
      totalCount: outcome.totalCount,
      facets: outcome.facets,
    });
  }
}
