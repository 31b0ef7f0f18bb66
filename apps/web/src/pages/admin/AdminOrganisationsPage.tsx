import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage, toApiProblems } from '../../apollo/errors';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useWijken } from '../../data/reference';
import { RadioList } from '../../forms/choices';
import { useFormErrors } from '../../forms/useFormErrors';
import { useFormat } from '../../format';
import { graphql } from '../../gql';
import type { OrganisationStatus } from '../../gql/graphql';

const ADMIN_ORGANISATIONS = graphql(`
  query AdminOrganisations($status: OrganisationStatus, $after: String) {
    organisations(filter: { status: $status }, first: 50, after: $after) {
      nodes {
        id
        name
        kind
        description
        email
        phone
        website
        wijkCodes
        status
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const APPROVE = graphql(`
  mutation ApproveOrganisation($id: ID!) {
    approveOrganisation(id: $id) {
      id
      status
      approvedAt
    }
  }
`);

/** Organisaties goedkeuren: new organisations wait here until an admin lets the public see them. */
export function AdminOrganisationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const wijken = useWijken();
  const [status, setStatus] = useState<OrganisationStatus>('PENDING');
  const { data, loading, error } = useQuery(ADMIN_ORGANISATIONS, { variables: { status } });
  const [approve, approving] = useMutation(APPROVE, { refetchQueries: [ADMIN_ORGANISATIONS] });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const errors = useFormErrors({});
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  async function approveOne(id: string, name: string) {
    try {
      await approve({ variables: { id } });
      setMessage({ kind: 'ok', text: t('adminOrganisations.approved', { name }) });
    } catch (e) {
      setMessage({ kind: 'error', text: toApiProblems(e).map((p) => problemMessage(p, t)).join(' ') });
    }
  }

  const organisations = data?.organisations.nodes ?? [];
  return (
    <>
      <PageHeading>{t('adminOrganisations.title')}</PageHeading>
      {message && (
        <Alert type={message.kind} ref={messageRef} tabIndex={-1} role={message.kind === 'error' ? 'alert' : 'status'}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
      <RadioList<OrganisationStatus>
        name="status"
        spec={{ id: 'org-status', label: t('adminOrganisations.show') }}
        errors={errors}
        options={[
          { value: 'PENDING', label: t('adminOrganisations.pending') },
          { value: 'APPROVED', label: t('adminOrganisations.approvedList') },
        ]}
        value={status}
        onChange={setStatus}
      />
      {loading && <Loading />}
      {error && <ProblemMessage error={error} />}
      {data && organisations.length === 0 && <Paragraph>{status === 'PENDING' ? t('adminOrganisations.nonePending') : t('adminOrganisations.none')}</Paragraph>}
      <ul className="bb-cards">
        {organisations.map((o) => (
          <li key={o.id} className="bb-card">
            <h2 className="bb-card__title">{o.name}</h2>
            <p className="bb-card__place">
              {t(`organisationKind.${o.kind}`)} · {o.wijkCodes.map(wijken.name).join(', ')} · {t('adminOrganisations.since', { date: format.dayYear(o.createdAt) })}
            </p>
            {o.description && <p className="bb-prewrap">{o.description}</p>}
            <p>{[o.phone, o.email, o.website].filter(Boolean).join(' · ')}</p>
            {o.status === 'PENDING' && (
              <Button type="button" appearance="primary-action-button" disabled={approving.loading} onClick={() => void approveOne(o.id, o.name)}>
                {t('adminOrganisations.approve')}
                <span className="bb-visually-hidden"> {o.name}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
