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
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { toApiProblems, problemMessage } from '../../apollo/errors';
import { useSession } from '../../auth/session';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { MY_SIGN_UPS, OCCURRENCES } from '../../data/activity';
import { useTags, useWijken } from '../../data/reference';
import { addDays, useFormat } from '../../format';
import { graphql } from '../../gql';

const ACTIVITY = graphql(`
  query Activity($id: ID!) {
    activity(id: $id) {
      id
      title
      description
      tags
      free
      costCents
      walkIn
      capacity
      accessibility
      audience
      languages
      status
      wijkCode
      organisationId
      cancellationReason
      location {
        name
        addressLine
      }
      schedule {
        kind
        startsAt
        endsAt
        durationMinutes
      }
      organisation {
        id
        name
        phone
        email
        website
      }
    }
  }
`);

const SIGN_UP = graphql(`
  mutation SignUp($activityId: ID!, $occurrenceStart: DateTime) {
    signUp(activityId: $activityId, occurrenceStart: $occurrenceStart) {
      id
      status
      occurrenceStart
    }
  }
`);

/** One activity: what, where, for whom, and its coming dates with a sign-up button each. */
export function ActivityPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const location = useLocation();
  const { me } = useSession();
  const tags = useTags('all');
  const wijken = useWijken();
  const [from] = useState(() => new Date());
  const { data, loading, error } = useQuery(ACTIVITY, { variables: { id } });
  const activity = data?.activity;
  const dates = useQuery(OCCURRENCES, {
    variables: {
      wijkCode: activity?.wijkCode ?? null,
      organisationId: activity?.organisationId ?? null,
      from: from.toISOString(),
      to: addDays(from, 60).toISOString(),
    },
    skip: !activity || activity.status !== 'PUBLISHED',
  });
  const signUps = useQuery(MY_SIGN_UPS, { skip: !me });
  const [signUp, { loading: signingUp }] = useMutation(SIGN_UP, { refetchQueries: [MY_SIGN_UPS, OCCURRENCES] });
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  if (loading && !data) return <Loading />;
  if (error || !activity) {
    return (
      <>
        <PageHeading>{t('activity.notFound')}</PageHeading>
        <ProblemMessage error={error} />
        <Paragraph>
          <AppLink to="/agenda">{t('activity.backToAgenda')}</AppLink>
        </Paragraph>
      </>
    );
  }

  const occurrences = (dates.data?.occurrences ?? []).filter((o) => o.activityId === activity.id).slice(0, 8);
  const mine = new Map((signUps.data?.mySignUps ?? []).filter((s) => s.activityId === activity.id && s.status !== 'CANCELLED').map((s) => [new Date(s.occurrenceStart).getTime(), s]));

  async function join(start: string) {
    setResult(null);
    try {
      const res = await signUp({ variables: { activityId: activity!.id, occurrenceStart: start } });
      const status = res.data?.signUp.status;
      setResult({ kind: 'ok', text: status === 'WAITING' ? t('activity.waiting', { date: format.day(start) }) : t('activity.signedUp', { date: format.day(start) }) });
    } catch (e) {
      setResult({ kind: 'error', text: [...new Set(toApiProblems(e).map((p) => problemMessage(p, t)))].join(' ') });
    }
  }

  return (
    <>
      <PageHeading>{activity.title}</PageHeading>
      {activity.status === 'CANCELLED' && (
        <Alert type="warning">
          <Paragraph>{t('activity.cancelled')}</Paragraph>
          {activity.cancellationReason && <Paragraph>{activity.cancellationReason}</Paragraph>}
        </Alert>
      )}
      {activity.status === 'DRAFT' && (
        <Alert type="info">
          <Paragraph>{t('activity.draft')}</Paragraph>
        </Alert>
      )}
      <Paragraph className="bb-prewrap">{activity.description}</Paragraph>
      <DataList className="bb-datalist">
        <DataListItem>
          <DataListKey>{t('activity.where')}</DataListKey>
          <DataListValue value={activity.location.name}>
            {activity.location.name}
            {activity.location.addressLine && (
              <>
                <br />
                {activity.location.addressLine}
              </>
            )}
            <br />
            {t('activity.inWijk', { wijk: wijken.name(activity.wijkCode) })}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('activity.cost')}</DataListKey>
          <DataListValue value={String(activity.costCents)}>{activity.free ? t('activity.free') : format.euros(activity.costCents)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('activity.signUpNeeded')}</DataListKey>
          <DataListValue value={String(activity.walkIn)}>{activity.walkIn ? t('activity.walkInText') : t('activity.signUpText')}</DataListValue>
        </DataListItem>
        {activity.accessibility.length > 0 && (
          <DataListItem>
            <DataListKey>{t('activity.accessibility')}</DataListKey>
            <DataListValue value={activity.accessibility.join()}>{activity.accessibility.map((a) => t(`accessibility.${a}`)).join(', ')}</DataListValue>
          </DataListItem>
        )}
        {activity.tags.length > 0 && (
          <DataListItem>
            <DataListKey>{t('activity.tags')}</DataListKey>
            <DataListValue value={activity.tags.join()}>{activity.tags.map(tags.label).join(', ')}</DataListValue>
          </DataListItem>
        )}
        {activity.organisation && (
          <DataListItem>
            <DataListKey>{t('activity.organisation')}</DataListKey>
            <DataListValue value={activity.organisation.name}>
              {activity.organisation.name}
              {activity.organisation.phone && (
                <>
                  <br />
                  <a className="utrecht-link utrecht-link--html-a" href={`tel:${activity.organisation.phone.replace(/[^\d+]/g, '')}`}>
                    {activity.organisation.phone}
                  </a>
                </>
              )}
            </DataListValue>
          </DataListItem>
        )}
      </DataList>

      {activity.status === 'PUBLISHED' && (
        <section aria-labelledby="activity-dates">
          <Heading2 id="activity-dates">{t('activity.dates')}</Heading2>
          {result && (
            <Alert type={result.kind} ref={resultRef} tabIndex={-1} role={result.kind === 'error' ? 'alert' : 'status'}>
              <Paragraph>{result.text}</Paragraph>
              {result.kind === 'ok' && (
                <Paragraph>
                  <AppLink to="/my-sign-ups">{t('activity.toMySignUps')}</AppLink>
                </Paragraph>
              )}
            </Alert>
          )}
          {dates.loading && <Loading />}
          {dates.error && <ProblemMessage error={dates.error} />}
          {!dates.loading && occurrences.length === 0 && <Paragraph>{t('activity.noDates')}</Paragraph>}
          <ul className="bb-dates">
            {occurrences.map((o) => {
              const signedUp = mine.get(new Date(o.startsAt).getTime());
              return (
                <li key={o.startsAt} className="bb-date">
                  <div>
                    <strong>{format.day(o.startsAt)}</strong>
                    <br />
                    {format.timeRange(o.startsAt, o.endsAt)}
                    {o.placesLeft !== null && o.placesLeft !== undefined && (
                      <>
                        <br />
                        {o.placesLeft > 0 ? t('activity.placesLeft', { count: o.placesLeft }) : t('activity.fullWaitingList')}
                      </>
                    )}
                  </div>
                  {activity.walkIn ? null : signedUp ? (
                    <p className="bb-date__status">{signedUp.status === 'WAITING' ? t('activity.onWaitingList') : t('activity.youAreSignedUp')}</p>
                  ) : me ? (
                    <Button type="button" appearance="primary-action-button" disabled={signingUp} onClick={() => void join(o.startsAt)}>
                      {t('activity.signUp')}
                      <span className="bb-visually-hidden"> {format.day(o.startsAt)}</span>
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {!me && !activity.walkIn && (
            <Paragraph>
              <AppButtonLink to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}>{t('activity.loginToSignUp')}</AppButtonLink>
            </Paragraph>
          )}
        </section>
      )}
      <Paragraph>
        <AppLink to="/agenda">{t('activity.backToAgenda')}</AppLink>
      </Paragraph>
    </>
  );
}
