import { useMutation } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage, toApiProblems } from '../../apollo/errors';
import { AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { TextareaField, TextField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import { FollowUps } from './FollowUps';
import { type MatchNode, MATCHES, useLiveMatches } from './match-data';
import { MatchReasons, MatchSubject } from './MatchSubject';

const RESPOND = graphql(`
  mutation RespondToMatch($input: RespondToMatchInput!) {
    respondToMatch(input: $input) {
      id
      status
      acceptedByMe
      counterpartContact
      respondedAt
      updatedAt
    }
  }
`);

function ProposalCard({ match, onAnswered }: { match: MatchNode; onAnswered(kind: 'ok' | 'error', text: string): void }) {
  const { t } = useTranslation();
  const [respond, { loading }] = useMutation(RESPOND, { refetchQueries: [MATCHES] });
  const [mode, setMode] = useState<'idle' | 'accept' | 'decline'>('idle');
  const [contact, setContact] = useState('');
  const [reason, setReason] = useState('');
  const errors = useFormErrors({});

  async function answer(response: 'ACCEPT' | 'DECLINE') {
    try {
      await respond({
        variables: {
          input: {
            id: match.id,
            response,
            ...(response === 'ACCEPT' && contact.trim() ? { contact: contact.trim() } : {}),
            ...(response === 'DECLINE' && reason.trim() ? { reason: reason.trim() } : {}),
          },
        },
      });
      onAnswered('ok', response === 'ACCEPT' ? t('matches.accepted') : t('matches.declined'));
    } catch (e) {
      onAnswered('error', [...new Set(toApiProblems(e).map((p) => problemMessage(p, t)))].join(' '));
    }
    setMode('idle');
  }

  return (
    <li className="bb-card bb-proposal">
      <MatchSubject match={match} />
      <MatchReasons match={match} />
      {match.curationNote && <p className="bb-note">{t('matches.note', { note: match.curationNote })}</p>}
      {match.warmHandover && <p className="bb-note">{t('matches.warmHandover')}</p>}
      {mode === 'idle' && (
        <ButtonGroup>
          <Button
            type="button"
            appearance="primary-action-button"
            disabled={loading}
            onClick={() => (match.kind === 'OFFER_REQUEST' ? setMode('accept') : void answer('ACCEPT'))}
          >
            {t('matches.yes')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => setMode('decline')}>
            {t('matches.no')}
          </Button>
        </ButtonGroup>
      )}
      {mode === 'accept' && (
        <div className="bb-confirm bb-confirm--ok" role="group" aria-labelledby={`accept-${match.id}`}>
          <Paragraph id={`accept-${match.id}`}>{t('matches.contactIntro')}</Paragraph>
          <TextField
            name="contact"
            spec={{ id: `contact-${match.id}`, label: t('matches.contact') }}
            errors={errors}
            description={t('matches.contactHelp')}
            maxLength={200}
            value={contact}
            onChange={setContact}
          />
          <ButtonGroup>
            <Button type="button" appearance="primary-action-button" busy={loading} disabled={loading} onClick={() => void answer('ACCEPT')}>
              {t('matches.yesSend')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setMode('idle')}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      )}
      {mode === 'decline' && (
        <div className="bb-confirm" role="group" aria-labelledby={`decline-${match.id}`}>
          <Paragraph id={`decline-${match.id}`}>{t('matches.declineIntro')}</Paragraph>
          <TextareaField
            name="reason"
            spec={{ id: `reason-${match.id}`, label: t('matches.reason') }}
            errors={errors}
            description={t('common.optional')}
            rows={3}
            maxLength={500}
            value={reason}
            onChange={setReason}
          />
          <ButtonGroup>
            <Button type="button" appearance="primary-action-button" busy={loading} disabled={loading} onClick={() => void answer('DECLINE')}>
              {t('matches.noSend')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setMode('idle')}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      )}
    </li>
  );
}

/**
 * Voorstellen: what the scorer (and, for some residents, their social worker) found for me,
 * with the reasons in plain words. New ones arrive live; yes or no is always my own choice.
 */
export function ProposalsPage() {
  const { t } = useTranslation();
  const [news, setNews] = useState('');
  const { nodes, loading, error, data } = useLiveMatches({ live: true, onProposed: () => setNews(t('matches.new')) });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  const open = nodes.filter((m) => m.status === 'OFFERED' && !m.acceptedByMe);
  const earlier = nodes.filter((m) => !open.includes(m));
  return (
    <div className="bb-wide">
      <PageHeading>{t('matches.title')}</PageHeading>
      <Paragraph appearance="lead">{t('matches.lead')}</Paragraph>
      <div aria-live="polite" className="bb-live" data-testid="matches-live">
        {news}
      </div>
      {message && (
        <Alert type={message.kind} ref={messageRef} tabIndex={-1} role={message.kind === 'error' ? 'alert' : 'status'}>
          <Paragraph>{message.text}</Paragraph>
          {message.kind === 'ok' && (
            <Paragraph>
              <AppLink to="/my-sign-ups">{t('activity.toMySignUps')}</AppLink>
            </Paragraph>
          )}
        </Alert>
      )}
      {loading && !data && <Loading />}
      {error && <ProblemMessage error={error} />}
      <section aria-labelledby="proposals-new">
        <Heading2 id="proposals-new">{t('matches.open', { count: open.length })}</Heading2>
        {data && open.length === 0 && <Paragraph>{t('matches.noneOpen')}</Paragraph>}
        <ul className="bb-cards" data-testid="open-proposals">
          {open.map((m) => (
            <ProposalCard key={m.id} match={m} onAnswered={(kind, text) => setMessage({ kind, text })} />
          ))}
        </ul>
      </section>
      <FollowUps />
      {earlier.length > 0 && (
        <section aria-labelledby="proposals-earlier">
          <Heading2 id="proposals-earlier">{t('matches.earlier')}</Heading2>
          <ul className="bb-cards">
            {earlier.map((m) => (
              <li key={m.id} className="bb-card">
                <MatchSubject match={m} headingLevel={3} />
                <p className="bb-badge">{t(`matchStatus.${m.status}`)}</p>
                {m.counterpartContact && <p>{t('matches.counterpart', { contact: m.counterpartContact })}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
