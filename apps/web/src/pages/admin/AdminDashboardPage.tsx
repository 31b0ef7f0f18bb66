import { useQuery } from '@apollo/client/react';
import { Button, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useWijken } from '../../data/reference';
import { SelectField, TextField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import type { WijkStatsQuery } from '../../gql/graphql';

/** The dashboard's columns, in the order of the API's CSV. */
const COLUMNS = [
  'activeResidents',
  'openOffers',
  'openRequests',
  'proposals',
  'accepted',
  'followedUp',
  'medianDaysToFirstMatch',
  'shareWithAcceptedMatch',
  'signalsNew',
  'signalsContacted',
  'signalsIntakeDone',
  'signalsNoAction',
  'changeAll',
  'changeActivity',
  'changeBuddy',
  'changePeerMatch',
  'changeNone',
] as const;
type Column = (typeof COLUMNS)[number];
const FUNNEL = ['proposals', 'accepted', 'followedUp'] as const;

const WIJK_STATS = graphql(`
  query WijkStats($from: DateTime!, $to: DateTime!, $wijkCodes: [String!]) {
    wijkStats(from: $from, to: $to, wijkCodes: $wijkCodes) {
      from
      to
      rows {
        wijkCode
        wijkName
        activeResidents { value suppressed display }
        openOffers { value suppressed display }
        openRequests { value suppressed display }
        proposals { value suppressed display }
        accepted { value suppressed display }
        followedUp { value suppressed display }
        medianDaysToFirstMatch { value suppressed display }
        shareWithAcceptedMatch { value suppressed display }
        signalsNew { value suppressed display }
        signalsContacted { value suppressed display }
        signalsIntakeDone { value suppressed display }
        signalsNoAction { value suppressed display }
        changeAll { value suppressed display }
        changeActivity { value suppressed display }
        changeBuddy { value suppressed display }
        changePeerMatch { value suppressed display }
        changeNone { value suppressed display }
      }
    }
  }
`);

type Row = WijkStatsQuery['wijkStats']['rows'][number];

const isoDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
/** Local midnight of a yyyy-mm-dd day. */
const startOf = (day: string) => new Date(`${day}T00:00`);
const dayAfter = (day: string) => {
  const d = startOf(day);
  d.setDate(d.getDate() + 1);
  return d;
};

/** The funnel as bars, drawn next to the table that holds the same figures (the chart is hidden from assistive technology). */
function FunnelChart({ row }: { row: Row }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...FUNNEL.map((key) => row[key].value ?? 0));
  return (
    <div className="bb-chart" aria-hidden="true" style={{ marginBlockEnd: '1.5rem' }}>
      <p className="bb-chart__title">
        <strong>{row.wijkName}</strong>
      </p>
      {FUNNEL.map((key) => {
        const cell = row[key];
        const width = cell.value === null || cell.value === undefined ? 0 : Math.max(2, (cell.value / max) * 100);
        return (
          <div key={key} style={{ display: 'grid', gridTemplateColumns: '10rem 1fr 3rem', gap: '0.5rem', alignItems: 'center', marginBlock: '0.25rem' }}>
            <span>{t(`dashboard.columns.${key}`)}</span>
            <span style={{ background: 'var(--utrecht-color-grey-90, #eee)', display: 'block', height: '1.5rem' }}>
              <span style={{ background: 'var(--utrecht-color-blue-40, #1a5a96)', display: 'block', height: '100%', width: `${width}%` }} />
            </span>
            <span>{cell.display}</span>
          </div>
        );
      })}
    </div>
  );
}

