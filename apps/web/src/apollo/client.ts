import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { Kind, OperationTypeNode } from 'graphql';
import { backoffDelay } from './backoff';

type Listener = () => void;

/** Everything the app needs from its connection to the API. */
export interface ApiConnection {
  client: ApolloClient;
  /**
   * Called after the WebSocket came back from a drop: subscriptions missed what happened in
   * between, so live views refetch (e.g. `matches(since)`) to catch up.
   */
  onReconnected(listener: Listener): () => void;
  /** Called when the server says the session is gone (UNAUTHENTICATED on a signed-in operation). */
  onSessionEnded(listener: Listener): () => void;
  /**
   * Reopens the WebSocket: graphql-ws authenticates once, at the handshake, with the session
   * cookie; after logging in or out the socket must be reopened to act as the new account.
   */
  restartSocket(): void;
  dispose(): void;
}

/** Operations where UNAUTHENTICATED means "wrong password", not "your session ended". */
const SIGN_IN_OPERATIONS = new Set(['Login', 'Register']);

export function createApiConnection(origin: string = window.location.origin): ApiConnection {
  const reconnected = new Set<Listener>();
  const sessionEnded = new Set<Listener>();
  let activeSocket: WebSocket | undefined;

  const wsUrl = `${origin.replace(/^http/, 'ws')}/graphql`;
  const wsClient: Client = createClient({
    url: wsUrl,
    lazy: true,
    lazyCloseTimeout: 3_000,
    keepAlive: 20_000,
    retryAttempts: Infinity,
    // Every drop is worth retrying: the server may be restarting or the laptop waking up.
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, backoffDelay(retries))),
    on: {
      opened: (socket) => {
        activeSocket = socket as WebSocket;
      },
      closed: () => {
        activeSocket = undefined;
      },
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) reconnected.forEach((listener) => listener());
      },
    },
  });

  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const wsLink = new GraphQLWsLink(wsClient);

  const errorLink = new ErrorLink(({ error, operation }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    const unauthenticated = error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated && !SIGN_IN_OPERATIONS.has(operation.operationName ?? '')) {
      sessionEnded.forEach((listener) => listener());
    }
  });

  const transport = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    wsLink,
    httpLink,
  );

  const client = new ApolloClient({
    link: ApolloLink.from([errorLink, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        // Nested objects without an id: a query asking fewer of their fields must not wipe the others.
        Activity: { fields: { schedule: { merge: true }, location: { merge: true } } },
        ResidentProfile: { keyFields: ['userId'] },
        ResidentSummary: { keyFields: ['userId'] },
        Wijk: { keyFields: ['code'] },
        Tag: { keyFields: ['slug'] },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });

  return {
    client,
    onReconnected(listener) {
      reconnected.add(listener);
      return () => reconnected.delete(listener);
    },
    onSessionEnded(listener) {
      sessionEnded.add(listener);
      return () => sessionEnded.delete(listener);
    },
    restartSocket() {
      // 4205 is not fatal, so graphql-ws reconnects and resubscribes with the new cookie.
      if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(4205, 'Client Restart');
    },
    dispose() {
      void wsClient.dispose();
      client.stop();
    },
  };
}
