import { useQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { AppButtonLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useTags } from '../../data/reference';
import { RadioList } from '../../forms/choices';
import { SelectField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { useFormat } from '../../format';
import type { PostKind } from '../../gql/graphql';
import { POSTS } from './posts-data';

/** Vraag en aanbod: open offers and requests in my wijk and the wijken next to it. */
export function PostsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useSession();
  const tags = useTags('all');
  const [kind, setKind] = useState<PostKind | 'ALL'>('ALL');
  const [tag, setTag] = useState('');
  const errors = useFormErrors({});
  const filter = { ...(kind === 'ALL' ? {} : { kind }), ...(tag ? { tags: [tag] } : {}) };
  const { data, loading, error, fetchMore } = useQuery(POSTS, { variables: { filter } });
  const posts = data?.posts.nodes ?? [];

  return (
    <div className="bb-wide">
      <PageHeading>{t('posts.title')}</PageHeading>
      <Paragraph appearance="lead">{t('posts.lead')}</Paragraph>
      {me?.role === 'RESIDENT' && (
        <div className="bb-actions utrecht-button-group">
          <AppButtonLink to="/posts/new">{t('posts.new')}</AppButtonLink>
          <AppButtonLink to="/my-posts" appearance="secondary">
            {t('posts.mine')}
          </AppButtonLink>
        </div>
      )}
      <div className="bb-agenda">
        <form className="bb-filters" aria-label={t('posts.filters')} onSubmit={(e) => e.preventDefault()}>
          <RadioList<PostKind | 'ALL'>
            name="kind"
            spec={{ id: 'posts-kind', label: t('posts.kind') }}
            errors={errors}
            options={[
              { value: 'ALL', label: t('posts.all') },
              { value: 'OFFER', label: t('posts.offers') },
              { value: 'REQUEST', label: t('posts.requests') },
            ]}
            value={kind}
            onChange={setKind}
          />
          <SelectField
            name="tag"
            spec={{ id: 'posts-tag', label: t('agenda.tag') }}
            errors={errors}
            value={tag}
            onChange={setTag}
            options={[{ value: '', label: t('agenda.allTags') }, ...tags.options]}
          />
        </form>
        <section aria-label={t('posts.results')}>
          <div aria-live="polite">
            {loading && !data && <Loading />}
            {error && <ProblemMessage error={error} />}
            {data && <Paragraph className="bb-result-count">{t('posts.count', { count: posts.length })}</Paragraph>}
          </div>
          <ul className="bb-cards">
            {posts.map((post) => (
              <li key={post.id} className="bb-card">
                <p className={`bb-kind bb-kind--${post.kind.toLowerCase()}`}>{t(`posts.kindLabel.${post.kind}`)}</p>
                <h2 className="bb-card__title">{post.title}</h2>
                {post.text && <p className="bb-prewrap">{post.text}</p>}
                <p className="bb-card__place">
                  {t('posts.by', { name: post.authorName, wijk: post.wijkName ?? post.wijkCode, date: format.day(post.createdAt) })}
                </p>
                {post.tags.length > 0 && (
                  <ul className="bb-badges" aria-label={t('activity.tags')}>
                    {post.tags.map((slug) => (
                      <li key={slug} className="bb-badge">
                        {tags.label(slug)}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          {data?.posts.pageInfo.hasNextPage && (
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() =>
                void fetchMore({
                  variables: { after: data.posts.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    posts: { ...fetchMoreResult.posts, nodes: [...previous.posts.nodes, ...fetchMoreResult.posts.nodes] },
                  }),
                })
              }
            >
              {t('common.more')}
            </Button>
          )}
        </section>
      </div>
    </div>
  );
}
