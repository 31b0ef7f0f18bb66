import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useWijken } from '../../data/reference';
import { BUDDY_TRAJECTORIES, DUE_BUDDY_CHECK_INS, useDayFormat } from './buddy-data';

/** Maatjes (social work): who to ask how it goes now, and every buddy trajectory in my wijken. */
export function BuddyTrajectoriesPage() {
  const { t } = useTranslation();
  const day = useDayFormat();
  const { me } = useSession();
  const wijken = useWijken(me?.wijkCodes);
  const { data, loading, error } = useQuery(BUDDY_TRAJECTORIES, { fetchPolicy: 'cache-and-network' });
  const due = useQuery(DUE_BUDDY_CHECK_INS, { fetchPolicy: 'cache-and-network' });
  const trajectories = data?.buddyTrajectories.nodes ?? [];
  const dueItems = due.data?.buddyCheckIns.nodes ?? [];

  return (
    <div className="bb-wide">
      <PageHeading>{t('buddies.title')}</PageHeading>
      <Paragraph>{t('buddies.intro')}</Paragraph>
      <div className="bb-actions utrecht-button-group">
        <AppButtonLink to="/social/buddies/new">{t('buddies.start')}</AppButtonLink>
      </div>

      <section aria-labelledby="buddies-due">
        <Heading2 id="buddies-due">{t('buddies.dueTitle')}</Heading2>
        {due.error && <ProblemMessage error={due.error} />}
        {due.data && dueItems.length === 0 && <Paragraph>{t('buddies.dueNone')}</Paragraph>}
        {dueItems.length > 0 && (
          <UnorderedList>
            {dueItems.map((c) => (
              <UnorderedListItem key={c.id}>
                <AppLink to={`/social/buddies/${c.trajectory.id}`}>
                  {t('buddies.dueItem', { volunteer: c.trajectory.volunteer.displayName, resident: c.trajectory.resident.displayName, date: day(c.dueOn) })}
                </AppLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>

      <section aria-labelledby="buddies-all">
        <Heading2 id="buddies-all">{t('buddies.listTitle')}</Heading2>
        {loading && !data && <Loading />}
        {error && <ProblemMessage error={error} />}
        {data && trajectories.length === 0 && <Paragraph>{t('buddies.none')}</Paragraph>}
        {trajectories.length > 0 && (
          <div className="bb-table-scroll">
            <Table className="bb-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('buddies.volunteer')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('buddies.resident')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('buddies.wijk')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('buddies.period')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('buddies.next')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('buddies.status')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {trajectories.map((b) => (
                  <TableRow key={b.id}>
                    <TableCell>
                      <AppLink to={`/social/buddies/${b.id}`} aria-label={t('buddies.pair', { volunteer: b.volunteer.displayName, resident: b.resident.displayName })}>
                        {b.volunteer.displayName}
                      </AppLink>
                    </TableCell>
                    <TableCell>{b.resident.displayName}</TableCell>
                    <TableCell>{wijken.name(b.wijkCode)}</TableCell>
                    <TableCell>{t('buddies.periodValue', { from: day(b.startedOn), to: day(b.endedOn ?? b.plannedEndOn) })}</TableCell>
                    <TableCell>{b.nextCheckInOn ? day(b.nextCheckInOn) : '–'}</TableCell>
                    <TableCell>{t(`buddies.statusValue.${b.status}`)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </div>
  );
}
