import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import type { ApiConnection } from '../apollo/client';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';

export const ME = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      wijkCodes
      organisationId
    }
  }
`);

const ACCOUNT_UPDATED = graphql(`
  subscription AccountUpdated {
    accountUpdated {
      id
      email
      displayName
      role
      wijkCodes
      organisationId
    }
  }
`);

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

export type Me = NonNullable<MeQuery['me']>;
export type Role = Me['role'];

interface Session {
  me: Me | null;
  /** True only until the first answer to `me`. */
  loading: boolean;
  /** After login or register: reopen the socket as the new account and reload `me`. */
  signedIn(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ connection, children }: { connection: ApiConnection; children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, refetch } = useQuery(ME, { fetchPolicy: 'cache-first' });
  const me = data?.me ?? null;

  // Role or wijk changes made by an admin reach the open page at once (the cache updates by id).
  useSubscription(ACCOUNT_UPDATED, { skip: !me });

  useEffect(
    () =>
      connection.onSessionEnded(() => {
        void refetch();
      }),
    [connection, refetch],
  );

  const signedIn = useCallback(async () => {
    await client.clearStore();
    connection.restartSocket();
    await refetch();
  }, [client, connection, refetch]);

  const signOut = useCallback(async () => {
    await client.mutate({ mutation: LOGOUT }).catch(() => undefined);
    // Nothing of this account may stay in memory for the next person at this computer.
    await client.clearStore();
    connection.restartSocket();
    await refetch();
  }, [client, connection, refetch]);

  const value = useMemo(() => ({ me, loading: loading && !data, signedIn, signOut }), [me, loading, data, signedIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
