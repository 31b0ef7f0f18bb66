import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, DataList, DataListItem, DataListKey, DataListValue, Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useWijken } from '../../data/reference';
import { RadioList } from '../../forms/choices';
import { TextareaField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { useFormat } from '../../format';
import { graphql } from '../../gql';
import type { SignalStatus } from '../../gql/graphql';


const SIGNAL = graphql(`
  query Signal($id: ID!) {
    signal(id: $id) {
      id
      wijkCode
      status
      source
      howToReach
      concern
      personAware
      reporterContact
      triageNote
      createdAt
      closedAt
      deleteAfter
      intakeResidentId
      history {
        fromStatus
        toStatus
        note
        triagedAt
      }
    }
  }
`);

const TRIAGE_SIGNAL = graphql(`
  mutation TriageSignal($input: TriageSignalInput!) {
    triageSignal(input: $input) {
      id
      wijkCode
      status
      source
      howToReach
      concern
      personAware
      reporterContact
      triageNote
      createdAt
      closedAt
      deleteAfter
      intakeResidentId
      history {
        fromStatus
        toStatus
        note
        triagedAt
      }
    }
  }
`);

/** The same steps the server allows (libs/signals transition table). */
const NEXT: Record<SignalStatus, SignalStatus[]> = {
  NEW: ['CONTACTED', 'NO_ACTION', 'INTAKE_DONE'],
  CONTACTED: ['INTAKE_DONE', 'NO_ACTION'],
  INTAKE_DONE: [],
  NO_ACTION: [],
};


/** One signal: what was noticed, how to reach the person, and the next step with a note. Opening it is logged. */
export function SignalPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const wijken = useWijken();
  const { data, loading, error } = useQuery(SIGNAL, { variables: { id }, fetchPolicy: 'network-only' });
  const [triage, { loading: saving }] = useMutation(TRIAGE_SIGNAL);
  const [form, setForm] = useState({ status: '' as SignalStatus | '', note: '' });
  const [saved, setSaved] = useState(false);
  const fields = {
    status: { id: 'triage-status', label: t('signals.nextStep') },
    note: { id: 'triage-note', label: t('signals.note') },
  };
  const errors = useFormErrors(fields, { reasonToField: { ILLEGAL_TRANSITION: 'status', SIGNAL_CHANGED: 'status' } });

  if (loading && !data) return <Loading />;
  if (error || !data) return <ProblemMessage error={error} />;
  const signal = data.signal;
  const next = NEXT[signal.status];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (errors.check(form.status ? [] : [{ field: 'status', key: 'chooseOne' }])) return;
    try {
      await triage({
        variables: { input: { id: signal.id, status: form.status as SignalStatus, expectedStatus: signal.status, ...(form.note.trim() ? { note: form.note.trim() } : {}) } },
      });
      setForm({ status: '', note: '' });
      errors.clear();
      setSaved(true);
    } catch (e) {
      errors.handle(e);
    }
  }

  return (
    <>
      <PageHeading>{t('signals.detailTitle', { date: format.dayYear(signal.createdAt) })}</PageHeading>
      <Paragraph>
        <AppLink to="/social/signals">{t('signals.back')}</AppLink>
      </Paragraph>
      {saved && (
        <Alert type="ok" role="status">
          <Paragraph>{t('signals.saved', { status: t(`signals.statusName.${signal.status}`) })}</Paragraph>
        </Alert>
      )}
      <DataList className="bb-data-list">
        <DataListItem>
          <DataListKey>{t('signals.status')}</DataListKey>
          <DataListValue>{t(`signals.statusName.${signal.status}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('agenda.wijk')}</DataListKey>
          <DataListValue>{wijken.name(signal.wijkCode)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('signals.concern')}</DataListKey>
          <DataListValue>{signal.concern}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('worried.howToReach')}</DataListKey>
          <DataListValue>{signal.howToReach}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('worried.personAware')}</DataListKey>
          <DataListValue>{t(`worried.aware.${signal.personAware}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('signals.sourceLabel')}</DataListKey>
          <DataListValue>{t(`signals.source.${signal.source}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('signals.reporterContact')}</DataListKey>
          <DataListValue>{signal.reporterContact ?? t('signals.noReporterContact')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('signals.deleteAfter')}</DataListKey>
          <DataListValue>{signal.deleteAfter ? format.dayYear(signal.deleteAfter) : t('signals.kept')}</DataListValue>
        </DataListItem>
      </DataList>

      {signal.history.length > 0 && (
        <section aria-labelledby="signal-history">
          <Heading2 id="signal-history">{t('signals.history')}</Heading2>
          <OrderedList>
            {signal.history.map((step) => (
              <OrderedListItem key={`${step.triagedAt}-${step.toStatus}`}>
                {format.dateTime(step.triagedAt)}: {t(`signals.statusName.${step.fromStatus}`)} → {t(`signals.statusName.${step.toStatus}`)}
                {step.note ? ` — ${step.note}` : ''}
              </OrderedListItem>
            ))}
          </OrderedList>
        </section>
      )}

      {next.length > 0 && (
        <>
          <div className="bb-actions utrecht-button-group">
            <AppButtonLink to={`/social/home-visit?signal=${signal.id}`} appearance="secondary">
              {t('homeVisit.startFromSignal')}
            </AppButtonLink>
          </div>
          <ErrorSummary errors={errors} />
          <form noValidate onSubmit={submit} className="bb-form" aria-labelledby="signal-triage">
            <Heading2 id="signal-triage">{t('signals.triageTitle')}</Heading2>
            <RadioList<SignalStatus>
              name="status"
              spec={fields.status}
              errors={errors}
              options={next.map((s) => ({ value: s, label: t(`signals.statusName.${s}`), description: t(`signals.statusHelp.${s}`) }))}
              value={form.status}
              onChange={(status) => setForm((f) => ({ ...f, status }))}
            />
            <TextareaField name="note" spec={fields.note} errors={errors} description={t('signals.noteHelp')} maxLength={1000} rows={4} value={form.note} onChange={(note) => setForm((f) => ({ ...f, note }))} />
            <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>
              {t('signals.save')}
            </Button>
          </form>
        </>
      )}
    </>
  );
}
