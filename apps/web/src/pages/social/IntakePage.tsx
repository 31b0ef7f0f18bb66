import { useMutation } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../auth/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { useTags, useWijken } from '../../data/reference';
import { AvailabilityGrid } from '../../forms/AvailabilityGrid';
import { CheckboxList, RadioList, TagButtons } from '../../forms/choices';
import { SelectField, TextField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import type { AgeBand, AvailabilitySlot, ConsentMethod, ResidentNeed } from '../../gql/graphql';

const CREATE_RESIDENT_ON_BEHALF = graphql(`
  mutation CreateResidentOnBehalf($input: CreateResidentOnBehalfInput!) {
    createResidentOnBehalf(input: $input) {
      userId
      displayName
    }
  }
`);

const AGE_BANDS: AgeBand[] = ['UNDER_30', 'AGE_30_TO_49', 'AGE_50_TO_64', 'AGE_65_TO_74', 'AGE_75_PLUS'];
const NEEDS: ResidentNeed[] = ['WHEELCHAIR_ACCESS', 'HEARING_LOOP', 'SOMEONE_TO_GO_ALONG'];

/**
 * Intake namens een inwoner: a social worker makes a profile for someone who is not online,
 * recording how the resident gave consent. Proposals for them always go through the social worker.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const wijken = useWijken(me?.wijkCodes);
  const interests = useTags('interest');
  const talents = useTags('talent');
  const [create, { loading }] = useMutation(CREATE_RESIDENT_ON_BEHALF);
  const [form, setForm] = useState({
    displayName: '',
    wijkCode: me?.wijkCodes.length === 1 ? me.wijkCodes[0] : '',
    postcode: '',
    ageBand: '' as AgeBand | '',
    interests: [] as string[],
    talents: [] as string[],
    availability: [] as AvailabilitySlot[],
    needs: [] as ResidentNeed[],
    method: '' as ConsentMethod | '',
    consents: [] as string[],
  });
  const set = (changes: Partial<typeof form>) => setForm((f) => ({ ...f, ...changes }));
  const fields = {
    displayName: { id: 'intake-name', label: t('intake.displayName') },
    wijkCode: { id: 'intake-wijk', label: t('agenda.wijk') },
    postcode: { id: 'intake-postcode', label: t('profile.wijk.postcode') },
    ageBand: { id: 'intake-age', label: t('intake.ageBand') },
    interests: { id: 'intake-interests', label: t('intake.interests') },
    talents: { id: 'intake-talents', label: t('intake.talents') },
    availability: { id: 'intake-availability', label: t('intake.availability') },
    needs: { id: 'intake-needs', label: t('intake.needs') },
    'consent.method': { id: 'intake-method', label: t('intake.method') },
    consent: { id: 'intake-consent', label: t('intake.consent') },
  };
  const errors = useFormErrors(fields, { reasonToField: { CONSENT_REQUIRED: 'consent', NOT_YOUR_WIJK: 'wijkCode', UNKNOWN_POSTCODE: 'postcode' } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...(form.displayName.trim() ? [] : [{ field: 'displayName', key: 'required' }]),
      ...(form.wijkCode ? [] : [{ field: 'wijkCode', key: 'choose' }]),
      ...(form.method ? [] : [{ field: 'consent.method', key: 'chooseOne' }]),
      ...(form.consents.includes('profileProcessing') ? [] : [{ field: 'consent', key: 'consentNeededOnBehalf' }]),
    ];
    if (errors.check(problems)) return;
    try {
      await create({
        variables: {
          input: {
            displayName: form.displayName.trim(),
            wijkCode: form.wijkCode,
            ...(form.postcode.trim() ? { postcode: form.postcode.trim() } : {}),
            ...(form.ageBand ? { ageBand: form.ageBand } : {}),
            interests: form.interests,
            talents: form.talents,
            availability: form.availability,
            needs: form.needs,
            consent: {
              method: form.method as ConsentMethod,
              profileProcessing: true,
              matching: form.consents.includes('matching'),
              measurement: form.consents.includes('measurement'),
            },
          },
        },
      });
      navigate('/social/residents', { state: { created: form.displayName.trim() } });
    } catch (e) {
      errors.handle(e);
    }
  }

  return (
    <>
      <PageHeading>{t('intake.title')}</PageHeading>
      <Paragraph>{t('intake.intro')}</Paragraph>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} className="bb-form">
        <Heading2>{t('intake.who')}</Heading2>
        <TextField name="displayName" spec={fields.displayName} errors={errors} description={t('register.displayNameHelp')} maxLength={60} value={form.displayName} onChange={(displayName) => set({ displayName })} />
        <SelectField
          name="wijkCode"
          spec={fields.wijkCode}
          errors={errors}
          value={form.wijkCode}
          onChange={(wijkCode) => set({ wijkCode })}
          options={[{ value: '', label: t('profile.wijk.chooseEmpty') }, ...wijken.options]}
        />
        <TextField name="postcode" spec={fields.postcode} errors={errors} description={t('intake.postcodeHelp')} maxLength={7} value={form.postcode} onChange={(postcode) => set({ postcode })} />
        <SelectField
          name="ageBand"
          spec={fields.ageBand}
          errors={errors}
          value={form.ageBand}
          onChange={(ageBand) => set({ ageBand: ageBand as AgeBand })}
          options={[{ value: '', label: t('intake.ageUnknown') }, ...AGE_BANDS.map((a) => ({ value: a, label: t(`ageBand.${a}`) }))]}
        />
        <Heading2>{t('intake.what')}</Heading2>
        <TagButtons name="interests" spec={fields.interests} errors={errors} options={interests.options} value={form.interests} onChange={(value) => set({ interests: value })} />
        <TagButtons name="talents" spec={fields.talents} errors={errors} options={talents.options} value={form.talents} onChange={(value) => set({ talents: value })} />
        <AvailabilityGrid id={fields.availability.id} legend={fields.availability.label} value={form.availability} onChange={(availability) => set({ availability })} />
        <CheckboxList name="needs" spec={fields.needs} errors={errors} options={NEEDS.map((n) => ({ value: n, label: t(`needs.${n}`) }))} value={form.needs} onChange={(needs) => set({ needs })} />
        <Heading2>{t('intake.consentTitle')}</Heading2>
        <Paragraph>{t('intake.consentIntro')}</Paragraph>
        <RadioList<ConsentMethod>
          name="consent.method"
          spec={fields['consent.method']}
          errors={errors}
          options={[
            { value: 'SPOKEN', label: t('consentMethod.SPOKEN') },
            { value: 'WRITTEN', label: t('consentMethod.WRITTEN') },
          ]}
          value={form.method}
          onChange={(method) => set({ method })}
        />
        <CheckboxList
          name="consent"
          spec={fields.consent}
          errors={errors}
          options={[
            { value: 'profileProcessing', label: t('intake.consentProcessing') },
            { value: 'matching', label: t('intake.consentMatching') },
            { value: 'measurement', label: t('intake.consentMeasurement') },
          ]}
          value={form.consents}
          onChange={(consents) => set({ consents })}
        />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('intake.submit')}
        </Button>
      </form>
    </>
  );
}
