import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { CONTACT_PHONE, CONTACT_PHONE_HREF } from '../../config';
import { useWijken } from '../../data/reference';
import { RadioList } from '../../forms/choices';
import { SelectField, TextareaField, TextField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import type { PersonAware } from '../../gql/graphql';

const FILE_SIGNAL = graphql(`
  mutation FileSignal($input: FileSignalInput!) {
    fileSignal(input: $input) {
      reference
      wijkName
    }
  }
`);

const EMPTY = { wijkCode: '', postcode: '', howToReach: '', concern: '', personAware: '' as PersonAware | '', reporterContact: '' };

/**
 * "Zorgen om iemand?": anyone can tell the wijk's social workers about a person who may be alone
 * too much. Partners (providers) use the same form. The answer never says whether we know the person.
 */
export function WorriedPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const partner = me?.role === 'PROVIDER' || me?.role === 'SOCIAL_WORKER' || me?.role === 'ADMIN';
  const wijken = useWijken();
  const [file, { loading }] = useMutation(FILE_SIGNAL);
  const [form, setForm] = useState(EMPTY);
  const [receipt, setReceipt] = useState<{ reference: string; wijkName: string } | null>(null);
  const receiptRef = useRef<HTMLDivElement>(null);
  const set = (changes: Partial<typeof form>) => setForm((f) => ({ ...f, ...changes }));
  const fields = {
    wijkCode: { id: 'worried-wijk', label: t('worried.wijk') },
    postcode: { id: 'worried-postcode', label: t('worried.postcode') },
    howToReach: { id: 'worried-reach', label: t('worried.howToReach') },
    concern: { id: 'worried-concern', label: t('worried.concern') },
    personAware: { id: 'worried-aware', label: t('worried.personAware') },
    reporterContact: { id: 'worried-contact', label: t('worried.reporterContact') },
  };
  const errors = useFormErrors(fields, { reasonToField: { UNKNOWN_POSTCODE: 'postcode', UNKNOWN_WIJK: 'wijkCode' } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...(form.wijkCode || form.postcode.trim() ? [] : [{ field: 'wijkCode', key: 'chooseWijk' }]),
      ...(form.howToReach.trim() ? [] : [{ field: 'howToReach', key: 'answerQuestion' }]),
      ...(form.concern.trim() ? [] : [{ field: 'concern', key: 'answerQuestion' }]),
      ...(form.personAware ? [] : [{ field: 'personAware', key: 'chooseOne' }]),
    ];
    if (errors.check(problems)) return;
    try {
      const result = await file({
        variables: {
          input: {
            ...(form.wijkCode ? { wijkCode: form.wijkCode } : { postcode: form.postcode.trim() }),
            howToReach: form.howToReach.trim(),
            concern: form.concern.trim(),
            personAware: form.personAware as PersonAware,
            ...(form.reporterContact.trim() ? { reporterContact: form.reporterContact.trim() } : {}),
          },
        },
      });
      if (result.data) {
        // Nothing of what was written stays on screen or in memory once it is sent.
        setForm(EMPTY);
        errors.clear();
        setReceipt(result.data.fileSignal);
        setTimeout(() => receiptRef.current?.focus(), 0);
      }
    } catch (e) {
      errors.handle(e);
    }
  }

  if (receipt) {
    return (
      <>
        <PageHeading>{t('worried.title')}</PageHeading>
        <div ref={receiptRef} id="signal-receipt" tabIndex={-1} data-testid="signal-receipt">
          <Alert type="ok" role="status">
            <Heading2>{t('worried.thanksTitle')}</Heading2>
            <Paragraph>{t('worried.thanks', { wijk: receipt.wijkName })}</Paragraph>
            <Paragraph>{t('worried.reference', { reference: receipt.reference })}</Paragraph>
          </Alert>
        </div>
        <Paragraph>{t('worried.afterwards')}</Paragraph>
        <Button type="button" appearance="secondary-action-button" onClick={() => setReceipt(null)}>
          {t('worried.another')}
        </Button>
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('worried.title')}</PageHeading>
      <Paragraph appearance="lead">{partner ? t('worried.leadPartner') : t('worried.lead')}</Paragraph>
      <section aria-labelledby="worried-what-happens" className="bb-panel">
        <Heading2 id="worried-what-happens">{t('worried.whatHappensTitle')}</Heading2>
        <OrderedList>
          <OrderedListItem>{t('worried.step1')}</OrderedListItem>
          <OrderedListItem>{t('worried.step2')}</OrderedListItem>
          <OrderedListItem>{t('worried.step3')}</OrderedListItem>
        </OrderedList>
        <Paragraph>{t('worried.privacy')}</Paragraph>
        <Paragraph>
          {t('worried.urgent')}{' '}
          <a className="utrecht-link utrecht-link--html-a" href={CONTACT_PHONE_HREF}>
            {CONTACT_PHONE}
          </a>
          .
        </Paragraph>
      </section>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} className="bb-form" aria-labelledby="worried-form-title">
        <Heading2 id="worried-form-title">{t('worried.formTitle')}</Heading2>
        <SelectField
          name="wijkCode"
          spec={fields.wijkCode}
          errors={errors}
          description={t('worried.wijkHelp')}
          value={form.wijkCode}
          onChange={(wijkCode) => set({ wijkCode })}
          options={[{ value: '', label: t('worried.wijkUnknown') }, ...wijken.options]}
        />
        <TextField name="postcode" spec={fields.postcode} errors={errors} description={t('worried.postcodeHelp')} maxLength={7} value={form.postcode} onChange={(postcode) => set({ postcode })} />
        <TextField name="howToReach" spec={fields.howToReach} errors={errors} description={t('worried.howToReachHelp')} maxLength={200} value={form.howToReach} onChange={(howToReach) => set({ howToReach })} />
        <TextareaField name="concern" spec={fields.concern} errors={errors} description={t('worried.concernHelp')} maxLength={1000} rows={5} value={form.concern} onChange={(concern) => set({ concern })} />
        <RadioList<PersonAware>
          name="personAware"
          spec={fields.personAware}
          errors={errors}
          options={[
            { value: 'YES', label: t('worried.aware.YES') },
            { value: 'NO', label: t('worried.aware.NO') },
            { value: 'UNSURE', label: t('worried.aware.UNSURE') },
          ]}
          value={form.personAware}
          onChange={(personAware) => set({ personAware })}
        />
        <TextField
          name="reporterContact"
          spec={fields.reporterContact}
          errors={errors}
          description={t('worried.reporterContactHelp')}
          maxLength={200}
          autoComplete={partner ? 'off' : 'tel'}
          value={form.reporterContact}
          onChange={(reporterContact) => set({ reporterContact })}
        />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('worried.submit')}
        </Button>
      </form>
    </>
  );
}
