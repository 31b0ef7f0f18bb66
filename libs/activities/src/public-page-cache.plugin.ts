import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { isPublicPageOperation } from './public-page-cache.js';
import { PUBLIC_PAGE_TICKET, type PublicPageTicket } from './public-page-cache.middleware.js';

interface PageContext {
  req?: { principal?: unknown; [PUBLIC_PAGE_TICKET]?: PublicPageTicket };
}

/**
 * Lets the public page cache keep an answer only when GraphQL ran it as an anonymous caller's
 * query of public activity fields and it came out without any error (a refused or failed
 * answer is never served to the next caller).
 */
@Plugin()
export class PublicPageCachePlugin implements ApolloServerPlugin<PageContext> {
  async requestDidStart(): Promise<GraphQLRequestListener<PageContext>> {
    return {
      async willSendResponse({ contextValue, document, request, response }) {
        const ticket = contextValue.req?.[PUBLIC_PAGE_TICKET];
        if (!ticket || contextValue.req?.principal !== undefined) return;
        if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
        if (response.http.status !== undefined && response.http.status !== 200) return;
        if (!document || !isPublicPageOperation(document, request.operationName)) return;
        ticket.cacheable = true;
      },
    };
  }
}
