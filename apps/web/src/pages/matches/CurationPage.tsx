import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage, toApiProblems } from '../../apollo/errors';
import { useSession } from '../../auth/session';
import { AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useWijken } from '../../data/reference';
import { CheckboxList } from '../../forms/choices';
import { TextareaField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import type { CurationQueueQuery } from '../../gql/graphql';
import { MatchReasons, MatchSubject } from './MatchSubject';

const CURATION_QUEUE = graphql(`
  query CurationQueue {
    curationQueue(first: 20) {
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
        proposedAt
      }
    }
  }
`);

const QUEUE_CHANGED = graphql(`
  subscription CurationQueueChanged {
    curationQueueChanged {
      change
      matchId
      wijkCode
    }
  }
`);

const CURATE = graphql(`
  mutation CurateMatch($input: CurateMatchInput!) {
    curateMatch(input: $input) {
      id
      status
    }
  }
`);

type Item = CurationQueueQuery['curationQueue']['nodes'][number];

function CurationCard({ item, onDone }: { item: Item; onDone(kind: 'ok' | 'error', text: string): void }) {
  const { t } = useTranslation();
  const wijken = useWijken();
  const [curate, { loading }] = useMutation(CURATE, { refetchQueries: [CURATION_QUEUE] });
  const [note, setNote] = useState('');
  const [warm, setWarm] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const errors = useFormErrors({});
  // The button that opened the decision is gone: continue in its first field.
  useEffect(() => {
    if (open) document.getElementById(`curation-note-${item.id}`)?.focus();
  }, [open, item.id]);

  async function decide(decision: 'APPROVE' | 'REJECT') {
    try {
      await curate({ variables: { input: { id: item.id, decision, note: note.trim() || null, warmHandover: warm.includes('yes') } } });
      onDone('ok', decision === 'APPROVE' ? t('curation.approved') : t('curation.rejected'));
    } catch (e) {
      onDone('error', [...new Set(toApiProblems(e).map((p) => problemMessage(p, t)))].join(' '));
    }
  }

  return (
    <li className="bb-card">
      <MatchSubject match={item} mine="request" />
      <p className="bb-card__place">
        {t('curation.for')}{' '}
        <AppLink to={`/social/residents/${item.residentId}`}>{t('curation.openResident')}</AppLink> · {wijken.name(item.wijkCode)} ·{' '}
        {t('curation.score', { score: Math.round(item.score * 100) })}
      </p>
      <MatchReasons match={item} />
      {!open ? (
        <Button type="button" appearance="secondary-action-button" onClick={() => setOpen(true)}>
          {t('curation.decide')}
        </Button>
      ) : (
        <div className="bb-decision">
          <TextareaField
            name="note"
            spec={{ id: `curation-note-${item.id}`, label: t('curation.note') }}
            errors={errors}
            description={t('curation.noteHelp')}
            rows={3}
            maxLength={1000}
            value={note}
            onChange={setNote}
          />
          <CheckboxList
            name="warm"
            spec={{ id: `curation-warm-${item.id}`, label: t('curation.warmTitle') }}
            errors={errors}
            options={[{ value: 'yes', label: t('curation.warm') }]}
            value={warm}
            onChange={setWarm}
          />
          <ButtonGroup>
            <Button type="button" appearance="primary-action-button" disabled={loading} onClick={() => void decide('APPROVE')}>
              {t('curation.approve')}
            </Button>
            <Button type="button" appearance="secondary-action-button" disabled={loading} onClick={() => void decide('REJECT')}>
              {t('curation.reject')}
            </Button>
          </ButtonGroup>
        </div>
      )}
    </li>
  );
}

/**
 * Voorstellen bekijken: proposals for residents who asked for a warm hand-over wait here until
 * a social worker sends them on (with a note) or not. Other workers' decisions arrive live.
 */
export function CurationPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { data, loading, error, refetch } = useQuery(CURATION_QUEUE);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useSubscription(QUEUE_CHANGED, { skip: !me, onData: () => void refetch() });
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  const items = data?.curationQueue.nodes ?? [];
  return (
    <div className="bb-wide">
      <PageHeading>{t('curation.title')}</PageHeading>
      <Paragraph>{t('curation.intro')}</Paragraph>
      {message && (
        <Alert type={message.kind} ref={messageRef} tabIndex={-1} role={message.kind === 'error' ? 'alert' : 'status'}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
      {loading && !data && <Loading />}
      {error && <ProblemMessage error={error} />}
      <p aria-live="polite" className="bb-result-count">
        {data ? t('curation.count', { count: items.length }) : ''}
      </p>
      <ul className="bb-cards">
        {items.map((item) => (
          <CurationCard key={item.id} item={item} onDone={(kind, text) => setMessage({ kind, text })} />
        ))}
      </ul>
    </div>
  );
}
