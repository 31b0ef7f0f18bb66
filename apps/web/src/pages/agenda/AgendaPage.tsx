import { useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../auth/session';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { OCCURRENCES } from '../../data/activity';
import { useTags, useWijken } from '../../data/reference';
import { CheckboxList } from '../../forms/choices';
import { SelectField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { addDays, dayKey, isoWeekOf, isoWeekStart, useFormat } from '../../format';
import { graphql } from '../../gql';

const MY_WIJK = graphql(`
  query MyWijk {
    myProfile {
      userId
      wijkCode
    }
  }
`);

/**
 * De wijkagenda: what is on, per week, in one wijk (or all), grouped by day. Filters live in the
 * address, so a filtered agenda can be shared, bookmarked and printed.
 */
export function AgendaPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const wijken = useWijken();
  const tags = useTags('all');
  const profile = useQuery(MY_WIJK, { skip: me?.role !== 'RESIDENT' });
  const week = params.get('week') && isoWeekStart(params.get('week')!) ? params.get('week')! : isoWeekOf(new Date());
  const wijk = params.get('wijk') ?? profile.data?.myProfile?.wijkCode ?? me?.wijkCodes[0] ?? '';
  const onlyFree = params.get('free') === '1';
  const onlyWalkIn = params.get('walkIn') === '1';
  const tag = params.get('tag') ?? '';
  const [form, setForm] = useState({ wijk, tag, options: [...(onlyFree ? ['free'] : []), ...(onlyWalkIn ? ['walkIn'] : [])] });
  const errors = useFormErrors({});
  // The default wijk (from the profile) arrives after the first render.
  useEffect(() => setForm((f) => ({ ...f, wijk })), [wijk]);

  const start = isoWeekStart(week)!;
  const end = addDays(start, 7);
  const { data, loading, error } = useQuery(OCCURRENCES, {
    variables: { wijkCode: wijk || null, from: start.toISOString(), to: end.toISOString() },
    skip: profile.loading,
  });

  const occurrences = (data?.occurrences ?? []).filter(
    (o) => (!onlyFree || o.activity.free) && (!onlyWalkIn || o.activity.walkIn) && (!tag || o.activity.tags.includes(tag)),
  );
  const days = new Map<string, typeof occurrences>();
  for (const o of occurrences) days.set(dayKey(o.startsAt), [...(days.get(dayKey(o.startsAt)) ?? []), o]);

  function apply(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams({ week });
    if (form.wijk) next.set('wijk', form.wijk);
    else next.set('wijk', '');
    if (form.tag) next.set('tag', form.tag);
    if (form.options.includes('free')) next.set('free', '1');
    if (form.options.includes('walkIn')) next.set('walkIn', '1');
    setParams(next);
  }

  function goToWeek(offset: number) {
    const next = new URLSearchParams(params);
    next.set('week', isoWeekOf(addDays(start, offset * 7)));
    if (!next.has('wijk')) next.set('wijk', wijk);
    setParams(next);
  }

  return (
    <div className="bb-wide">
      <PageHeading>{t('agenda.title')}</PageHeading>
      <Paragraph appearance="lead">{t('agenda.lead')}</Paragraph>
      <div className="bb-agenda">
        <form noValidate onSubmit={apply} className="bb-filters" aria-labelledby="agenda-filters">
          <Heading2 id="agenda-filters">{t('agenda.filters')}</Heading2>
          <SelectField
            name="wijk"
            spec={{ id: 'agenda-wijk', label: t('agenda.wijk') }}
            errors={errors}
            value={form.wijk}
            onChange={(value) => setForm({ ...form, wijk: value })}
            options={[{ value: '', label: t('agenda.allWijken') }, ...wijken.options]}
          />
          <SelectField
            name="tag"
            spec={{ id: 'agenda-tag', label: t('agenda.tag') }}
            errors={errors}
            value={form.tag}
            onChange={(value) => setForm({ ...form, tag: value })}
            options={[{ value: '', label: t('agenda.allTags') }, ...tags.options]}
          />
          <CheckboxList
            name="options"
            spec={{ id: 'agenda-options', label: t('agenda.options') }}
            errors={errors}
            options={[
              { value: 'free', label: t('agenda.onlyFree') },
              { value: 'walkIn', label: t('agenda.onlyWalkIn') },
            ]}
            value={form.options}
            onChange={(options) => setForm({ ...form, options })}
          />
          <Button type="submit" appearance="primary-action-button">
            {t('agenda.apply')}
          </Button>
        </form>

        <section aria-labelledby="agenda-week" className="bb-agenda__results">
          <Heading2 id="agenda-week">
            {t('agenda.week', { from: format.day(start), to: format.day(addDays(start, 6)) })}
            {wijk ? ` · ${wijken.name(wijk)}` : ''}
          </Heading2>
          <ButtonGroup className="bb-actions">
            <Button type="button" appearance="secondary-action-button" onClick={() => goToWeek(-1)}>
              {t('agenda.previousWeek')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => goToWeek(1)}>
              {t('agenda.nextWeek')}
            </Button>
            {wijk && (
              <AppButtonLink to={`/agenda/${wijk}/print?week=${week}`} appearance="subtle">
                {t('agenda.print')}
              </AppButtonLink>
            )}
          </ButtonGroup>
          <div aria-live="polite" aria-busy={loading}>
            {loading && <Loading />}
            {error && <ProblemMessage error={error} />}
            {!loading && !error && (
              <Paragraph className="bb-result-count">{t('agenda.count', { count: occurrences.length })}</Paragraph>
            )}
          </div>
          {[...days.entries()].map(([key, list]) => (
            <section key={key} aria-labelledby={`day-${key}`} className="bb-day">
              <Heading3 id={`day-${key}`} className="bb-day__title">
                {format.day(list[0].startsAt)}
              </Heading3>
              <ul className="bb-cards">
                {list.map((o) => (
                  <li key={`${o.activityId}-${o.startsAt}`} className="bb-card">
                    <p className="bb-card__time">{format.timeRange(o.startsAt, o.endsAt)}</p>
                    <h4 className="bb-card__title">
                      <AppLink to={`/activities/${o.activityId}?date=${encodeURIComponent(o.startsAt)}`}>{o.activity.title}</AppLink>
                    </h4>
                    <p className="bb-card__place">
                      {o.activity.location.name}
                      {o.activity.organisation ? ` · ${o.activity.organisation.name}` : ''}
                    </p>
                    <ul className="bb-badges" aria-label={t('agenda.details')}>
                      <li className="bb-badge">{o.activity.free ? t('activity.free') : format.euros(o.activity.costCents)}</li>
                      {o.activity.walkIn && <li className="bb-badge">{t('activity.walkIn')}</li>}
                      {o.placesLeft !== null && o.placesLeft !== undefined && (
                        <li className="bb-badge">{o.placesLeft > 0 ? t('activity.placesLeft', { count: o.placesLeft }) : t('activity.full')}</li>
                      )}
                    </ul>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      </div>
    </div>
  );
}
