import { useQuery } from '@apollo/client/react';
import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { OCCURRENCES } from '../../data/activity';
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

/**
 * Dates of one activity with how many places are taken. The API tells providers numbers, not
 * names: who signed up stays private until matching shares contact details.
 */
export function ActivitySignUpsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const [from] = useState(() => new Date());
  const { data, loading, error } = useQuery(PROVIDER_ACTIVITY, { variables: { id } });
  const activity = data?.activity;
  const dates = useQuery(OCCURRENCES, {
    variables: { organisationId: activity?.organisationId ?? null, wijkCode: activity?.wijkCode ?? null, from: from.toISOString(), to: addDays(from, 60).toISOString() },
    skip: !activity || activity.status !== 'PUBLISHED',
  });
  if (loading && !data) return <Loading />;
  if (error || !activity) return <ProblemMessage error={error} />;
  const occurrences = (dates.data?.occurrences ?? []).filter((o) => o.activityId === id);

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
      {activity.status !== 'PUBLISHED' && <Paragraph>{t('providerActivities.notPublished')}</Paragraph>}
      {dates.loading && <Loading />}
      {dates.error && <ProblemMessage error={dates.error} />}
      {activity.status === 'PUBLISHED' && !dates.loading && occurrences.length === 0 && <Paragraph>{t('activity.noDates')}</Paragraph>}
      {occurrences.length > 0 && (
        <div className="bb-table-scroll">
          <Table className="bb-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('providerActivities.date')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('providerActivities.signedUp')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('providerActivities.free')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {occurrences.map((o) => (
                <TableRow key={o.startsAt}>
                  <TableCell>
                    {format.day(o.startsAt)}, {format.timeRange(o.startsAt, o.endsAt)}
                  </TableCell>
                  <TableCell>{activity.capacity && o.placesLeft !== null && o.placesLeft !== undefined ? activity.capacity - o.placesLeft : '—'}</TableCell>
                  <TableCell>{o.placesLeft ?? t('providerActivities.noLimit')}</TableCell>
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
