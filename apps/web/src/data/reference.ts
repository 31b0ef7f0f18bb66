import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Option } from '../forms/choices';
import { graphql } from '../gql';

const TAGS = graphql(`
  query Tags {
    tags {
      slug
      labelNl
      labelEn
      category
    }
  }
`);

const WIJKEN = graphql(`
  query Wijken {
    wijken {
      code
      name
      municipalityName
    }
  }
`);

/** The shared taxonomy in the reader's language; `kind` picks interests, talents or all. */
export function useTags(kind: 'interest' | 'talent' | 'all' = 'all') {
  const { i18n } = useTranslation();
  const { data, loading, error } = useQuery(TAGS, { fetchPolicy: 'cache-first' });
  const english = i18n.language === 'en';
  const all = data?.tags ?? [];
  const label = (slug: string) => {
    const tag = all.find((t) => t.slug === slug);
    return tag ? (english ? tag.labelEn : tag.labelNl) : slug;
  };
  const options: Option[] = all
    .filter((t) => kind === 'all' || t.category === 'BOTH' || t.category === (kind === 'interest' ? 'INTEREST' : 'TALENT'))
    .map((t) => ({ value: t.slug, label: english ? t.labelEn : t.labelNl }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  return { options, label, loading, error };
}

/** Every wijk, by name; `only` limits them (e.g. a social worker's own wijken). */
export function useWijken(only?: readonly string[]) {
  const { i18n } = useTranslation();
  const { data, loading, error } = useQuery(WIJKEN, { fetchPolicy: 'cache-first' });
  const wijken = [...(data?.wijken ?? [])]
    .filter((w) => !only || only.includes(w.code))
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const name = (code: string | null | undefined) => (code ? (data?.wijken.find((w) => w.code === code)?.name ?? code) : '');
  const options: Option[] = wijken.map((w) => ({ value: w.code, label: w.name }));
  return { wijken, options, name, loading, error };
}