/** Wijkcijfers: aggregates per wijk for a period, for admins. Figures about fewer than 10 people show "<10". */
export function AdminDashboardPage() {
  const { t, i18n } = useTranslation();
  const wijken = useWijken();
  const today = new Date();
  const threeMonthsAgo = new Date(today.getFullYear(), today.getMonth() - 3, today.getDate());
  const [form, setForm] = useState({ from: isoDay(threeMonthsAgo), to: isoDay(today), wijk: '' });
  const [period, setPeriod] = useState(form);
  const fields = {
    from: { id: 'dashboard-from', label: t('dashboard.from') },
    to: { id: 'dashboard-to', label: t('dashboard.to') },
    wijk: { id: 'dashboard-wijk', label: t('dashboard.wijk') },
  };
  const errors = useFormErrors(fields);
  const variables = { from: startOf(period.from).toISOString(), to: dayAfter(period.to).toISOString(), wijkCodes: period.wijk ? [period.wijk] : null };
  const { data, loading, error } = useQuery(WIJK_STATS, { variables, fetchPolicy: 'cache-and-network' });

  function apply(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...(/^\d{4}-\d{2}-\d{2}$/.test(form.from) ? [] : [{ field: 'from', key: 'date' }]),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(form.to) ? [] : [{ field: 'to', key: 'date' }]),
    ];
    if (!problems.length && form.to < form.from) problems.push({ field: 'to', key: 'untilAfterStart' });
    if (errors.check(problems)) return;
    setPeriod(form);
  }

  const csv = new URLSearchParams({ from: variables.from, to: variables.to, lang: i18n.language === 'en' ? 'en' : 'nl' });
  if (period.wijk) csv.append('wijk', period.wijk);
  const rows = data?.wijkStats.rows ?? [];
  return (
    <div className="bb-wide">
      <PageHeading>{t('dashboard.title')}</PageHeading>
      <Paragraph>{t('dashboard.intro')}</Paragraph>
      <form noValidate onSubmit={apply} className="bb-form bb-inline-form" aria-label={t('dashboard.filters')}>
        <div className="bb-field-row">
          <TextField name="from" spec={fields.from} errors={errors} type="date" value={form.from} onChange={(from) => setForm({ ...form, from })} />
          <TextField name="to" spec={fields.to} errors={errors} type="date" value={form.to} onChange={(to) => setForm({ ...form, to })} />
        </div>
        <SelectField
          name="wijk"
          spec={fields.wijk}
          errors={errors}
          value={form.wijk}
          options={[{ value: '', label: t('dashboard.allWijken') }, ...wijken.options]}
          onChange={(wijk) => setForm({ ...form, wijk })}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('dashboard.show')}
        </Button>
      </form>
      {error && <ProblemMessage error={error} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <Paragraph>
            <a className="utrecht-link utrecht-link--html-a" href={`/monitoring/wijk-stats.csv?${csv.toString()}`} download>
              {t('dashboard.downloadCsv')}
            </a>
          </Paragraph>
          <Paragraph className="bb-muted">{t('dashboard.suppressed')}</Paragraph>
          {/* The table is wider than the screen: the scroll area takes focus so keyboard users can scroll it. */}
          <div className="bb-table-scroll" role="region" aria-labelledby="wijk-stats-caption" tabIndex={0}>
            <Table className="bb-table" id="wijk-stats-table">
              <TableCaption id="wijk-stats-caption">{t('dashboard.caption', { from: period.from, to: period.to })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('dashboard.wijk')}</TableHeaderCell>
                  {COLUMNS.map((key) => (
                    <TableHeaderCell scope="col" key={key}>
                      {t(`dashboard.columns.${key}`)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.wijkCode}>
                    <TableHeaderCell scope="row">{row.wijkName}</TableHeaderCell>
                    {COLUMNS.map((key: Column) => (
                      <TableCell key={key}>
                        {row[key].suppressed ? <abbr title={t('dashboard.suppressedShort')}>{row[key].display}</abbr> : row[key].display}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Paragraph className="bb-muted">{t('dashboard.definitions')}</Paragraph>
          <section aria-labelledby="dashboard-funnel">
            <Heading2 id="dashboard-funnel">{t('dashboard.funnelTitle')}</Heading2>
            <Paragraph>{t('dashboard.funnelNote')}</Paragraph>
            {rows.map((row) => (
              <FunnelChart key={row.wijkCode} row={row} />
            ))}
          </section>
        </>
      )}
    </div>
  );
}
