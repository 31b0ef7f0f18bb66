import { useApolloClient } from '@apollo/client/react';
import { Button, ButtonGroup, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { AppButtonLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { Loading } from '../../components/ProblemMessage';
import { useTags, useWijken } from '../../data/reference';
import { AvailabilityGrid } from '../../forms/AvailabilityGrid';
import { CheckboxList, RadioList, TagButtons } from '../../forms/choices';
import { SelectField, TextareaField, TextField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import type { ContactPreference, ResidentNeed } from '../../gql/graphql';
import { postcode4, type Step, STEPS, useProfileDraft } from './profile-draft';

const WIJK_FOR_POSTCODE = graphql(`
  query WijkForPostcode($postcode: String!) {
    wijkForPostcode(postcode: $postcode) {
      code
      name
    }
  }
`);

const NEEDS: ResidentNeed[] = ['WHEELCHAIR_ACCESS', 'HEARING_LOOP', 'SOMEONE_TO_GO_ALONG'];
const RADII = ['1', '3', '5', '10'];

/**
 * One small step of the profile wizard: one question per page, Back and Next, nothing lost
 * between steps (the draft lives in sessionStorage until it is saved on the check page).
 */
export function ProfileStepPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const params = useParams();
  const [search] = useSearchParams();
  const { draft, update, loading } = useProfileDraft();
  const interests = useTags('interest');
  const talents = useTags('talent');
  const wijken = useWijken();
  const [foundWijk, setFoundWijk] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const step = params.step as Step;
  const index = STEPS.indexOf(step);
  const fields = {
    postcode: { id: 'profile-postcode', label: t('profile.wijk.postcode') },
    wijkCode: { id: 'profile-wijk', label: t('profile.wijk.choose') },
    interests: { id: 'profile-interests', label: t('profile.interests.title') },
    interestsText: { id: 'profile-interests-text', label: t('profile.interests.text') },
    talents: { id: 'profile-talents', label: t('profile.talents.title') },
    talentsText: { id: 'profile-talents-text', label: t('profile.talents.text') },
    availability: { id: 'profile-availability', label: t('profile.availability.title') },
    needs: { id: 'profile-needs', label: t('profile.needs.title') },
    travelRadiusKm: { id: 'profile-radius', label: t('profile.needs.radius') },
    viaSocialWorker: { id: 'profile-via', label: t('profile.help.title') },
    contactPreference: { id: 'profile-contact', label: t('profile.help.contact') },
  };
  const errors = useFormErrors(fields);
  if (index < 0) return <Navigate to="/profile" replace />;
  const backToCheck = search.get('back') === 'check';
  const nextPath = backToCheck || index === STEPS.length - 1 ? '/profile' : `/profile/${STEPS[index + 1]}`;
  const previousPath = index === 0 ? '/profile' : `/profile/${STEPS[index - 1]}`;

  async function lookUp(): Promise<string | null> {
    const code = postcode4(draft.postcode);
    if (!code) {
      errors.check([{ field: 'postcode', key: 'postcode' }]);
      return null;
    }
    setBusy(true);
    try {
      const { data } = await client.query({ query: WIJK_FOR_POSTCODE, variables: { postcode: code }, fetchPolicy: 'network-only' });
      const wijk = data?.wijkForPostcode;
      if (!wijk) {
        errors.check([{ field: 'postcode', key: 'unknownPostcode' }]);
        return null;
      }
      errors.clear();
      update({ wijkCode: wijk.code });
      setFoundWijk(wijk.name);
      return wijk.code;
    } catch (error) {
      errors.handle(error);
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function next(event: FormEvent) {
    event.preventDefault();
    if (step === 'wijk') {
      let wijk = draft.wijkCode;
      if (!wijk && draft.postcode.trim()) wijk = (await lookUp()) ?? '';
      if (!wijk) {
        if (!draft.postcode.trim()) errors.check([{ field: 'wijkCode', key: 'chooseWijk' }]);
        return;
      }
    }
    if (step === 'help' && draft.viaSocialWorker === null) {
      errors.check([{ field: 'viaSocialWorker', key: 'chooseOne' }]);
      return;
    }
    errors.clear();
    navigate(nextPath);
  }

  if (loading) return <Loading />;

  return (
    <>
      <PreHeading>{t('profile.stepOf', { step: index + 1, total: STEPS.length })}</PreHeading>
      <PageHeading>{t(`profile.${step}.title`)}</PageHeading>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={next} className="bb-form">
        {step === 'wijk' && (
          <>
            <Paragraph>{t('profile.wijk.intro')}</Paragraph>
            <TextField
              name="postcode"
              spec={fields.postcode}
              errors={errors}
              description={t('profile.wijk.postcodeHelp')}
              autoComplete="postal-code"
              inputMode="text"
              maxLength={7}
              value={draft.postcode}
              onChange={(postcode) => {
                setFoundWijk(null);
                update({ postcode, wijkCode: '' });
              }}
            />
            <ButtonGroup>
              <Button type="button" appearance="secondary-action-button" busy={busy} onClick={() => void lookUp()}>
                {t('profile.wijk.find')}
              </Button>
            </ButtonGroup>
            <div aria-live="polite">
              {draft.wijkCode && (
                <Paragraph className="bb-found">
                  {t('profile.wijk.found', { wijk: foundWijk ?? wijken.name(draft.wijkCode) })}
                </Paragraph>
              )}
            </div>
            <SelectField
              name="wijkCode"
              spec={fields.wijkCode}
              errors={errors}
              description={t('profile.wijk.chooseHelp')}
              value={draft.wijkCode}
              onChange={(wijkCode) => {
                setFoundWijk(null);
                update({ wijkCode });
              }}
              options={[{ value: '', label: t('profile.wijk.chooseEmpty') }, ...wijken.options]}
            />
          </>
        )}
        {step === 'interests' && (
          <>
            <TagButtons
              name="interests"
              spec={fields.interests}
              errors={errors}
              legendHidden
              description={t('profile.interests.help')}
              options={interests.options}
              value={draft.interests}
              onChange={(value) => update({ interests: value })}
            />
            <TextareaField
              name="interestsText"
              spec={fields.interestsText}
              errors={errors}
              description={t('profile.optionalText')}
              maxLength={500}
              rows={3}
              value={draft.interestsText}
              onChange={(interestsText) => update({ interestsText })}
            />
          </>
        )}
        {step === 'talents' && (
          <>
            <TagButtons
              name="talents"
              spec={fields.talents}
              errors={errors}
              legendHidden
              description={t('profile.talents.help')}
              options={talents.options}
              value={draft.talents}
              onChange={(value) => update({ talents: value })}
            />
            <TextareaField
              name="talentsText"
              spec={fields.talentsText}
              errors={errors}
              description={t('profile.optionalText')}
              maxLength={500}
              rows={3}
              value={draft.talentsText}
              onChange={(talentsText) => update({ talentsText })}
            />
          </>
        )}
        {step === 'availability' && (
          <AvailabilityGrid
            id={fields.availability.id}
            legend={fields.availability.label}
            legendHidden
            description={t('profile.availability.help')}
            value={draft.availability}
            onChange={(availability) => update({ availability })}
          />
        )}
        {step === 'needs' && (
          <>
            <CheckboxList
              name="needs"
              spec={fields.needs}
              errors={errors}
              legendHidden
              description={t('profile.needs.help')}
              options={NEEDS.map((need) => ({ value: need, label: t(`needs.${need}`) }))}
              value={draft.needs}
              onChange={(needs) => update({ needs })}
            />
            <RadioList
              name="travelRadiusKm"
              spec={fields.travelRadiusKm}
              errors={errors}
              options={RADII.map((km) => ({ value: km, label: t('profile.needs.km', { count: Number(km) }) }))}
              value={String(draft.travelRadiusKm)}
              onChange={(km) => update({ travelRadiusKm: Number(km) })}
            />
          </>
        )}
        {step === 'help' && (
          <>
            <RadioList
              name="viaSocialWorker"
              spec={fields.viaSocialWorker}
              errors={errors}
              legendHidden
              description={t('profile.help.help')}
              options={[
                { value: 'yes', label: t('profile.help.yes'), description: t('profile.help.yesHelp') },
                { value: 'no', label: t('profile.help.no') },
              ]}
              value={draft.viaSocialWorker === null ? '' : draft.viaSocialWorker ? 'yes' : 'no'}
              onChange={(v) => update({ viaSocialWorker: v === 'yes' })}
            />
            <RadioList<ContactPreference>
              name="contactPreference"
              spec={fields.contactPreference}
              errors={errors}
              options={[
                { value: 'APP', label: t('contactPreference.APP') },
                { value: 'PHONE_VIA_SOCIAL_WORKER', label: t('contactPreference.PHONE_VIA_SOCIAL_WORKER') },
              ]}
              value={draft.contactPreference}
              onChange={(contactPreference) => update({ contactPreference })}
            />
          </>
        )}
        <ButtonGroup className="bb-wizard-buttons">
          <Button type="submit" appearance="primary-action-button">
            {backToCheck ? t('profile.backToCheck') : index === STEPS.length - 1 ? t('profile.toCheck') : t('common.next')}
          </Button>
          <AppButtonLink to={previousPath} appearance="secondary">
            {t('common.back')}
          </AppButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}
