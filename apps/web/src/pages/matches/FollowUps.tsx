import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ProblemMessage } from '../../components/ProblemMessage';
import { RadioList } from '../../forms/choices';
import { TextareaField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import type { FollowUpsQuery } from '../../gql/graphql';
import { MatchSubject } from './MatchSubject';

export const FOLLOW_UPS = graphql(`
  query FollowUps {
    followUps(first: 50) {
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
        followUpDueAt
      }
    }
  }
`);

const RECORD_FOLLOW_UP = graphql(`
  mutation RecordFollowUp($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) {
      id
      status
      followedUpAt
      outcomeWentWell
      outcomeWantsMore
    }
  }
`);

type FollowUp = FollowUpsQuery['followUps']['nodes'][number];

function FollowUpForm({ match, onDone }: { match: FollowUp; onDone(text: string): void }) {
  const { t } = useTranslation();
  const [record, { loading }] = useMutation(RECORD_FOLLOW_UP, { refetchQueries: [FOLLOW_UPS] });
  const [wentWell, setWentWell] = useState<'yes' | 'no' | ''>('');
  const [wantsMore, setWantsMore] = useState<'yes' | 'no' | ''>('');
  const [note, setNote] = useState('');
  const fields = {
    wentWell: { id: `went-well-${match.id}`, label: t('followUp.wentWell') },
    wantsMore: { id: `wants-more-${match.id}`, label: t('followUp.wantsMore') },
    note: { id: `note-${match.id}`, label: t('followUp.note') },
  };
  const errors = useFormErrors(fields);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = [...(wentWell ? [] : [{ field: 'wentWell', key: 'chooseOne' }]), ...(wantsMore ? [] : [{ field: 'wantsMore', key: 'chooseOne' }])];
    if (errors.check(problems)) return;
    try {
      await record({ variables: { input: { matchId: match.id, outcome: { wentWell: wentWell === 'yes', wantsMore: wantsMore === 'yes', note: note.trim() || null } } } });
      onDone(t('followUp.thanks'));
    } catch (e) {
      errors.handle(e);
    }
  }

  const yesNo = [
    { value: 'yes' as const, label: t('common.yes') },
    { value: 'no' as const, label: t('common.no') },
  ];
  return (
    <form noValidate onSubmit={submit} className="bb-form">
      <ErrorSummary errors={errors} />
      <RadioList<"yes" | "no"> name="wentWell" spec={fields.wentWell} errors={errors} options={yesNo} value={wentWell} onChange={setWentWell} />
      <RadioList<"yes" | "no"> name="wantsMore" spec={fields.wantsMore} errors={errors} options={yesNo} value={wantsMore} onChange={setWantsMore} />
      <TextareaField name="note" spec={fields.note} errors={errors} description={t('common.optional')} rows={3} maxLength={1000} value={note} onChange={setNote} />
      <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
        {t('followUp.submit')}
      </Button>
    </form>
  );
}

/** "Is het goed gegaan?": due follow-ups, for the resident or their social worker (nazorg). */
export function FollowUps({ headingLevel = 2, showResident = false }: { headingLevel?: 1 | 2; showResident?: boolean }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(FOLLOW_UPS);
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  const items = data?.followUps.nodes ?? [];
  if (error) return <ProblemMessage error={error} />;
  if (!items.length && !message) return headingLevel === 1 ? <Paragraph>{t('followUp.none')}</Paragraph> : null;
  return (
    <section aria-labelledby={headingLevel === 2 ? 'follow-ups' : undefined} className="bb-follow-ups">
      {headingLevel === 2 && <Heading2 id="follow-ups">{t('followUp.title')}</Heading2>}
      {message && (
        <Alert type="ok" ref={messageRef} tabIndex={-1} role="status">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
      <ul className="bb-cards">
        {items.map((m) => (
          <li key={m.id} className="bb-card">
            <MatchSubject match={m} headingLevel={3} />
            {showResident && <p className="bb-card__place">{t('curation.resident', { id: m.residentId.slice(0, 8) })}</p>}
            <FollowUpForm match={m} onDone={setMessage} />
          </li>
        ))}
      </ul>
    </section>
  );
}
