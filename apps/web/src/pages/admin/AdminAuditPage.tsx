import { useQuery } from '@apollo/client/react';
import { Button, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { TextField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { useFormat } from '../../format';
import { graphql } from '../../gql';

const AUDIT_LOG = graphql(`
  query AuditLog($filter: AuditLogFilterInput, $after: String) {
    auditLog(filter: $filter, first: 50, after: $after) {
      nodes {
        id
        action
        actorId
        subjectType
        subjectId
        wijkCode
        details
        occurredAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Auditlog: who did what sensitive thing, newest first, filtered by action, person or days. */
export function AdminAuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [form, setForm] = useState({ action: '', actorId: '', from: '', to: '' });
  const [filter, setFilter] = useState({});
  const fields = {
    action: { id: 'audit-action', label: t('audit.action') },
    actorId: { id: 'audit-actor', label: t('audit.actor') },
    from: { id: 'audit-from', label: t('audit.from') },
    to: { id: 'audit-to', label: t('audit.to') },
  };
  const errors = useFormErrors(fields);
  const { data, loading, error, fetchMore } = useQuery(AUDIT_LOG, { variables: { filter } });

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter({
      ...(form.action.trim() ? { action: form.action.trim() } : {}),
      ...(form.actorId.trim() ? { actorId: form.actorId.trim() } : {}),
      ...(form.from ? { from: new Date(`${form.from}T00:00`).toISOString() } : {}),
      ...(form.to ? { to: new Date(`${form.to}T23:59:59`).toISOString() } : {}),
    });
  }

  const entries = data?.auditLog.nodes ?? [];
  return (
    <div className="bb-wide">
      <PageHeading>{t('audit.title')}</PageHeading>
      <Paragraph>{t('audit.intro')}</Paragraph>
      {error && <ProblemMessage error={error} />}
      <form noValidate onSubmit={apply} className="bb-form bb-inline-form" aria-label={t('audit.filters')}>
        <TextField name="action" spec={fields.action} errors={errors} description={t('audit.actionHelp')} value={form.action} onChange={(action) => setForm({ ...form, action })} />
        <TextField name="actorId" spec={fields.actorId} errors={errors} value={form.actorId} onChange={(actorId) => setForm({ ...form, actorId })} />
        <div className="bb-field-row">
          <TextField name="from" spec={fields.from} errors={errors} type="date" value={form.from} onChange={(from) => setForm({ ...form, from })} />
          <TextField name="to" spec={fields.to} errors={errors} type="date" value={form.to} onChange={(to) => setForm({ ...form, to })} />
        </div>
        <Button type="submit" appearance="primary-action-button">
          {t('agenda.apply')}
        </Button>
      </form>
      {loading && !data && <Loading />}
      {data && entries.length === 0 && <Paragraph>{t('audit.none')}</Paragraph>}
      {entries.length > 0 && (
        <div className="bb-table-scroll">
          <Table className="bb-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('audit.when')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('audit.action')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('audit.actor')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('audit.subject')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('audit.details')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {entries.map((e) => (
                <TableRow key={e.id}>
                  <TableCell>{format.dateTime(e.occurredAt)}</TableCell>
                  <TableCell>{e.action}</TableCell>
                  <TableCell className="bb-id">{e.actorId ?? t('audit.system')}</TableCell>
                  <TableCell className="bb-id">
                    {e.subjectType} {e.subjectId}
                    {e.wijkCode ? ` (${e.wijkCode})` : ''}
                  </TableCell>
                  <TableCell className="bb-id">{e.details}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {data?.auditLog.pageInfo.hasNextPage && (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() =>
            void fetchMore({
              variables: { after: data.auditLog.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                auditLog: { ...fetchMoreResult.auditLog, nodes: [...previous.auditLog.nodes, ...fetchMoreResult.auditLog.nodes] },
              }),
            })
          }
        >
          {t('common.more')}
        </Button>
      )}
    </div>
  );
}
