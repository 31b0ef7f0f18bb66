import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useContext, useEffect, useRef, useState } from 'react';
import { ConnectionContext } from '../../apollo/connection-context';
import { graphql } from '../../gql';
import type { MatchesQuery } from '../../gql/graphql';

export const MATCHES = graphql(`
  query Matches($since: DateTime, $first: Int! = 50) {
    matches(since: $since, first: $first) {
      nodes {
        id
        kind
        status
        activityId
        offerPostId
        requestPostId
        residentId
        reasons {
          nl
          en
        }
        score
        curated
        curationNote
        warmHandover
        counterpartContact
        acceptedByMe
        offeredAt
        respondedAt
        updatedAt
        wijkCode
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const MATCH_PROPOSED = graphql(`
  subscription MatchProposed {
    matchProposed {
      id
      status
      updatedAt
    }
  }
`);

const MATCH_UPDATED = graphql(`
  subscription MatchUpdated {
    matchUpdated {
      id
      status
      updatedAt
    }
  }
`);

export type MatchNode = MatchesQuery['matches']['nodes'][number];

function mergeMatches(current: readonly MatchNode[], changed: readonly MatchNode[]): MatchNode[] {
  const byId = new Map(current.map((m) => [m.id, m]));
  for (const m of changed) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/**
 * My matches, live: new and changed proposals arrive over graphql-ws; after the socket was
 * away (laptop asleep, server restart) the list catches up with `matches(since: last seen)`,
 * so nothing pushed in between is missed.
 */
export function useLiveMatches(options: { live: boolean; onProposed?: () => void }) {
  const client = useApolloClient();
  const connection = useContext(ConnectionContext);
  const query = useQuery(MATCHES, { variables: {} });
  const nodes = query.data?.matches.nodes ?? [];
  const lastSeen = useRef<string | null>(null);
  lastSeen.current = nodes.reduce<string | null>((max, m) => (!max || m.updatedAt > max ? m.updatedAt : max), lastSeen.current);
  const [caughtUp, setCaughtUp] = useState(0);

  const onProposed = options.onProposed;
  useSubscription(MATCH_PROPOSED, {
    skip: !options.live,
    onData: () => {
      void query.refetch();
      onProposed?.();
    },
  });
  useSubscription(MATCH_UPDATED, { skip: !options.live, onData: () => void query.refetch() });

  useEffect(() => {
    if (!connection || !options.live) return;
    return connection.onReconnected(async () => {
      const since = lastSeen.current;
      const { data } = await client.query({ query: MATCHES, variables: since ? { since, first: 100 } : { first: 100 }, fetchPolicy: 'network-only' });
      const changed = data?.matches.nodes ?? [];
      client.cache.updateQuery({ query: MATCHES, variables: {} }, (current) =>
        current ? { matches: { ...current.matches, nodes: mergeMatches(current.matches.nodes, changed) } } : current,
      );
      setCaughtUp((n) => n + 1);
    });
  }, [client, connection, options.live]);

  return { ...query, nodes, caughtUp };
}
