import { useQuery } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useWijken } from '../../data/reference';
import { CheckboxList } from '../../forms/choices';
import { SelectField, TextField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { useFormat } from '../../format';
import { graphql } from '../../gql';
import type { SearchType } from '../../gql/graphql';

const SEARCH = graphql(`
  query Search($input: SearchInput, $after: String) {
    search(input: $input, first: 20, after: $after) {
      totalCount
      nodes {
        id
        type
        title
        titleHighlight {
          text
          match
        }
        snippet {
          text
          match
        }
        locationName
        organisationName
        postKind
        wijkNames
        upcomingDates
        free
        walkIn
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const TYPES: SearchType[] = ['ACTIVITY', 'ORGANISATION', 'POST'];

/** Matched words in bold (<mark>), so people see why something was found. */
function Highlighted({ segments }: { segments: { text: string; match: boolean }[] }) {
  return (
    <>
      {segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}

function hitLink(type: SearchType, id: string): string | undefined {
  if (type === 'ACTIVITY') return `/activities/${id}`;
  return undefined;
}

/**
 * Zoeken: activities, organisations (the sociale kaart) and, for signed-in residents, offers
 * and requests nearby. Typos and synonyms are understood; filters live in the address.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const wijken = useWijken();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const wijk = params.get('wijk') ?? '';
  const types = (params.get('types')?.split(',').filter((v): v is SearchType => TYPES.includes(v as SearchType)) ?? []) as SearchType[];
  const options = params.get('only')?.split(',') ?? [];
  const [form, setForm] = useState({ text, wijk, types: types as string[], options });
  const errors = useFormErrors({});
  const input = {
    ...(text ? { text } : {}),
    ...(wijk ? { wijkCodes: [wijk] } : {}),
    ...(types.length ? { types } : {}),
    ...(options.includes('free') ? { free: true } : {}),
    ...(options.includes('walkIn') ? { walkIn: true } : {}),
  };
  const { data, loading, error, fetchMore } = useQuery(SEARCH, { variables: { input } });

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (form.text.trim()) next.set('q', form.text.trim());
    if (form.wijk) next.set('wijk', form.wijk);
    if (form.types.length) next.set('types', form.types.join(','));
    if (form.options.length) next.set('only', form.options.join(','));
    setParams(next);
  }

  const hits = data?.search.nodes ?? [];
  return (
    <div className="bb-wide">
      <PageHeading>{t('search.title')}</PageHeading>
      <Paragraph appearance="lead">{t('search.lead')}</Paragraph>
      <div className="bb-agenda">
        <form noValidate onSubmit={submit} className="bb-filters" role="search" aria-label={t('search.title')}>
          <TextField name="q" spec={{ id: 'search-text', label: t('search.text') }} errors={errors} type="search" description={t('search.textHelp')} value={form.text} onChange={(v) => setForm({ ...form, text: v })} />
          <SelectField
            name="wijk"
            spec={{ id: 'search-wijk', label: t('agenda.wijk') }}
            errors={errors}
            value={form.wijk}
            onChange={(v) => setForm({ ...form, wijk: v })}
            options={[{ value: '', label: t('agenda.allWijken') }, ...wijken.options]}
          />
          <CheckboxList
            name="types"
            spec={{ id: 'search-types', label: t('search.types') }}
            errors={errors}
            options={TYPES.map((type) => ({ value: type, label: t(`search.type.${type}`) }))}
            value={form.types}
            onChange={(v) => setForm({ ...form, types: v })}
          />
          <CheckboxList
            name="only"
            spec={{ id: 'search-only', label: t('agenda.options') }}
            errors={errors}
            options={[
              { value: 'free', label: t('agenda.onlyFree') },
              { value: 'walkIn', label: t('agenda.onlyWalkIn') },
            ]}
            value={form.options}
            onChange={(v) => setForm({ ...form, options: v })}
          />
          <Button type="submit" appearance="primary-action-button">
            {t('search.submit')}
          </Button>
        </form>
        <section aria-labelledby="search-results">
          <Heading2 id="search-results">{t('search.results')}</Heading2>
          <div aria-live="polite">
            {loading && !data && <Loading />}
            {error && <ProblemMessage error={error} />}
            {data && <Paragraph className="bb-result-count">{t('search.count', { count: data.search.totalCount })}</Paragraph>}
          </div>
          <ul className="bb-cards">
            {hits.map((hit) => {
              const link = hitLink(hit.type, hit.id);
              return (
                <li key={`${hit.type}-${hit.id}`} className="bb-card">
                  <p className="bb-card__time">{hit.type === 'POST' && hit.postKind ? t(`posts.kindLabel.${hit.postKind}`) : t(`search.type.${hit.type}`)}</p>
                  <h3 className="bb-card__title">
                    {link ? (
                      <AppLink to={link}>
                        <Highlighted segments={hit.titleHighlight} />
                      </AppLink>
                    ) : (
                      <Highlighted segments={hit.titleHighlight} />
                    )}
                  </h3>
                  <p className="bb-card__place">
                    {[hit.locationName, hit.organisationName, hit.wijkNames.join(', ')].filter(Boolean).join(' · ')}
                    {hit.upcomingDates[0] ? ` · ${t('search.next', { date: format.day(hit.upcomingDates[0]) })}` : ''}
                  </p>
                  {hit.snippet.length > 0 && (
                    <p>
                      <Highlighted segments={hit.snippet} />
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
          {data?.search.pageInfo.hasNextPage && (
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() =>
                void fetchMore({
                  variables: { after: data.search.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    search: { ...fetchMoreResult.search, nodes: [...previous.search.nodes, ...fetchMoreResult.search.nodes] },
                  }),
                })
              }
            >
              {t('common.more')}
            </Button>
          )}
        </section>
      </div>
    </div>
  );
}
