import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { useWijken } from '../../data/reference';
import { CheckboxList, RadioList } from '../../forms/choices';
import { SelectField, TextField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';

const ASSIGN_ROLE = graphql(`
  mutation AssignRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      id
      displayName
      role
      wijkCodes
      organisationId
    }
  }
`);

const ORGANISATION_CHOICES = graphql(`
  query OrganisationChoices {
    organisations(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

const ACCOUNTS_BY_EMAIL = graphql(`
  query AccountsByEmail($email: String!) {
    accounts(email: $email, first: 10) {
      nodes {
        id
        email
        displayName
        role
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const ROLES: Role[] = ['RESIDENT', 'SOCIAL_WORKER', 'PROVIDER', 'ADMIN'];

interface FoundAccount {
  id: string;
  email?: string | null;
  displayName: string;
  role: Role;
}

/**
 * Rollen toewijzen: find the account by (the beginning of) its email address, pick it, and give
 * it a role, a social worker their wijken, a provider their organisation.
 */
export function AdminRolesPage() {
  const { t } = useTranslation();
  const wijken = useWijken();
  const organisations = useQuery(ORGANISATION_CHOICES);
  const [assign, { loading }] = useMutation(ASSIGN_ROLE);
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [searching, setSearching] = useState(false);
  const [found, setFound] = useState<{ nodes: FoundAccount[]; more: boolean } | null>(null);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [wijkCodes, setWijkCodes] = useState<string[]>([]);
  const [organisationId, setOrganisationId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const fields = {
    email: { id: 'role-email', label: t('adminRoles.email') },
    userId: { id: 'role-user', label: t('adminRoles.account') },
    role: { id: 'role-role', label: t('adminRoles.role') },
    wijkCodes: { id: 'role-wijken', label: t('adminRoles.wijken') },
    organisationId: { id: 'role-organisation', label: t('adminRoles.organisation') },
  };
  const errors = useFormErrors(fields, { reasonToField: { ACCOUNT_NOT_FOUND: 'userId', INVALID_ROLE_ASSIGNMENT: 'role' } });
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function search(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const text = email.trim();
    if (errors.check(text.length >= 2 ? [] : [{ field: 'email', key: text ? 'tooShort' : 'required', params: { count: 2 } }])) return;
    setSearching(true);
    try {
      const { data } = await client.query({ query: ACCOUNTS_BY_EMAIL, variables: { email: text }, fetchPolicy: 'network-only' });
      const nodes = data?.accounts.nodes ?? [];
      setFound({ nodes, more: data?.accounts.pageInfo.hasNextPage ?? false });
      // One hit is picked for you; with more you choose.
      setUserId(nodes.length === 1 ? nodes[0].id : '');
      errors.clear();
    } catch (e) {
      errors.handle(e);
    } finally {
      setSearching(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const problems = [
      ...(userId ? [] : [{ field: 'userId', key: found?.nodes.length ? 'chooseOne' : 'searchFirst' }]),
      ...(role ? [] : [{ field: 'role', key: 'chooseOne' }]),
      ...(role === 'SOCIAL_WORKER' && wijkCodes.length === 0 ? [{ field: 'wijkCodes', key: 'tooFewItems', params: { count: 1 } }] : []),
      ...(role === 'PROVIDER' && !organisationId ? [{ field: 'organisationId', key: 'choose' }] : []),
    ];
    if (errors.check(problems)) return;
    try {
      const result = await assign({
        variables: {
          input: {
            userId,
            role: role as Role,
            ...(role === 'SOCIAL_WORKER' ? { wijkCodes } : {}),
            ...(role === 'PROVIDER' ? { organisationId } : {}),
          },
        },
      });
      const account = result.data!.assignRole;
      setDone(t('adminRoles.done', { name: account.displayName, role: t(`roles.${account.role}`) }));
      errors.clear();
    } catch (e) {
      errors.handle(e);
    }
  }

  return (
    <>
      <PageHeading>{t('adminRoles.title')}</PageHeading>
      <Paragraph>{t('adminRoles.intro')}</Paragraph>
      {done && (
        <Alert type="ok" ref={doneRef} tabIndex={-1} role="status">
          <Paragraph>{done}</Paragraph>
        </Alert>
      )}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={search} className="bb-form" role="search" aria-label={t('adminRoles.search')}>
        <TextField
          name="email"
          spec={fields.email}
          errors={errors}
          description={t('adminRoles.emailHelp')}
          type="search"
          autoComplete="off"
          maxLength={254}
          value={email}
          onChange={setEmail}
        />
        <Button type="submit" appearance="secondary-action-button" busy={searching} disabled={searching}>
          {t('adminRoles.search')}
        </Button>
      </form>
      <div aria-live="polite" className="bb-live" data-testid="accounts-found">
        {found && (found.nodes.length === 0 ? t('adminRoles.noneFound') : t('adminRoles.found', { count: found.nodes.length }))}
      </div>
      <form noValidate onSubmit={submit} className="bb-form">
        {found && found.nodes.length > 0 && (
          <RadioList
            name="userId"
            spec={fields.userId}
            errors={errors}
            description={found.more ? t('adminRoles.more') : undefined}
            options={found.nodes.map((a) => ({ value: a.id, label: `${a.displayName} – ${a.email ?? ''}`, description: t(`roles.${a.role}`) }))}
            value={userId}
            onChange={setUserId}
          />
        )}
        <RadioList<Role> name="role" spec={fields.role} errors={errors} options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} value={role} onChange={setRole} />
        {role === 'SOCIAL_WORKER' && (
          <CheckboxList name="wijkCodes" spec={fields.wijkCodes} errors={errors} options={wijken.options} value={wijkCodes} onChange={setWijkCodes} />
        )}
        {role === 'PROVIDER' && (
          <SelectField
            name="organisationId"
            spec={fields.organisationId}
            errors={errors}
            value={organisationId}
            onChange={setOrganisationId}
            options={[
              { value: '', label: t('adminRoles.chooseOrganisation') },
              ...(organisations.data?.organisations.nodes ?? []).map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        )}
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('adminRoles.submit')}
        </Button>
      </form>
    </>
  );
}
