import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { useFormat } from '../../format';
import { graphql } from '../../gql';
import type { MatchNode } from './match-data';

const MATCH_ACTIVITY = graphql(`
  query MatchActivity($id: ID!) {
    activity(id: $id) {
      id
      title
      walkIn
      free
      costCents
      location {
        name
      }
      schedule {
        kind
        startsAt
      }
    }
  }
`);

const MATCH_POST = graphql(`
  query MatchPost($id: ID!) {
    post(id: $id) {
      id
      kind
      title
      text
      authorName
    }
  }
`);

/** What a match is about, as a heading: an activity (linked) or the other resident's post. */
export function MatchSubject({ match, headingLevel = 2, mine }: { match: MatchNode; headingLevel?: 2 | 3; mine?: 'offer' | 'request' }) {
  const { t } = useTranslation();
  const format = useFormat();
  const Heading = `h${headingLevel}` as const;
  const activity = useQuery(MATCH_ACTIVITY, { variables: { id: match.activityId ?? '' }, skip: !match.activityId, fetchPolicy: 'cache-first' });
  // For an offer and a request, show the other side's post: the resident asked, so the offer.
  const postId = mine === 'offer' ? match.requestPostId : match.offerPostId ?? match.requestPostId;
  const post = useQuery(MATCH_POST, { variables: { id: postId ?? '' }, skip: match.kind !== 'OFFER_REQUEST' || !postId, fetchPolicy: 'cache-first' });

  if (match.kind === 'RESIDENT_ACTIVITY') {
    const a = activity.data?.activity;
    return (
      <>
        <Heading className="bb-card__title">
          {a ? <AppLink to={`/activities/${a.id}`}>{a.title}</AppLink> : t('matches.anActivity')}
        </Heading>
        {a && (
          <p className="bb-card__place">
            {a.location.name} · {a.schedule.kind === 'RECURRING' ? t('matches.regularly') : format.dateTime(a.schedule.startsAt)} ·{' '}
            {a.free ? t('activity.free') : format.euros(a.costCents)}
          </p>
        )}
      </>
    );
  }
  const p = post.data?.post;
  return (
    <>
      <Heading className="bb-card__title">{p ? p.title : t('matches.aNeighbour')}</Heading>
      {p && (
        <p className="bb-card__place">
          {t(`posts.kindLabel.${p.kind}`)} · {t('matches.from', { name: p.authorName })}
        </p>
      )}
      {p?.text && <p className="bb-prewrap">{p.text}</p>}
    </>
  );
}

/** The reasons a match was proposed ("Je houdt van wandelen"), in the reader's language. */
export function MatchReasons({ match }: { match: MatchNode }) {
  const { t, i18n } = useTranslation();
  if (!match.reasons.length) return null;
  return (
    <>
      <p className="bb-reasons__title">{t('matches.why')}</p>
      <ul className="bb-reasons">
        {match.reasons.map((r) => (
          <li key={r.nl}>{i18n.language === 'en' ? r.en : r.nl}</li>
        ))}
      </ul>
    </>
  );
}
