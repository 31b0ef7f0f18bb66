import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useWijken } from '../../data/reference';
import { RadioList } from '../../forms/choices';
import { TextareaField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import { BUDDY_TRAJECTORIES, BUDDY_TRAJECTORY, DUE_BUDDY_CHECK_INS, OUTCOMES, useDayFormat } from './buddy-data';
import { HowItGoesForm } from './HowItGoesForm';

const END = graphql(`
  mutation EndBuddyTrajectory($input: EndBuddyTrajectoryInput!) {
    endBuddyTrajectory(input: $input) {
      id
      status
      outcome
      endedOn
    }
  }
`);

type Outcome = (typeof OUTCOMES)[number];

function EndForm({ id, onDone }: { id: string; onDone(): void }) {
  const { t } = useTranslation();
  const [end, { loading }] = useMutation(END, { refetchQueries: [BUDDY_TRAJECTORY, BUDDY_TRAJECTORIES, DUE_BUDDY_CHECK_INS], awaitRefetchQueries: true });
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [note, setNote] = useState('');
  const fields = {
    outcome: { id: 'buddy-outcome', label: t('buddies.outcome') },
    note: { id: 'buddy-end-note', label: t('buddies.endNote') },
  };
  const errors = useFormErrors(fields);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (errors.check(outcome ? [] : [{ field: 'outcome', key: 'chooseOne' }])) return;
    try {
      await end({ variables: { input: { id, outcome: outcome as Outcome, note: note.trim() || null } } });
      onDone();
    } catch (e) {
      errors.handle(e);
    }
  }

  return (
    <form noValidate onSubmit={submit} className="bb-form">
      <ErrorSummary errors={errors} />
      <RadioList<Outcome>
        name="outcome"
        spec={fields.outcome}
        errors={errors}
        options={OUTCOMES.map((value) => ({ value, label: t(`buddies.outcomeValue.${value}`) }))}
        value={outcome}
        onChange={setOutcome}
      />
      <TextareaField name="note" spec={fields.note} errors={errors} description={t('buddies.endNoteHelp')} rows={3} maxLength={1000} value={note} onChange={setNote} />
      <Button type="submit" appearance="secondary-action-button" busy={loading} disabled={loading}>
        {t('buddies.submitEnd')}
      </Button>
    </form>
  );
}

/** One maatjestraject for social work: its details, the check-ins, answer one, or end it. */
export function BuddyTrajectoryPage() {
  const { t } = useTranslation();
  const day = useDayFormat();
  const wijken = useWijken();
  const { id = '' } = useParams();
  const location = useLocation();
  const { data, loading, error } = useQuery(BUDDY_TRAJECTORY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [message, setMessage] = useState<{ text: string; serial: number } | null>(
    (location.state as { started?: boolean } | null)?.started ? { text: t('buddies.started'), serial: 0 } : null,
  );
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message && message.serial > 0) messageRef.current?.focus();
  }, [message]);
  const say = (text: string) => setMessage((m) => ({ text, serial: (m?.serial ?? 0) + 1 }));

  if (loading && !data) return <Loading />;
  if (error) return <ProblemMessage error={error} />;
  const b = data?.buddyTrajectory;
  if (!b) return null;
  const checkIns = data.buddyCheckIns.nodes;
  const pair = t('buddies.pair', { volunteer: b.volunteer.displayName, resident: b.resident.displayName });

  return (
    <>
      <PageHeading>{pair}</PageHeading>
      {message && (
        <Alert type="ok" ref={messageRef} tabIndex={-1} role="status">
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
      <DataList className="bb-datalist">
        <DataListItem>
          <DataListKey>{t('buddies.status')}</DataListKey>
          <DataListValue value={b.status}>{t(`buddies.statusValue.${b.status}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('buddies.wijk')}</DataListKey>
          <DataListValue value={b.wijkCode}>{wijken.name(b.wijkCode)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('buddies.period')}</DataListKey>
          <DataListValue value={b.startedOn}>{t('buddies.periodValue', { from: day(b.startedOn), to: day(b.endedOn ?? b.plannedEndOn) })}</DataListValue>
        </DataListItem>
        {b.goal && (
          <DataListItem>
            <DataListKey>{t('buddies.goalLabel')}</DataListKey>
            <DataListValue value={b.goal}>{b.goal}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('buddies.everyLabel')}</DataListKey>
          <DataListValue value={String(b.checkInEveryWeeks)}>{t('buddies.everyWeeks', { count: b.checkInEveryWeeks })}</DataListValue>
        </DataListItem>
        {[b.volunteer, b.resident].map((person) => (
          <DataListItem key={person.userId}>
            <DataListKey>{t('buddies.contactOf', { name: person.displayName })}</DataListKey>
            <DataListValue value={person.contact ?? ''}>{person.contact ?? t('buddies.viaSocialWorker')}</DataListValue>
          </DataListItem>
        ))}
        {b.outcome && (
          <DataListItem>
            <DataListKey>{t('buddies.outcomeLabel')}</DataListKey>
            <DataListValue value={b.outcome}>{t(`buddies.outcomeValue.${b.outcome}`)}</DataListValue>
          </DataListItem>
        )}
        {b.endNote && (
          <DataListItem>
            <DataListKey>{t('buddies.endNoteLabel')}</DataListKey>
            <DataListValue value={b.endNote}>{b.endNote}</DataListValue>
          </DataListItem>
        )}
      </DataList>

      {b.status === 'ACTIVE' && b.nextCheckInId && b.nextCheckInOn && (
        <section aria-labelledby="buddy-record">
          <Heading2 id="buddy-record">{t('buddies.recordTitle', { date: day(b.nextCheckInOn) })}</Heading2>
          <HowItGoesForm checkInId={b.nextCheckInId} refetch={[BUDDY_TRAJECTORY, DUE_BUDDY_CHECK_INS]} onDone={() => say(t('buddies.recorded'))} />
        </section>
      )}

      <section aria-labelledby="buddy-check-ins">
        <Heading2 id="buddy-check-ins">{t('buddies.checkInsTitle')}</Heading2>
        <div className="bb-table-scroll">
          <Table className="bb-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('buddies.checkInDate')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('buddies.howItGoesLabel')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('buddies.noteLabel')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {checkIns.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>{day(c.dueOn)}</TableCell>
                  <TableCell>{c.howItGoes ? t(`buddies.howItGoesValue.${c.howItGoes}`) : t('buddies.notYet')}</TableCell>
                  <TableCell>{c.note ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>

      {b.status === 'ACTIVE' && (
        <section aria-labelledby="buddy-end">
          <Heading2 id="buddy-end">{t('buddies.endTitle')}</Heading2>
          <EndForm id={b.id} onDone={() => say(t('buddies.ended'))} />
        </section>
      )}
      <Paragraph>
        <AppLink to="/social/buddies">{t('buddies.back')}</AppLink>
      </Paragraph>
    </>
  );
}
