import { useQuery } from '@apollo/client/react';
import { Alert, DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { BUDDY_TRAJECTORIES, useDayFormat } from './buddy-data';
import { HowItGoesForm } from './HowItGoesForm';

/** Mijn maatje: the resident's buddy trajectories (as the one who gets a buddy or as the buddy), with "how is it going?". */
export function MyBuddyPage() {
  const { t } = useTranslation();
  const day = useDayFormat();
  const { data, loading, error } = useQuery(BUDDY_TRAJECTORIES);
  const [recorded, setRecorded] = useState(0);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (recorded) messageRef.current?.focus();
  }, [recorded]);
  const all = data?.buddyTrajectories.nodes ?? [];
  const active = all.filter((b) => b.status === 'ACTIVE');
  const ended = all.filter((b) => b.status === 'ENDED');

  return (
    <>
      <PageHeading>{t('buddies.mineTitle')}</PageHeading>
      <Paragraph>{t('buddies.mineIntro')}</Paragraph>
      {recorded > 0 && (
        <Alert type="ok" ref={messageRef} tabIndex={-1} role="status">
          <Paragraph>{t('buddies.recorded')}</Paragraph>
        </Alert>
      )}
      {loading && <Loading />}
      {error && <ProblemMessage error={error} />}
      {data && active.length === 0 && <Paragraph>{t('buddies.mineNone')}</Paragraph>}
      {active.map((b) => {
        const other = b.myRole === 'VOLUNTEER' ? b.resident : b.volunteer;
        const headingId = `buddy-${b.id}`;
        return (
          <section key={b.id} aria-labelledby={headingId} className="bb-card">
            <Heading2 id={headingId}>{b.myRole === 'VOLUNTEER' ? t('buddies.iAmBuddyOf', { name: other.displayName }) : t('buddies.myBuddyIs', { name: other.displayName })}</Heading2>
            <DataList className="bb-datalist">
              <DataListItem>
                <DataListKey>{t('buddies.contactOf', { name: other.displayName })}</DataListKey>
                <DataListValue value={other.contact ?? ''}>{other.contact ?? t('buddies.viaSocialWorker')}</DataListValue>
              </DataListItem>
              {b.goal && (
                <DataListItem>
                  <DataListKey>{t('buddies.goalLabel')}</DataListKey>
                  <DataListValue value={b.goal}>{b.goal}</DataListValue>
                </DataListItem>
              )}
              <DataListItem>
                <DataListKey>{t('buddies.period')}</DataListKey>
                <DataListValue value={b.startedOn}>{t('buddies.periodValue', { from: day(b.startedOn), to: day(b.plannedEndOn) })}</DataListValue>
              </DataListItem>
            </DataList>
            {b.nextCheckInId && b.nextCheckInOn && (
              <>
                <Heading3>{t('buddies.howIsIt')}</Heading3>
                <Paragraph>{t('buddies.nextCheckIn', { date: day(b.nextCheckInOn) })}</Paragraph>
                <HowItGoesForm checkInId={b.nextCheckInId} refetch={[BUDDY_TRAJECTORIES]} onDone={() => setRecorded((n) => n + 1)} />
              </>
            )}
          </section>
        );
      })}
      {ended.length > 0 && (
        <ul className="bb-plain-list">
          {ended.map((b) => (
            <li key={b.id}>
              {t('buddies.endedPair', { name: (b.myRole === 'VOLUNTEER' ? b.resident : b.volunteer).displayName })} ({t('buddies.periodValue', { from: day(b.startedOn), to: day(b.endedOn ?? b.plannedEndOn) })})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
