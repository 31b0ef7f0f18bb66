import { useQuery, useSubscription } from '@apollo/client/react';
import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConnectionContext } from '../../apollo/connection-context';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { addDays, useFormat } from '../../format';
import { graphql } from '../../gql';

const PROVIDER_ACTIVITY = graphql(`
  query ProviderActivity($id: ID!) {
    activity(id: $id) {
      id
      title
      status
      capacity
      walkIn
      wijkCode
      organisationId
    }
  }
`);

const ACTIVITY_SIGN_UPS = graphql(`
  query ActivitySignUps($id: ID!, $from: DateTime, $to: DateTime) {
    activitySignUps(activityId: $id, from: $from, to: $to) {
      activityId
      startsAt
      endsAt
      capacity
      confirmed {
        signUpId
        name
      }
      waiting {
        signUpId
        name
      }
    }
  }
`);

const SIGN_UPS_CHANGED = graphql(`
  subscription ActivitySignUpsChanged($id: ID!) {
    activitySignUpsChanged(activityId: $id) {
      activityId
      occurrenceStart
    }
  }
`);

function names(people: readonly { name: string }[], none: string): string {
  return people.length > 0 ? people.map((p) => p.name).join(', ') : none;
}

/**
 * Dates of one activity with who comes (first names) and who waits. The list follows sign-ups
 * live over graphql-ws (`activitySignUpsChanged`), and asks again after the socket was away.
 */
export function ActivitySignUpsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const connection = useContext(ConnectionContext);
  const { id = '' } = useParams();
  const [from] = useState(() => new Date());
  const [news, setNews] = useState('');
  const { data, loading, error } = useQuery(PROVIDER_ACTIVITY, { variables: { id } });
  const activity = data?.activity;
  const listed = !!activity && activity.status !== 'DRAFT';
  const dates = useQuery(ACTIVITY_SIGN_UPS, {
    variables: { id, from: from.toISOString(), to: addDays(from, 60).toISOString() },
    skip: !listed,
  });
  const refetch = dates.refetch;
  useSubscription(SIGN_UPS_CHANGED, {
    variables: { id },
    skip: !listed,
    onData: () => {
      void refetch();
      setNews(t('signUpList.changed'));
    },
  });
  useEffect(() => {
    if (!connection || !listed) return;
    return connection.onReconnected(() => void refetch());
  }, [connection, listed, refetch]);

  if (loading && !data) return <Loading />;
  if (error || !activity) return <ProblemMessage error={error} />;
  const occurrences = dates.data?.activitySignUps ?? [];
  const none = t('signUpList.nobody');

  return (
    <>
      <PageHeading>{activity.title}</PageHeading>
      <Paragraph>
        {t(`activityStatus.${activity.status}`)}
        {activity.capacity ? ` · ${t('providerActivities.capacity', { count: activity.capacity })}` : ` · ${t('providerActivities.noLimit')}`}
      </Paragraph>
      {activity.status !== 'CANCELLED' && (
        <div className="bb-actions utrecht-button-group">
          <AppButtonLink to={`/organisation/activities/${id}/edit`} appearance="secondary">
            {t('providerActivities.edit')}
          </AppButtonLink>
          <AppButtonLink to={`/activities/${id}`} appearance="subtle">
            {t('providerActivities.view')}
          </AppButtonLink>
        </div>
      )}
      {activity.status === 'DRAFT' && <Paragraph>{t('providerActivities.notPublished')}</Paragraph>}
      {listed && <Paragraph>{t('signUpList.intro')}</Paragraph>}
      <div aria-live="polite" className="bb-live" data-testid="sign-ups-live">
        {news}
      </div>
      {dates.loading && !dates.data && <Loading />}
      {dates.error && <ProblemMessage error={dates.error} />}
      {listed && dates.data && occurrences.length === 0 && <Paragraph>{t('activity.noDates')}</Paragraph>}
      {occurrences.length > 0 && (
        <div className="bb-table-scroll">
          <Table className="bb-table" data-testid="sign-up-list">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('providerActivities.date')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signUpList.confirmed')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signUpList.waiting')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('providerActivities.free')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {occurrences.map((o) => (
                <TableRow key={o.startsAt}>
                  <TableHeaderCell scope="row">
                    {format.day(o.startsAt)}, {format.timeRange(o.startsAt, o.endsAt)}
                  </TableHeaderCell>
                  <TableCell>{o.confirmed.length === 0 ? none : `${names(o.confirmed, none)} (${o.confirmed.length})`}</TableCell>
                  <TableCell>{names(o.waiting, none)}</TableCell>
                  <TableCell>{o.capacity === null || o.capacity === undefined ? t('providerActivities.noLimit') : Math.max(0, o.capacity - o.confirmed.length)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Paragraph>
        <AppLink to="/organisation/activities">{t('activityForm.back')}</AppLink>
      </Paragraph>
    </>
  );
}
