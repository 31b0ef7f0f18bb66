import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { problemMessage, toApiProblems } from '../../apollo/errors';
import { AppButtonLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useFormat } from '../../format';
import { graphql } from '../../gql';
import { MY_POSTS } from './posts-data';

const CLOSE_POST = graphql(`
  mutation ClosePost($id: ID!) {
    closePost(id: $id) {
      id
      status
    }
  }
`);

const EXTEND_POST = graphql(`
  mutation ExtendPost($id: ID!) {
    extendPost(id: $id) {
      id
      status
      expiresAt
    }
  }
`);

/** Mijn vraag en aanbod: my posts with their status; close one, or keep it open longer. */
export function MyPostsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const created = (location.state as { created?: string } | null)?.created;
  const { data, loading, error } = useQuery(MY_POSTS);
  const [close, closing] = useMutation(CLOSE_POST);
  const [extend, extending] = useMutation(EXTEND_POST);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(created ? { kind: 'ok', text: t('posts.created', { title: created }) } : null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  async function run(action: () => Promise<unknown>, ok: string) {
    try {
      await action();
      setMessage({ kind: 'ok', text: ok });
    } catch (e) {
      setMessage({ kind: 'error', text: toApiProblems(e).map((p) => problemMessage(p, t)).join(' ') });
    }
    setConfirming(null);
  }

  const posts = data?.myPosts.nodes ?? [];
  return (
    <>
      <PageHeading>{t('posts.mine')}</PageHeading>
      {message && (
        <Alert type={message.kind} ref={messageRef} tabIndex={-1} role={message.kind === 'error' ? 'alert' : 'status'}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
      <div className="bb-actions utrecht-button-group">
        <AppButtonLink to="/posts/new">{t('posts.new')}</AppButtonLink>
        <AppButtonLink to="/posts" appearance="secondary">
          {t('posts.toAll')}
        </AppButtonLink>
      </div>
      {loading && <Loading />}
      {error && <ProblemMessage error={error} />}
      {data && posts.length === 0 && <Paragraph>{t('posts.noneMine')}</Paragraph>}
      <ul className="bb-cards">
        {posts.map((post) => (
          <li key={post.id} className="bb-card">
            <p className={`bb-kind bb-kind--${post.kind.toLowerCase()}`}>{t(`posts.kindLabel.${post.kind}`)}</p>
            <h2 className="bb-card__title">{post.title}</h2>
            <p className="bb-card__place">
              {t(`posts.status.${post.status}`)}
              {post.status === 'OPEN' ? ` · ${t('posts.until', { date: format.dayYear(post.expiresAt) })}` : ''}
            </p>
            {confirming === post.id ? (
              <div className="bb-confirm" role="group" aria-labelledby={`close-${post.id}`}>
                <Paragraph id={`close-${post.id}`}>{t('posts.confirmClose', { title: post.title })}</Paragraph>
                <ButtonGroup>
                  <Button
                    type="button"
                    appearance="primary-action-button"
                    autoFocus
                    disabled={closing.loading}
                    onClick={() => void run(() => close({ variables: { id: post.id } }), t('posts.closed', { title: post.title }))}
                  >
                    {t('posts.yesClose')}
                  </Button>
                  <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(null)}>
                    {t('posts.noKeep')}
                  </Button>
                </ButtonGroup>
              </div>
            ) : (
              <ButtonGroup>
                {(post.status === 'OPEN' || post.status === 'EXPIRED') && (
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    disabled={extending.loading}
                    onClick={() => void run(() => extend({ variables: { id: post.id } }), t('posts.extended', { title: post.title }))}
                  >
                    {t('posts.extend')}
                    <span className="bb-visually-hidden"> {post.title}</span>
                  </Button>
                )}
                {post.status !== 'CLOSED' && (
                  <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(post.id)}>
                    {t('posts.close')}
                    <span className="bb-visually-hidden"> {post.title}</span>
                  </Button>
                )}
              </ButtonGroup>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
