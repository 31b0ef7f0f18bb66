import { useMutation } from '@apollo/client/react';
import { Button } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioList } from '../../forms/choices';
import { TextareaField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { HOW_IT_GOES, RECORD_BUDDY_CHECK_IN } from './buddy-data';

type HowItGoes = (typeof HOW_IT_GOES)[number];

/** "Hoe gaat het?": one answer to a check-in, by either of the two people or the social worker. */
export function HowItGoesForm({ checkInId, onDone, refetch }: { checkInId: string; onDone(): void; refetch: unknown[] }) {
  const { t } = useTranslation();
  const [record, { loading }] = useMutation(RECORD_BUDDY_CHECK_IN, { refetchQueries: refetch as never, awaitRefetchQueries: true });
  const [howItGoes, setHowItGoes] = useState<HowItGoes | ''>('');
  const [note, setNote] = useState('');
  const fields = {
    howItGoes: { id: `how-it-goes-${checkInId}`, label: t('buddies.howItGoes') },
    note: { id: `check-in-note-${checkInId}`, label: t('buddies.note') },
  };
  const errors = useFormErrors(fields);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (errors.check(howItGoes ? [] : [{ field: 'howItGoes', key: 'chooseOne' }])) return;
    try {
      await record({ variables: { input: { checkInId, howItGoes: howItGoes as HowItGoes, note: note.trim() || null } } });
      setHowItGoes('');
      setNote('');
      errors.clear();
      onDone();
    } catch (e) {
      errors.handle(e);
    }
  }

  return (
    <form noValidate onSubmit={submit} className="bb-form">
      <ErrorSummary errors={errors} />
      <RadioList<HowItGoes>
        name="howItGoes"
        spec={fields.howItGoes}
        errors={errors}
        options={HOW_IT_GOES.map((value) => ({ value, label: t(`buddies.howItGoesValue.${value}`) }))}
        value={howItGoes}
        onChange={setHowItGoes}
      />
      <TextareaField name="note" spec={fields.note} errors={errors} description={t('buddies.noteHelp')} rows={3} maxLength={1000} value={note} onChange={setNote} />
      <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
        {t('buddies.submitRecord')}
      </Button>
    </form>
  );
}
