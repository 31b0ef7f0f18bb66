import { useQuery } from '@apollo/client/react';
import { Button, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useSession } from '../../auth/session';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useWijken } from '../../data/reference';
import { SelectField, TextField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { useFormat } from '../../format';
import { graphql } from '../../gql';
import { Alert } from '@utrecht/component-library-react';

const RESIDENTS = graphql(`
  query Residents($filter: ResidentsFilterInput, $after: String) {
    residents(filter: $filter, first: 50, after: $after) {
      nodes {
        userId
        displayName
        wijkCode
        onBehalf
        viaSocialWorker
        updatedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Inwoners van mijn wijken: find a resident by name, open their profile (every opening is audited). */
export function ResidentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const { me } = useSession();
  const wijken = useWijken(me?.wijkCodes);
  const [form, setForm] = useState({ text: '', wijkCode: '' });
  const [filter, setFilter] = useState({});
  const errors = useFormErrors({});
  const { data, loading, error, fetchMore } = useQuery(RESIDENTS, { variables: { filter } });
  const created = (location.state as { created?: string } | null)?.created;

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter({ ...(form.text.trim() ? { text: form.text.trim() } : {}), ...(form.wijkCode ? { wijkCode: form.wijkCode } : {}) });
  }

  const residents = data?.residents.nodes ?? [];
  return (
    <div className="bb-wide">
      <PageHeading>{t('residents.title')}</PageHeading>
      {created && (
        <Alert type="ok" role="status">
          <Paragraph>{t('intake.created', { name: created })}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t('residents.intro')}</Paragraph>
      <div className="bb-actions utrecht-button-group">
        <AppButtonLink to="/social/intake">{t('nav.intake')}</AppButtonLink>
      </div>
      <form noValidate onSubmit={apply} className="bb-form bb-inline-form" aria-label={t('residents.search')}>
        <TextField name="text" spec={{ id: 'residents-text', label: t('residents.name') }} errors={errors} type="search" value={form.text} onChange={(text) => setForm({ ...form, text })} />
        <SelectField
          name="wijkCode"
          spec={{ id: 'residents-wijk', label: t('agenda.wijk') }}
          errors={errors}
          value={form.wijkCode}
          onChange={(wijkCode) => setForm({ ...form, wijkCode })}
          options={[{ value: '', label: t('residents.allMyWijken') }, ...wijken.options]}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('residents.find')}
        </Button>
      </form>
      {loading && !data && <Loading />}
      {error && <ProblemMessage error={error} />}
      {data && residents.length === 0 && <Paragraph>{t('residents.none')}</Paragraph>}
      {residents.length > 0 && (
        <div className="bb-table-scroll">
          <Table className="bb-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('residents.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('agenda.wijk')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('residents.how')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('residents.changed')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {residents.map((r) => (
                <TableRow key={r.userId}>
                  <TableCell>
                    <AppLink to={`/social/residents/${r.userId}`}>{r.displayName}</AppLink>
                  </TableCell>
                  <TableCell>{wijken.name(r.wijkCode)}</TableCell>
                  <TableCell>{r.onBehalf ? t('residents.onBehalf') : r.viaSocialWorker ? t('residents.viaMe') : t('residents.self')}</TableCell>
                  <TableCell>{format.dayYear(r.updatedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {data?.residents.pageInfo.hasNextPage && (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() =>
            void fetchMore({
              variables: { after: data.residents.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                residents: { ...fetchMoreResult.residents, nodes: [...previous.residents.nodes, ...fetchMoreResult.residents.nodes] },
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
