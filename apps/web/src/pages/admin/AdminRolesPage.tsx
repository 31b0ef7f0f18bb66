import { useMutation, useQuery } from '@apollo/client/react';
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

const ROLES: Role[] = ['RESIDENT', 'SOCIAL_WORKER', 'PROVIDER', 'ADMIN'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Rollen toewijzen: give an account its role, a social worker their wijken, a provider their
 * organisation. The account number is on that person's "Mijn account" page.
 */
export function AdminRolesPage() {
  const { t } = useTranslation();
  const wijken = useWijken();
  const organisations = useQuery(ORGANISATION_CHOICES);
  const [assign, { loading }] = useMutation(ASSIGN_ROLE);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [wijkCodes, setWijkCodes] = useState<string[]>([]);
  const [organisationId, setOrganisationId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const fields = {
    userId: { id: 'role-user', label: t('adminRoles.userId') },
    role: { id: 'role-role', label: t('adminRoles.role') },
    wijkCodes: { id: 'role-wijken', label: t('adminRoles.wijken') },
    organisationId: { id: 'role-organisation', label: t('adminRoles.organisation') },
  };
  const errors = useFormErrors(fields, { reasonToField: { ACCOUNT_NOT_FOUND: 'userId', INVALID_ROLE_ASSIGNMENT: 'role' } });
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const problems = [
      ...(UUID.test(userId.trim()) ? [] : [{ field: 'userId', key: userId.trim() ? 'accountNumber' : 'required' }]),
      ...(role ? [] : [{ field: 'role', key: 'chooseOne' }]),
      ...(role === 'SOCIAL_WORKER' && wijkCodes.length === 0 ? [{ field: 'wijkCodes', key: 'tooFewItems', params: { count: 1 } }] : []),
      ...(role === 'PROVIDER' && !organisationId ? [{ field: 'organisationId', key: 'choose' }] : []),
    ];
    if (errors.check(problems)) return;
    try {
      const result = await assign({
        variables: {
          input: {
            userId: userId.trim(),
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
      <form noValidate onSubmit={submit} className="bb-form">
        <TextField name="userId" spec={fields.userId} errors={errors} description={t('adminRoles.userIdHelp')} value={userId} onChange={setUserId} />
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
