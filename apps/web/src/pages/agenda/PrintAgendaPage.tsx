import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '../../components/AppLink';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { CONTACT_PHONE } from '../../config';
import { OCCURRENCES } from '../../data/activity';
import { addDays, dayKey, isoWeekOf, isoWeekStart, useFormat } from '../../format';
import { graphql } from '../../gql';
import { useEffect } from 'react';

const WIJK = graphql(`
  query PrintWijk($code: String!) {
    wijk(code: $code) {
      code
      name
      municipalityName
    }
  }
`);

/**
 * The wijkagenda on paper, for the notice board of the community centre or for someone who
 * does not go online: one wijk, one week, A4, large type, no menus, and a number to call.
 */
export function PrintAgendaPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { wijk: code = '' } = useParams();
  const [params] = useSearchParams();
  const week = params.get('week') && isoWeekStart(params.get('week')!) ? params.get('week')! : isoWeekOf(new Date());
  const start = isoWeekStart(week)!;
  const end = addDays(start, 7);
  const wijk = useQuery(WIJK, { variables: { code } });
  const { data, loading, error } = useQuery(OCCURRENCES, { variables: { wijkCode: code, from: start.toISOString(), to: end.toISOString() } });
  const name = wijk.data?.wijk.name ?? code;
  const weekNumber = Number(week.slice(6));

  useEffect(() => {
    document.title = `${t('print.title', { wijk: name })} – ${t('print.weekNumber', { week: weekNumber })}`;
  }, [t, name, weekNumber]);

  const days = new Map<string, NonNullable<typeof data>['occurrences']>();
  for (const o of data?.occurrences ?? []) days.set(dayKey(o.startsAt), [...(days.get(dayKey(o.startsAt)) ?? []), o]);

  return (
    <div className="bb-print utrecht-document">
      <nav className="bb-print__controls" aria-label={t('print.controls')}>
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <AppLink to={`/agenda?wijk=${code}&week=${week}`}>{t('print.back')}</AppLink>
      </nav>
      <main className="bb-print__page">
        <header className="bb-print__header">
          <p className="bb-print__brand">
            {t('app.name')} · {t('app.tagline')}
          </p>
          <h1 id="page-heading">{t('print.title', { wijk: name })}</h1>
          <p className="bb-print__week">
            {t('print.weekNumber', { week: weekNumber })}: {t('print.range', { from: format.day(start), to: format.dayYear(addDays(start, 6)) })}
          </p>
        </header>
        {(loading || wijk.loading) && <Loading />}
        {error && <ProblemMessage error={error} />}
        {wijk.error && <ProblemMessage error={wijk.error} />}
        {!loading && !error && days.size === 0 && <p className="bb-print__empty">{t('print.empty')}</p>}
        {[...days.entries()].map(([key, list]) => (
          <section key={key} className="bb-print__day" aria-labelledby={`print-day-${key}`}>
            <h2 id={`print-day-${key}`}>{format.day(list[0].startsAt)}</h2>
            <ul>
              {list.map((o) => (
                <li key={`${o.activityId}-${o.startsAt}`} className="bb-print__item">
                  <p className="bb-print__time">{format.timeRange(o.startsAt, o.endsAt)}</p>
                  <div>
                    <h3>{o.activity.title}</h3>
                    <p>
                      {o.activity.location.name}
                      {o.activity.location.addressLine ? `, ${o.activity.location.addressLine}` : ''}
                    </p>
                    <p>
                      {[
                        o.activity.free ? t('activity.free') : format.euros(o.activity.costCents),
                        o.activity.walkIn ? t('activity.walkIn') : t('print.signUp'),
                        o.activity.organisation?.phone ? t('print.phoneOrganisation', { phone: o.activity.organisation.phone }) : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <footer className="bb-print__footer">
          <p className="bb-print__call">{t('print.call', { phone: CONTACT_PHONE })}</p>
          <p>{t('print.online')}</p>
        </footer>
      </main>
    </div>
  );
}
