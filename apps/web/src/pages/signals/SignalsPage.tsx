import { useQuery, useSubscription } from '@apollo/client/react';
import { Button, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { type FormEvent, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionContext } from '../../apollo/connection-context';
import { useSession } from '../../auth/session';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useWijken } from '../../data/reference';
import { SelectField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { useFormat } from '../../format';
import { graphql } from '../../gql';
import type { SignalStatus } from '../../gql/graphql';

const SIGNALS = graphql(`
  query Signals($filter: SignalsFilterInput, $after: String) {
    signals(filter: $filter, first: 50, after: $after) {
      nodes {
        id
        wijkCode
        status
        source
        concern
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// Only that a signal came in: its content comes with the (audited) list that is fetched next.
const SIGNAL_FILED = graphql(`
  subscription SignalFiled {
    signalFiled {
      signalId
      wijkCode
    }
  }
`);

export const SIGNAL_STATUSES: SignalStatus[] = ['NEW', 'CONTACTED', 'INTAKE_DONE', 'NO_ACTION'];

/**
 * Signalen: concerns about people in my wijken, newest first. Every signal shown is logged. A new
 * signal in one of my wijken is announced live (`signalFiled`) and the list is asked again, so the
 * list itself stays the one audited read; after the socket was away the list is asked again too.
 */
export function SignalsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useSession();
  const wijken = useWijken(me?.wijkCodes);
  const [status, setStatus] = useState<SignalStatus | ''>('NEW');
  const [filter, setFilter] = useState<{ status?: SignalStatus }>({ status: 'NEW' });
  const errors = useFormErrors({});
  const connection = useContext(ConnectionContext);
  const [arrived, setArrived] = useState(0);
  const { data, loading, error, fetchMore, refetch } = useQuery(SIGNALS, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  // A new signal is always NEW: a list of another status would not change, so it is not read again.
  const showsNew = !filter.status || filter.status === 'NEW';
  useSubscription(SIGNAL_FILED, {
    onData: () => {
      if (showsNew) void refetch();
      setArrived((n) => n + 1);
    },
  });
  useEffect(() => {
    if (!connection) return;
    return connection.onReconnected(() => void refetch());
  }, [connection, refetch]);

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter(status ? { status } : {});
    setArrived(0);
  }

  const signals = data?.signals.nodes ?? [];
  return (
    <div className="bb-wide">
      <PageHeading>{t('signals.title')}</PageHeading>
      <Paragraph>{t('signals.intro')}</Paragraph>
      <div className="bb-actions utrecht-button-group">
        <AppButtonLink to="/social/home-visit" appearance="secondary">
          {t('homeVisit.start')}
        </AppButtonLink>
      </div>
      <form noValidate onSubmit={apply} className="bb-form bb-inline-form" aria-label={t('signals.filter')}>
        <SelectField
          name="status"
          spec={{ id: 'signals-status', label: t('signals.status') }}
          errors={errors}
          value={status}
          onChange={(value) => setStatus(value as SignalStatus | '')}
          options={[{ value: '', label: t('signals.allStatuses') }, ...SIGNAL_STATUSES.map((s) => ({ value: s, label: t(`signals.statusName.${s}`) }))]}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('signals.show')}
        </Button>
      </form>
      <p aria-live="polite" className="bb-live" data-testid="signals-live">
        {arrived > 0 && `${t('signals.arrived', { count: arrived })}${showsNew ? '' : ` ${t('signals.arrivedHidden')}`}`}
      </p>
      {loading && !data && <Loading />}
      {error && <ProblemMessage error={error} />}
      {data && signals.length === 0 && <Paragraph>{t('signals.none')}</Paragraph>}
      {signals.length > 0 && (
        <div className="bb-table-scroll">
          <Table className="bb-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('signals.filed')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.concern')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('agenda.wijk')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.status')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {signals.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>
                    <AppLink to={`/social/signals/${s.id}`}>{format.dateTime(s.createdAt)}</AppLink>
                  </TableCell>
                  <TableCell>{s.concern.length > 80 ? `${s.concern.slice(0, 80)}…` : s.concern}</TableCell>
                  <TableCell>{wijken.name(s.wijkCode)}</TableCell>
                  <TableCell>{t(`signals.statusName.${s.status}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {data?.signals.pageInfo.hasNextPage && (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() =>
            void fetchMore({
              variables: { after: data.signals.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                signals: { ...fetchMoreResult.signals, nodes: [...previous.signals.nodes, ...fetchMoreResult.signals.nodes] },
              }),
            })
          }
        >
          {t('signals.more')}
        </Button>
      )}
    </div>
  );
}
