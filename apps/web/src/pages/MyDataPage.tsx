import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { problemMessage, toApiProblems } from '../apollo/errors';
import { useSession } from '../auth/session';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { CheckboxList } from '../forms/choices';
import { useFormErrors } from '../forms/useFormErrors';
import { graphql } from '../gql';

const EXPORT_MY_DATA = graphql(`
  mutation ExportMyData {
    exportMyData
  }
`);

const ERASE_ME = graphql(`
  mutation EraseMe($confirm: Boolean!) {
    eraseMe(confirm: $confirm)
  }
`);

/** Mijn gegevens (AVG): download everything as a file, or erase it all after a clear confirmation. */
export function MyDataPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { signedIn } = useSession();
  const [exportData, exporting] = useMutation(EXPORT_MY_DATA);
  const [erase, erasing] = useMutation(ERASE_ME);
  const [exported, setExported] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [understood, setUnderstood] = useState<string[]>([]);
  const exportRef = useRef<HTMLDivElement>(null);
  const fields = { confirm: { id: 'erase-confirm', label: t('myData.erase.confirmLabel') } };
  const errors = useFormErrors(fields, { reasonToField: { CONFIRMATION_REQUIRED: 'confirm' } });
  useEffect(() => {
    if (exported || exportError) exportRef.current?.focus();
  }, [exported, exportError]);

  async function download() {
    setExportError(null);
    try {
      const result = await exportData();
      const json = result.data?.exportMyData ?? '{}';
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `buurtbrug-mijn-gegevens-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setExported(link.download);
    } catch (e) {
      setExportError(toApiProblems(e).map((p) => problemMessage(p, t)).join(' '));
    }
  }

  async function submitErase(event: FormEvent) {
    event.preventDefault();
    if (errors.check(understood.includes('yes') ? [] : [{ field: 'confirm', key: 'confirmErase' }])) return;
    try {
      await erase({ variables: { confirm: true } });
      // Leave this signed-in page first, then forget the account that no longer exists.
      navigate('/', { replace: true, state: { erased: true } });
      await client.clearStore();
      await signedIn();
    } catch (e) {
      errors.handle(e);
    }
  }

  return (
    <>
      <PageHeading>{t('myData.title')}</PageHeading>
      <Paragraph>{t('myData.intro')}</Paragraph>
      <section aria-labelledby="export-title">
        <Heading2 id="export-title">{t('myData.export.title')}</Heading2>
        <Paragraph>{t('myData.export.text')}</Paragraph>
        {(exported || exportError) && (
          <Alert type={exportError ? 'error' : 'ok'} ref={exportRef} tabIndex={-1} role={exportError ? 'alert' : 'status'}>
            <Paragraph>{exportError ?? t('myData.export.done', { file: exported })}</Paragraph>
          </Alert>
        )}
        <Button type="button" appearance="secondary-action-button" busy={exporting.loading} disabled={exporting.loading} onClick={() => void download()}>
          {t('myData.export.button')}
        </Button>
      </section>
      <section aria-labelledby="erase-title" className="bb-danger-zone">
        <Heading2 id="erase-title">{t('myData.erase.title')}</Heading2>
        <Paragraph>{t('myData.erase.text')}</Paragraph>
        <UnorderedList>
          <UnorderedListItem>{t('myData.erase.item1')}</UnorderedListItem>
          <UnorderedListItem>{t('myData.erase.item2')}</UnorderedListItem>
          <UnorderedListItem>{t('myData.erase.item3')}</UnorderedListItem>
        </UnorderedList>
        <Paragraph>
          <strong>{t('myData.erase.warning')}</strong>
        </Paragraph>
        <ErrorSummary errors={errors} />
        <form noValidate onSubmit={submitErase} className="bb-form">
          <CheckboxList
            name="confirm"
            spec={fields.confirm}
            errors={errors}
            options={[{ value: 'yes', label: t('myData.erase.confirm') }]}
            value={understood}
            onChange={setUnderstood}
          />
          <Button type="submit" appearance="primary-action-button" hint="danger" busy={erasing.loading} disabled={erasing.loading}>
            {t('myData.erase.button')}
          </Button>
        </form>
      </section>
    </>
  );
}
