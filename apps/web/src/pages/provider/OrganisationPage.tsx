import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { AppButtonLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useWijken } from '../../data/reference';
import { CheckboxList } from '../../forms/choices';
import { SelectField, TextareaField, TextField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import type { OrganisationKind } from '../../gql/graphql';
import { ORGANISATION, ORGANISATION_KINDS } from './organisation-data';

const CREATE_ORGANISATION = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      status
    }
  }
`);

const UPDATE_ORGANISATION = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      name
      kind
      description
      email
      phone
      website
      wijkCodes
      status
    }
  }
`);

interface Form {
  name: string;
  kind: OrganisationKind | '';
  description: string;
  wijkCodes: string[];
  phone: string;
  email: string;
  website: string;
}

const EMPTY: Form = { name: '', kind: '', description: '', wijkCodes: [], phone: '', email: '', website: '' };

/**
 * Mijn organisatie: a provider keeps its details for the sociale kaart; someone without one
 * registers it here (and becomes its provider, pending an admin's approval).
 */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { me, signedIn } = useSession();
  const organisationId = me?.organisationId ?? null;
  const wijken = useWijken();
  const { data, loading, error } = useQuery(ORGANISATION, { variables: { id: organisationId ?? '' }, skip: !organisationId });
  const [create, creating] = useMutation(CREATE_ORGANISATION);
  const [update, updating] = useMutation(UPDATE_ORGANISATION);
  const [form, setForm] = useState<Form>(EMPTY);
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);
  const organisation = data?.organisation;

  useEffect(() => {
    if (organisation) {
      setForm({
        name: organisation.name,
        kind: organisation.kind,
        description: organisation.description,
        wijkCodes: organisation.wijkCodes,
        phone: organisation.phone ?? '',
        email: organisation.email ?? '',
        website: organisation.website ?? '',
      });
    }
  }, [organisation]);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  const fields = {
    name: { id: 'org-name', label: t('organisation.name') },
    kind: { id: 'org-kind', label: t('organisation.kind') },
    description: { id: 'org-description', label: t('organisation.description') },
    wijkCodes: { id: 'org-wijken', label: t('organisation.wijken') },
    phone: { id: 'org-phone', label: t('organisation.phone') },
    email: { id: 'org-email', label: t('organisation.email') },
    website: { id: 'org-website', label: t('organisation.website') },
  };
  const errors = useFormErrors(fields);
  const set = (changes: Partial<Form>) => setForm((f) => ({ ...f, ...changes }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const problems = [
      ...(form.name.trim() ? [] : [{ field: 'name', key: 'required' }]),
      ...(form.kind ? [] : [{ field: 'kind', key: 'choose' }]),
      ...(form.wijkCodes.length ? [] : [{ field: 'wijkCodes', key: 'tooFewItems', params: { count: 1 } }]),
    ];
    if (errors.check(problems)) return;
    const fieldsToSend = {
      name: form.name.trim(),
      kind: form.kind as OrganisationKind,
      description: form.description.trim(),
      wijkCodes: form.wijkCodes,
      phone: form.phone.trim() || null,
      email: form.email.trim() || null,
      website: form.website.trim() || null,
    };
    try {
      if (organisation) {
        await update({ variables: { input: { id: organisation.id, ...fieldsToSend } } });
      } else {
        await create({ variables: { input: fieldsToSend } });
        // Creating one makes this account its provider: reload who I am.
        await signedIn();
      }
      errors.clear();
      setSaved(true);
    } catch (e) {
      errors.handle(e);
    }
  }

  if (loading && !data) return <Loading />;
  if (error) return <ProblemMessage error={error} />;

  return (
    <>
      <PageHeading>{organisation ? organisation.name : t('organisation.createTitle')}</PageHeading>
      {saved && (
        <Alert type="ok" ref={savedRef} tabIndex={-1} role="status">
          <Paragraph>{organisation ? t('organisation.saved') : t('organisation.created')}</Paragraph>
        </Alert>
      )}
      {organisation && (
        <Alert type={organisation.status === 'APPROVED' ? 'ok' : 'info'}>
          <Paragraph>{organisation.status === 'APPROVED' ? t('organisation.approved') : t('organisation.pending')}</Paragraph>
        </Alert>
      )}
      {!organisation && <Paragraph>{t('organisation.createIntro')}</Paragraph>}
      {organisation && (
        <div className="bb-actions utrecht-button-group">
          <AppButtonLink to="/organisation/activities">{t('nav.providerActivities')}</AppButtonLink>
          <AppButtonLink to="/organisation/tokens" appearance="secondary">
            {t('nav.tokens')}
          </AppButtonLink>
        </div>
      )}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} className="bb-form">
        <TextField name="name" spec={fields.name} errors={errors} maxLength={150} value={form.name} onChange={(name) => set({ name })} />
        <SelectField
          name="kind"
          spec={fields.kind}
          errors={errors}
          value={form.kind}
          onChange={(kind) => set({ kind: kind as OrganisationKind })}
          options={[{ value: '', label: t('organisation.chooseKind') }, ...ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKind.${k}`) }))]}
        />
        <TextareaField
          name="description"
          spec={fields.description}
          errors={errors}
          description={t('organisation.descriptionHelp')}
          maxLength={2000}
          value={form.description}
          onChange={(description) => set({ description })}
        />
        <CheckboxList
          name="wijkCodes"
          spec={fields.wijkCodes}
          errors={errors}
          description={t('organisation.wijkenHelp')}
          options={wijken.options}
          value={form.wijkCodes}
          onChange={(wijkCodes) => set({ wijkCodes })}
        />
        <TextField name="phone" spec={fields.phone} errors={errors} type="tel" autoComplete="tel" description={t('common.optional')} value={form.phone} onChange={(phone) => set({ phone })} />
        <TextField name="email" spec={fields.email} errors={errors} type="email" autoComplete="email" description={t('common.optional')} value={form.email} onChange={(email) => set({ email })} />
        <TextField name="website" spec={fields.website} errors={errors} type="url" autoComplete="url" description={t('common.optional')} value={form.website} onChange={(website) => set({ website })} />
        <Button type="submit" appearance="primary-action-button" busy={creating.loading || updating.loading} disabled={creating.loading || updating.loading}>
          {organisation ? t('common.save') : t('organisation.create')}
        </Button>
      </form>
    </>
  );
}
