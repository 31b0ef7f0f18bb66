import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  DataList,
  DataListActions,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useTags, useWijken } from '../../data/reference';
import { CheckboxList } from '../../forms/choices';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import { DAYS, PARTS } from '../../forms/AvailabilityGrid';
import { MY_PROFILE, postcode4, type Step, useProfileDraft } from './profile-draft';

const UPDATE_MY_PROFILE = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      userId
      wijkCode
      postcode
      interests
      interestsText
      talents
      talentsText
      availability
      needs
      travelRadiusKm
      viaSocialWorker
      contactPreference
    }
  }
`);

/**
 * Mijn profiel: a first visit starts the wizard; afterwards (and at the wizard's end) it shows
 * every answer with a "change" link per step, asks consent the first time, and saves.
 */
export function ProfilePage() {
  const { t } = useTranslation();
  const { draft, exists, loading, error, reset } = useProfileDraft();
  const tags = useTags('all');
  const wijken = useWijken();
  const [save, { loading: saving }] = useMutation(UPDATE_MY_PROFILE, { refetchQueries: [MY_PROFILE], awaitRefetchQueries: true });
  const [consent, setConsent] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);
  const fields = {
    consents: { id: 'profile-consent', label: t('profile.check.consentTitle') },
    wijkCode: { id: 'change-wijk', label: t('profile.wijk.title') },
    postcode: { id: 'change-wijk', label: t('profile.wijk.postcode') },
    interests: { id: 'change-interests', label: t('profile.interests.title') },
    interestsText: { id: 'change-interests', label: t('profile.interests.text') },
    talents: { id: 'change-talents', label: t('profile.talents.title') },
    talentsText: { id: 'change-talents', label: t('profile.talents.text') },
    availability: { id: 'change-availability', label: t('profile.availability.title') },
    needs: { id: 'change-needs', label: t('profile.needs.title') },
    travelRadiusKm: { id: 'change-needs', label: t('profile.needs.radius') },
    viaSocialWorker: { id: 'change-help', label: t('profile.help.title') },
    contactPreference: { id: 'change-help', label: t('profile.help.contact') },
  };
  const errors = useFormErrors(fields, { reasonToField: { CONSENT_REQUIRED: 'consents', UNKNOWN_POSTCODE: 'postcode' } });

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  if (loading) return <Loading />;
  if (error) return <ProblemMessage error={error} />;

  if (!exists && !draft.wijkCode) {
    return (
      <>
        <PageHeading>{t('profile.start.title')}</PageHeading>
        <Paragraph appearance="lead">{t('profile.start.lead')}</Paragraph>
        <Paragraph>{t('profile.start.text')}</Paragraph>
        <Paragraph>{t('profile.start.later')}</Paragraph>
        <AppButtonLink to="/profile/wijk">{t('profile.start.button')}</AppButtonLink>
      </>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (!exists && errors.check(consent.includes('profileProcessing') ? [] : [{ field: 'consents', key: 'consentNeeded' }])) return;
    try {
      await save({
        variables: {
          input: {
            wijkCode: draft.wijkCode,
            ...(draft.postcode.trim() ? { postcode: draft.postcode.trim() } : { postcode: null }),
            interests: draft.interests,
            interestsText: draft.interestsText,
            talents: draft.talents,
            talentsText: draft.talentsText,
            availability: draft.availability,
            needs: draft.needs,
            travelRadiusKm: draft.travelRadiusKm,
            viaSocialWorker: draft.viaSocialWorker ?? false,
            contactPreference: draft.contactPreference,
            ...(exists ? {} : { consents: { profileProcessing: true, matching: consent.includes('matching') } }),
          },
        },
      });
      errors.clear();
      reset();
      setSaved(true);
    } catch (e) {
      errors.handle(e);
    }
  }

  const list = (values: string[]) => (values.length ? values.map(tags.label).join(', ') : t('profile.check.nothing'));
  const availability = DAYS.flatMap((day) =>
    PARTS.filter((part) => draft.availability.includes(`${day}_${part}` as (typeof draft.availability)[number])).map((part) =>
      t('availability.slot', { day: t(`availability.day.${day}`), part: t(`availability.part.${part}`) }),
    ),
  );
  const rows: { step: Step; key: string; value: string }[] = [
    { step: 'wijk', key: t('profile.check.wijk'), value: wijken.name(draft.wijkCode) + (postcode4(draft.postcode) ? ` (${postcode4(draft.postcode)})` : '') },
    { step: 'interests', key: t('profile.check.interests'), value: [list(draft.interests), draft.interestsText].filter(Boolean).join('. ') },
    { step: 'talents', key: t('profile.check.talents'), value: [list(draft.talents), draft.talentsText].filter(Boolean).join('. ') },
    { step: 'availability', key: t('profile.check.availability'), value: availability.length ? availability.join(', ') : t('profile.check.nothing') },
    {
      step: 'needs',
      key: t('profile.check.needs'),
      value: [
        draft.needs.length ? draft.needs.map((n) => t(`needs.${n}`)).join(', ') : t('profile.check.noNeeds'),
        t('profile.needs.km', { count: draft.travelRadiusKm }),
      ].join('. '),
    },
    {
      step: 'help',
      key: t('profile.check.help'),
      value: [
        draft.viaSocialWorker ? t('profile.help.yes') : t('profile.help.no'),
        t(`contactPreference.${draft.contactPreference}`),
      ].join('. '),
    },
  ];

  return (
    <>
      <PageHeading>{exists ? t('profile.check.titleSaved') : t('profile.check.title')}</PageHeading>
      {saved && (
        <Alert type="ok" ref={savedRef} tabIndex={-1} role="status">
          <Paragraph>{t('profile.check.saved')}</Paragraph>
          <Paragraph>
            <AppLink to="/agenda">{t('profile.check.toAgenda')}</AppLink>
          </Paragraph>
        </Alert>
      )}
      <ErrorSummary errors={errors} />
      <Paragraph>{exists ? t('profile.check.introSaved') : t('profile.check.intro')}</Paragraph>
      <DataList className="bb-datalist bb-summary">
        {rows.map((row) => (
          <DataListItem key={row.step}>
            <DataListKey>{row.key}</DataListKey>
            <DataListValue value={row.value}>{row.value}</DataListValue>
            <DataListActions>
              <AppLink id={`change-${row.step}`} to={`/profile/${row.step}?back=check`}>
                {t('profile.check.change')}
                <span className="bb-visually-hidden"> {row.key}</span>
              </AppLink>
            </DataListActions>
          </DataListItem>
        ))}
      </DataList>
      <form noValidate onSubmit={submit} className="bb-form">
        {!exists && (
          <CheckboxList
            name="consents"
            spec={fields.consents}
            errors={errors}
            description={t('profile.check.consentHelp')}
            options={[
              { value: 'profileProcessing', label: t('profile.check.consentProcessing') },
              { value: 'matching', label: t('profile.check.consentMatching') },
            ]}
            value={consent}
            onChange={setConsent}
          />
        )}
        <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>
          {t('profile.check.save')}
        </Button>
      </form>
    </>
  );
}
