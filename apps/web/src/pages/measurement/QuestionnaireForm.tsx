import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioList } from '../../forms/choices';
import { type FieldSpec, useFormErrors } from '../../forms/useFormErrors';
import { type Answer, ANSWERS, ITEM_KEYS, type ItemKey, RECORD_MEASUREMENT } from './measurement-data';

type Method = 'SPOKEN' | 'WRITTEN';

/**
 * The six questions as big radio groups, and consent. A resident fills it in for themselves; a
 * social worker (residentId given) fills it in together with the resident and says how the
 * resident gave consent.
 */
export function QuestionnaireForm({ moment, residentId, onDone }: { moment: 'T0' | 'T1'; residentId?: string; onDone(): void }) {
  const { t } = useTranslation();
  const onBehalf = Boolean(residentId);
  const [record, { loading }] = useMutation(RECORD_MEASUREMENT);
  const [answers, setAnswers] = useState<Record<ItemKey, Answer | ''>>(Object.fromEntries(ITEM_KEYS.map((k) => [k, ''])) as Record<ItemKey, Answer | ''>);
  const [consent, setConsent] = useState(false);
  const [method, setMethod] = useState<Method | ''>('');
  const fields: Record<string, FieldSpec> = {
    ...Object.fromEntries(ITEM_KEYS.map((key, i) => [`answers.${key}`, { id: `q-${key}`, label: `${i + 1}. ${t(`measurement.items.${key}`)}` }])),
    ...(onBehalf ? { 'consent.method': { id: 'q-consent-method', label: t('measurement.consentMethod') } } : {}),
    'consent.given': { id: 'q-consent', label: t(onBehalf ? 'measurement.consentOnBehalf' : 'measurement.consent') },
    moment: { id: 'q-submit', label: t('measurement.moment') },
  };
  const errors = useFormErrors(fields, { reasonToField: { CONSENT_REQUIRED: 'consent.given' } });
  const options = ANSWERS.map((value) => ({ value, label: t(`measurement.answer.${value}`) }));
  const consentError = errors.fieldError('consent.given');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...ITEM_KEYS.filter((key) => !answers[key]).map((key) => ({ field: `answers.${key}`, key: 'chooseOne' })),
      ...(onBehalf && !method ? [{ field: 'consent.method', key: 'chooseOne' }] : []),
      ...(consent ? [] : [{ field: 'consent.given', key: 'consentQuestionnaire' }]),
    ];
    if (errors.check(problems)) return;
    try {
      await record({
        variables: {
          input: {
            residentId: residentId ?? null,
            moment,
            answers: answers as Record<ItemKey, Answer>,
            consent: { given: true, method: onBehalf ? (method as Method) : null },
          },
        },
      });
      onDone();
    } catch (error) {
      errors.handle(error);
    }
  }

  return (
    <form noValidate onSubmit={submit} className="bb-form">
      <ErrorSummary errors={errors} />
      <Heading2>{t(`measurement.formTitle.${moment}`)}</Heading2>
      <Paragraph>{t(onBehalf ? 'measurement.formIntroOnBehalf' : 'measurement.formIntro')}</Paragraph>
      {ITEM_KEYS.map((key) => (
        <RadioList<Answer>
          key={key}
          name={`answers.${key}`}
          spec={fields[`answers.${key}`]}
          errors={errors}
          options={options}
          value={answers[key]}
          onChange={(value) => setAnswers((a) => ({ ...a, [key]: value }))}
        />
      ))}
      <Heading2>{t('measurement.consentTitle')}</Heading2>
      <Paragraph>{t('measurement.consentIntro')}</Paragraph>
      {onBehalf && (
        <RadioList<Method>
          name="consent.method"
          spec={fields['consent.method']}
          errors={errors}
          options={[
            { value: 'SPOKEN', label: t('consentMethod.SPOKEN') },
            { value: 'WRITTEN', label: t('consentMethod.WRITTEN') },
          ]}
          value={method}
          onChange={setMethod}
        />
      )}
      <FormField type="checkbox" className="bb-choice" invalid={Boolean(consentError)}>
        <Checkbox
          id="q-consent"
          name="consent.given"
          checked={consent}
          invalid={Boolean(consentError)}
          appearance="custom"
          aria-describedby={consentError ? 'q-consent-error' : undefined}
          onChange={() => setConsent((c) => !c)}
        />
        <FormLabel htmlFor="q-consent" type="checkbox" checked={consent}>
          {fields['consent.given'].label}
        </FormLabel>
        {consentError && (
          <FormFieldErrorMessage id="q-consent-error" className="utrecht-form-field__error-message">
            {consentError}
          </FormFieldErrorMessage>
        )}
        <FormFieldDescription className="bb-choice__description">{t('measurement.consentNote')}</FormFieldDescription>
      </FormField>
      <Button id="q-submit" type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
        {t('measurement.submit')}
      </Button>
    </form>
  );
}
