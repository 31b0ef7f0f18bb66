import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage, toApiProblems } from '../../apollo/errors';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { MY_SIGN_UPS } from '../../data/activity';
import { useFormat } from '../../format';
import { graphql } from '../../gql';

const CANCEL_SIGN_UP = graphql(`
  mutation CancelSignUp($id: ID!) {
    cancelSignUp(id: $id) {
      id
      status
    }
  }
`);

/** Mijn aanmeldingen: coming dates I signed up for, with a way to cancel (asked twice). */
export function MySignUpsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useQuery(MY_SIGN_UPS);
  const [cancel, { loading: cancelling }] = useMutation(CANCEL_SIGN_UP, { refetchQueries: [MY_SIGN_UPS] });
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const signUps = (data?.mySignUps ?? []).filter((s) => s.status !== 'CANCELLED');
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  async function confirmCancel(id: string, title: string) {
    try {
      await cancel({ variables: { id } });
      setMessage({ kind: 'ok', text: t('signUps.cancelled', { title }) });
    } catch (e) {
      setMessage({ kind: 'error', text: toApiProblems(e).map((p) => problemMessage(p, t)).join(' ') });
    }
    setConfirming(null);
  }

  return (
    <>
      <PageHeading>{t('signUps.title')}</PageHeading>
      {message && (
        <Alert type={message.kind} ref={messageRef} tabIndex={-1} role={message.kind === 'error' ? 'alert' : 'status'}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
      {loading && <Loading />}
      {error && <ProblemMessage error={error} />}
      {!loading && !error && signUps.length === 0 && (
        <>
          <Paragraph>{t('signUps.none')}</Paragraph>
          <AppButtonLink to="/agenda">{t('signUps.toAgenda')}</AppButtonLink>
        </>
      )}
      <ul className="bb-cards">
        {signUps.map((s) => (
          <li key={s.id} className="bb-card">
            <p className="bb-card__time">
              {format.day(s.occurrenceStart)}, {format.time(s.occurrenceStart)}
            </p>
            <h2 className="bb-card__title">
              <AppLink to={`/activities/${s.activityId}`}>{s.activity?.title ?? t('signUps.unknownActivity')}</AppLink>
            </h2>
            {s.activity && <p className="bb-card__place">{s.activity.location.name}</p>}
            <p className="bb-badge">{s.status === 'WAITING' ? t('activity.onWaitingList') : t('activity.youAreSignedUp')}</p>
            {confirming === s.id ? (
              <div className="bb-confirm" role="group" aria-labelledby={`confirm-${s.id}`}>
                <Paragraph id={`confirm-${s.id}`}>{t('signUps.confirm', { title: s.activity?.title ?? '' })}</Paragraph>
                <ButtonGroup>
                  <Button
                    type="button"
                    appearance="primary-action-button"
                    hint="danger"
                    busy={cancelling}
                    disabled={cancelling}
                    autoFocus
                    onClick={() => void confirmCancel(s.id, s.activity?.title ?? '')}
                  >
                    {t('signUps.yesCancel')}
                  </Button>
                  <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(null)}>
                    {t('signUps.noKeep')}
                  </Button>
                </ButtonGroup>
              </div>
            ) : (
              <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(s.id)}>
                {t('signUps.cancel')}
                <span className="bb-visually-hidden"> {s.activity?.title}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
