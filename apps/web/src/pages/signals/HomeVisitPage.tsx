import { useMutation } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../auth/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { useTags, useWijken } from '../../data/reference';
import { CheckboxList, RadioList, TagButtons } from '../../forms/choices';
import { SelectField, TextareaField, TextField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import type { ConsentMethod, ContactFrequency, LivingSituation, Mobility } from '../../gql/graphql';

const RECORD_HOME_VISIT = graphql(`
  mutation RecordHomeVisit($input: RecordHomeVisitInput!) {
    recordHomeVisit(input: $input) {
      homeVisit {
        id
        signalId
      }
      residentId
      displayName
    }
  }
`);

const LIVING: LivingSituation[] = ['ALONE', 'WITH_PARTNER', 'WITH_FAMILY', 'SHELTERED_HOUSING', 'OTHER'];
const CONTACTS: ContactFrequency[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'RARELY'];
const MOBILITY: Mobility[] = ['INDEPENDENT', 'WALKING_AID', 'WHEELCHAIR', 'HOUSEBOUND'];
const LANGUAGES = ['nl', 'en', 'tr', 'ar', 'pap', 'pl', 'de'];

/**
 * Huisbezoek (75+): the questions a visitor goes through at the kitchen table. Saving registers
 * the resident on their behalf, with their consent, and keeps the answers; started from a
 * signal, the signal is marked "intake done".
 */
export function HomeVisitPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signalId = params.get('signal');
  const { me } = useSession();
  const wijken = useWijken(me?.wijkCodes);
  const interests = useTags('interest');
  const [record, { loading }] = useMutation(RECORD_HOME_VISIT);
  const [form, setForm] = useState({
    displayName: '',
    wijkCode: me?.wijkCodes.length === 1 ? me.wijkCodes[0] : '',
    postcode: '',
    livingSituation: '' as LivingSituation | '',
    contactFrequency: '' as ContactFrequency | '',
    contactsNote: '',
    interests: [] as string[],
    interestsText: '',
    wishesText: '',
    wantsNewContacts: '' as 'YES' | 'NO' | '',
    mobility: '' as Mobility | '',
    mobilityNote: '',
    languages: ['nl'] as string[],
    languageNote: '',
    notes: '',
    method: '' as ConsentMethod | '',
    consents: [] as string[],
  });
  const set = (changes: Partial<typeof form>) => setForm((f) => ({ ...f, ...changes }));
  const fields = {
    displayName: { id: 'visit-name', label: t('intake.displayName') },
    wijkCode: { id: 'visit-wijk', label: t('agenda.wijk') },
    postcode: { id: 'visit-postcode', label: t('profile.wijk.postcode') },
    livingSituation: { id: 'visit-living', label: t('homeVisit.living') },
    contactFrequency: { id: 'visit-contacts', label: t('homeVisit.contacts') },
    contactsNote: { id: 'visit-contacts-note', label: t('homeVisit.contactsNote') },
    interests: { id: 'visit-interests', label: t('homeVisit.interests') },
    interestsText: { id: 'visit-interests-text', label: t('homeVisit.interestsText') },
    wishesText: { id: 'visit-wishes', label: t('homeVisit.wishes') },
    wantsNewContacts: { id: 'visit-new-contacts', label: t('homeVisit.wantsNewContacts') },
    mobility: { id: 'visit-mobility', label: t('homeVisit.mobility') },
    mobilityNote: { id: 'visit-mobility-note', label: t('homeVisit.mobilityNote') },
    languages: { id: 'visit-languages', label: t('homeVisit.languages') },
    languageNote: { id: 'visit-language-note', label: t('homeVisit.languageNote') },
    notes: { id: 'visit-notes', label: t('homeVisit.notes') },
    'consent.method': { id: 'visit-method', label: t('intake.method') },
    consent: { id: 'visit-consent', label: t('intake.consent') },
  };
  const errors = useFormErrors(fields, { reasonToField: { CONSENT_REQUIRED: 'consent', NOT_YOUR_WIJK: 'wijkCode', UNKNOWN_POSTCODE: 'postcode' } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...(form.displayName.trim() ? [] : [{ field: 'displayName', key: 'required' }]),
      ...(form.wijkCode || form.postcode.trim() ? [] : [{ field: 'wijkCode', key: 'choose' }]),
      ...(form.livingSituation ? [] : [{ field: 'livingSituation', key: 'chooseOne' }]),
      ...(form.contactFrequency ? [] : [{ field: 'contactFrequency', key: 'chooseOne' }]),
      ...(form.wantsNewContacts ? [] : [{ field: 'wantsNewContacts', key: 'chooseOne' }]),
      ...(form.mobility ? [] : [{ field: 'mobility', key: 'chooseOne' }]),
      ...(form.method ? [] : [{ field: 'consent.method', key: 'chooseOne' }]),
      ...(form.consents.includes('profileProcessing') ? [] : [{ field: 'consent', key: 'consentNeededOnBehalf' }]),
    ];
    if (errors.check(problems)) return;
    const text = (value: string) => (value.trim() ? value.trim() : undefined);
    try {
      const result = await record({
        variables: {
          input: {
            displayName: form.displayName.trim(),
            ...(form.wijkCode ? { wijkCode: form.wijkCode } : {}),
            ...(form.postcode.trim() ? { postcode: form.postcode.trim() } : {}),
            ...(signalId ? { signalId } : {}),
            livingSituation: form.livingSituation as LivingSituation,
            contactFrequency: form.contactFrequency as ContactFrequency,
            contactsNote: text(form.contactsNote),
            interests: form.interests,
            interestsText: text(form.interestsText),
            wishesText: text(form.wishesText),
            wantsNewContacts: form.wantsNewContacts === 'YES',
            mobility: form.mobility as Mobility,
            mobilityNote: text(form.mobilityNote),
            languages: form.languages,
            languageNote: text(form.languageNote),
            notes: text(form.notes),
            consent: {
              method: form.method as ConsentMethod,
              profileProcessing: true,
              matching: form.consents.includes('matching'),
              measurement: form.consents.includes('measurement'),
            },
          },
        },
      });
      const visit = result.data?.recordHomeVisit;
      if (visit) navigate(`/social/residents/${visit.residentId}`, { state: { created: visit.displayName } });
    } catch (e) {
      errors.handle(e);
    }
  }

  return (
    <>
      <PageHeading>{t('homeVisit.title')}</PageHeading>
      <Paragraph>{t('homeVisit.intro')}</Paragraph>
      {signalId && <Paragraph>{t('homeVisit.fromSignal')}</Paragraph>}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} className="bb-form">
        <Heading2>{t('homeVisit.who')}</Heading2>
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

        <Heading2>{t('homeVisit.livingTitle')}</Heading2>
        <RadioList<LivingSituation>
          name="livingSituation"
          spec={fields.livingSituation}
          errors={errors}
          options={LIVING.map((value) => ({ value, label: t(`homeVisit.livingOption.${value}`) }))}
          value={form.livingSituation}
          onChange={(livingSituation) => set({ livingSituation })}
        />
        <RadioList<ContactFrequency>
          name="contactFrequency"
          spec={fields.contactFrequency}
          errors={errors}
          options={CONTACTS.map((value) => ({ value, label: t(`homeVisit.contactsOption.${value}`) }))}
          value={form.contactFrequency}
          onChange={(contactFrequency) => set({ contactFrequency })}
        />
        <TextareaField name="contactsNote" spec={fields.contactsNote} errors={errors} maxLength={500} rows={3} value={form.contactsNote} onChange={(contactsNote) => set({ contactsNote })} />

        <Heading2>{t('homeVisit.likesTitle')}</Heading2>
        <TagButtons name="interests" spec={fields.interests} errors={errors} options={interests.options} value={form.interests} onChange={(value) => set({ interests: value })} />
        <TextareaField name="interestsText" spec={fields.interestsText} errors={errors} maxLength={500} rows={3} value={form.interestsText} onChange={(interestsText) => set({ interestsText })} />
        <TextareaField name="wishesText" spec={fields.wishesText} errors={errors} maxLength={500} rows={3} value={form.wishesText} onChange={(wishesText) => set({ wishesText })} />
        <RadioList<'YES' | 'NO'>
          name="wantsNewContacts"
          spec={fields.wantsNewContacts}
          errors={errors}
          options={[
            { value: 'YES', label: t('homeVisit.yes') },
            { value: 'NO', label: t('homeVisit.no') },
          ]}
          value={form.wantsNewContacts}
          onChange={(wantsNewContacts) => set({ wantsNewContacts })}
        />

        <Heading2>{t('homeVisit.mobilityTitle')}</Heading2>
        <RadioList<Mobility>
          name="mobility"
          spec={fields.mobility}
          errors={errors}
          options={MOBILITY.map((value) => ({ value, label: t(`homeVisit.mobilityOption.${value}`) }))}
          value={form.mobility}
          onChange={(mobility) => set({ mobility })}
        />
        <TextareaField name="mobilityNote" spec={fields.mobilityNote} errors={errors} maxLength={500} rows={3} value={form.mobilityNote} onChange={(mobilityNote) => set({ mobilityNote })} />

        <Heading2>{t('homeVisit.languageTitle')}</Heading2>
        <CheckboxList
          name="languages"
          spec={fields.languages}
          errors={errors}
          options={LANGUAGES.map((value) => ({ value, label: t(`homeVisit.language.${value}`) }))}
          value={form.languages}
          onChange={(languages) => set({ languages })}
        />
        <TextField name="languageNote" spec={fields.languageNote} errors={errors} maxLength={500} value={form.languageNote} onChange={(languageNote) => set({ languageNote })} />
        <TextareaField name="notes" spec={fields.notes} errors={errors} maxLength={1000} rows={4} value={form.notes} onChange={(notes) => set({ notes })} />

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
          {t('homeVisit.submit')}
        </Button>
      </form>
    </>
  );
}
