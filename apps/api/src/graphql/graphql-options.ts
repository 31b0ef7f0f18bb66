import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { AuthService, type Principal } from '@buurtbrug/auth';
import { createErrorFormatter, createValidationRules, GRAPHQL_LIMITS, RuntimeConfig } from '@buurtbrug/core';
import { parse as parseCookie } from 'cookie';
import { type DocumentNode, type ExecutionResult, GraphQLError, type GraphQLSchema, specifiedRules, validate } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';

interface WsExtra {
  request: IncomingMessage;
  principal?: Principal;
}

/** The token a WebSocket client presents: `connectionParams.authorization`, or the session cookie of a same-origin page. */
function wsCredential(ctx: WsContext<Record<string, unknown> | undefined, WsExtra>): string | undefined {
  const param = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
  if (typeof param === 'string' && param.trim()) return param.replace(/^Bearer\s+/i, '').trim();
  const headers = ctx.extra.request.headers;
  const cookie = headers.cookie ? parseCookie(headers.cookie).bb_session : undefined;
  if (!cookie) return undefined;
  // A cookie rides along on cross-site handshakes too; accept it only from our own origin.
  const origin = headers.origin;
  if (origin && new URL(origin).host !== headers.host) return undefined;
  return cookie;
}

export function graphqlOptions(runtime: RuntimeConfig, auth: AuthService): ApolloDriverConfig {
  const logger = new Logger('GraphQL');
  const production = runtime.app.isProduction;
  const rules = createValidationRules({ introspection: !production });
  const allRules = [...specifiedRules, ...rules];
  const formatError = createErrorFormatter({ error: (obj, msg) => logger.error(obj, msg) });
  // graphql-ws sends errors as they are; pass them through the same formatter as HTTP.
  const formatAll = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    introspection: !production,
    graphiql: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: rules,
    // No cache hints are used (the public pages are cached by the app); Apollo's default cache
    // control plugin would otherwise wrap every field resolver of the schema, for HTTP and WebSocket.
    plugins: [ApolloServerPluginCacheControlDisabled()],
    parseOptions: { maxTokens: GRAPHQL_LIMITS.tokens },
    formatError,
    buildSchemaOptions: { dateScalarMode: 'isoDate' },
    context: ({ req, res, extra }: { req?: unknown; res?: unknown; extra?: WsExtra }) =>
      extra ? { req: { headers: {}, principal: extra.principal }, extra } : { req, res },
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // Returning false closes the socket with 4403: a bad token is refused at the door.
        onConnect: async (ctx: WsContext<Record<string, unknown> | undefined, WsExtra>) => {
          const credential = wsCredential(ctx);
          if (!credential) return true;
          try {
            ctx.extra.principal = await auth.authenticateToken(credential, { cache: false });
            return true;
          } catch {
            return false;
          }
        },
        // Apollo's validation rules and introspection switch cover HTTP only; apply them here too.
        onSubscribe: (_ctx: unknown, _id: string, payload: { query: string }) => {
          if (typeof payload.query === 'string' && payload.query.length > 100_000) {
            return [new GraphQLError('Query too large')];
          }
          return undefined;
        },
        validate: (schema: GraphQLSchema, document: DocumentNode) => validate(schema, document, allRules),
        onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
          result.errors ? { ...result, errors: formatAll(result.errors) } : result,
        onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) => formatAll(errors),
      },
    } as ApolloDriverConfig['subscriptions'],
  };
}
