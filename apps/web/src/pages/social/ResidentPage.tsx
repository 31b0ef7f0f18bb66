import { useQuery } from '@apollo/client/react';
import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSession } from '../../auth/session';
import { AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { DAYS, PARTS } from '../../forms/AvailabilityGrid';
import { useTags, useWijken } from '../../data/reference';
import { useFormat } from '../../format';
import { graphql } from '../../gql';

const RESIDENT = graphql(`
  query Resident($userId: ID!) {
    resident(userId: $userId) {
      userId
      displayName
      wijkCode
      postcode
      ageBand
      languages
      interests
      interestsText
      talents
      talentsText
      wishes
      wishesText
      availability
      needs
      travelRadiusKm
      viaSocialWorker
      contactPreference
      onBehalf
      updatedAt
      consents {
        kind
        method
        givenAt
        withdrawnAt
      }
    }
  }
`);

const HOME_VISITS = graphql(`
  query ResidentHomeVisits($residentId: ID!) {
    homeVisits(residentId: $residentId) {
      id
      visitedOn
      visitedByName
      livingSituation
      contactFrequency
      mobility
      notes
    }
  }
`);

/** Longer notes are cut here; the summary is for finding a visit, not for reading it all. */
const NOTE_LENGTH = 140;

/** The resident's home visits, newest first: when, who, and the main answers (reading them is audited too). */
function HomeVisits({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useQuery(HOME_VISITS, { variables: { residentId }, fetchPolicy: 'network-only' });
  const visits = data?.homeVisits ?? [];
  const short = (text: string) => (text.length > NOTE_LENGTH ? `${text.slice(0, NOTE_LENGTH - 1).trimEnd()}…` : text);
  return (
    <section aria-labelledby="home-visits-title">
      <Heading2 id="home-visits-title">{t('residents.homeVisits.title')}</Heading2>
      {loading && !data && <Loading />}
      {error && <ProblemMessage error={error} />}
      {data && visits.length === 0 && <Paragraph>{t('residents.homeVisits.none')}</Paragraph>}
      {visits.length > 0 && (
        <ul className="bb-cards" data-testid="home-visits">
          {visits.map((visit) => (
            <li key={visit.id} className="bb-card">
              <p className="bb-card__time">
                {/* A calendar day: noon keeps it the same day in every time zone. */}
                <time dateTime={visit.visitedOn}>{format.dayYear(`${visit.visitedOn}T12:00:00`)}</time>
              </p>
              <p className="bb-card__place">
                {visit.visitedByName ? t('residents.homeVisits.by', { name: visit.visitedByName }) : t('residents.homeVisits.byUnknown')}
              </p>
              <p>
                {t('residents.homeVisits.summary', {
                  living: t(`homeVisit.livingOption.${visit.livingSituation}`),
                  contacts: t(`homeVisit.contactsOption.${visit.contactFrequency}`),
                  mobility: t(`homeVisit.mobilityOption.${visit.mobility}`),
                })}
              </p>
              {visit.notes && <p className="bb-prewrap">{t('residents.homeVisits.notes', { notes: short(visit.notes) })}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One resident's profile for their social worker (the API writes every opening to the audit log). */
export function ResidentPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { userId = '' } = useParams();
  const role = useSession().me?.role;
  const tags = useTags('all');
  const wijken = useWijken();
  const { data, loading, error } = useQuery(RESIDENT, { variables: { userId }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  const r = data?.resident;
  if (error || !r) {
    return (
      <>
        <PageHeading>{t('residents.notFound')}</PageHeading>
        <ProblemMessage error={error} />
        <AppLink to="/social/residents">{t('residents.back')}</AppLink>
      </>
    );
  }
  const list = (values: string[], text?: string | null) => [values.map(tags.label).join(', '), text].filter(Boolean).join('. ') || t('profile.check.nothing');
  const availability = DAYS.flatMap((day) =>
    PARTS.filter((part) => r.availability.includes(`${day}_${part}` as (typeof r.availability)[number])).map((part) =>
      t('availability.slot', { day: t(`availability.day.${day}`), part: t(`availability.part.${part}`) }),
    ),
  );
  const rows: [string, string][] = [
    [t('profile.check.wijk'), wijken.name(r.wijkCode) + (r.postcode ? ` (${r.postcode})` : '')],
    [t('intake.ageBand'), r.ageBand ? t(`ageBand.${r.ageBand}`) : t('profile.check.nothing')],
    [t('profile.check.interests'), list(r.interests, r.interestsText)],
    [t('profile.check.talents'), list(r.talents, r.talentsText)],
    [t('residents.wishes'), list(r.wishes, r.wishesText)],
    [t('profile.check.availability'), availability.join(', ') || t('profile.check.nothing')],
    [t('profile.check.needs'), r.needs.map((n) => t(`needs.${n}`)).join(', ') || t('profile.check.noNeeds')],
    [t('profile.check.help'), `${r.viaSocialWorker ? t('profile.help.yes') : t('profile.help.no')}. ${t(`contactPreference.${r.contactPreference}`)}`],
    [
      t('residents.consents'),
      r.consents
        .filter((c) => !c.withdrawnAt)
        .map((c) => t('residents.consent', { kind: t(`consentKind.${c.kind}`), method: t(`consentMethod.${c.method}`), date: format.dayYear(c.givenAt) }))
        .join('; ') || t('profile.check.nothing'),
    ],
  ];
  return (
    <>
      <PageHeading>{r.displayName}</PageHeading>
      <Paragraph>{r.onBehalf ? t('residents.onBehalfText') : t('residents.selfText')}</Paragraph>
      <DataList className="bb-datalist bb-summary">
        {rows.map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{key}</DataListKey>
            <DataListValue value={value}>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {role === 'SOCIAL_WORKER' && (
        <Paragraph>
          <AppLink to={`/social/residents/${r.userId}/questionnaire`}>{t('measurement.link')}</AppLink>
        </Paragraph>
      )}
      <HomeVisits residentId={r.userId} />
      <Paragraph className="bb-muted">{t('residents.audited')}</Paragraph>
      <AppLink to="/social/residents">{t('residents.back')}</AppLink>
    </>
  );
}
