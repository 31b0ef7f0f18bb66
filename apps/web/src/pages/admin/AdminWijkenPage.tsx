import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { useWijken } from '../../data/reference';
import { TextareaField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import type { ImportWijkenMutation } from '../../gql/graphql';

const IMPORT_WIJKEN = graphql(`
  mutation ImportWijken($csv: String!) {
    importWijken(csv: $csv) {
      imported
      updated
      unchanged
      wijken
      buurten
      postcodes
      errors {
        line
        field
        message
      }
    }
  }
`);

/** Wijken importeren: a CBS-shaped CSV (pasted or chosen as a file); all or nothing, with a report. */
export function AdminWijkenPage() {
  const { t } = useTranslation();
  const wijken = useWijken();
  const [run, { loading }] = useMutation(IMPORT_WIJKEN, { refetchQueries: ['Wijken'] });
  const [csv, setCsv] = useState('');
  const [report, setReport] = useState<ImportWijkenMutation['importWijken'] | null>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  const fields = { csv: { id: 'wijken-csv', label: t('adminWijken.csv') }, file: { id: 'wijken-file', label: t('adminWijken.file') } };
  const errors = useFormErrors(fields);
  useEffect(() => {
    if (report) reportRef.current?.focus();
  }, [report]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setReport(null);
    if (errors.check(csv.trim() ? [] : [{ field: 'csv', key: 'required' }])) return;
    try {
      const result = await run({ variables: { csv } });
      setReport(result.data!.importWijken);
      errors.clear();
    } catch (e) {
      errors.handle(e);
    }
  }

  return (
    <div className="bb-wide">
      <PageHeading>{t('adminWijken.title')}</PageHeading>
      <Paragraph>{t('adminWijken.intro')}</Paragraph>
      <Paragraph>{t('adminWijken.current', { count: wijken.wijken.length })}</Paragraph>
      {report && (
        <Alert type={report.errors.length ? 'error' : 'ok'} ref={reportRef} tabIndex={-1} aria-labelledby="import-report">
          <Heading2 id="import-report">{report.errors.length ? t('adminWijken.failed', { count: report.errors.length }) : t('adminWijken.done')}</Heading2>
          {!report.errors.length && (
            <Paragraph>
              {t('adminWijken.summary', {
                wijken: report.wijken,
                buurten: report.buurten,
                postcodes: report.postcodes,
                imported: report.imported,
                updated: report.updated,
                unchanged: report.unchanged,
              })}
            </Paragraph>
          )}
          {report.errors.length > 0 && (
            <div className="bb-table-scroll">
              <Table className="bb-table">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('adminWijken.line')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('adminWijken.column')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('adminWijken.problem')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {report.errors.map((e) => (
                    <TableRow key={`${e.line}-${e.field}-${e.message}`}>
                      <TableCell>{e.line}</TableCell>
                      <TableCell>{e.field}</TableCell>
                      <TableCell>{e.message}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </Alert>
      )}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} className="bb-form">
        <div className="utrecht-form-field">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={fields.file.id}>
              {fields.file.label}
            </label>
          </div>
          <input
            id={fields.file.id}
            className="bb-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (file) setCsv(await file.text());
            }}
          />
        </div>
        <TextareaField name="csv" spec={fields.csv} errors={errors} description={t('adminWijken.csvHelp')} rows={10} value={csv} onChange={setCsv} />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('adminWijken.import')}
        </Button>
      </form>
    </div>
  );
}
