import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { problemMessage, toApiProblems } from '../../apollo/errors';
import { useSession } from '../../auth/session';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { TextField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { useFormat } from '../../format';
import { graphql } from '../../gql';

export const ORGANISATION_ACTIVITIES = graphql(`
  query OrganisationActivities($organisationId: ID!, $after: String) {
    activities(filter: { organisationId: $organisationId }, first: 100, after: $after) {
      nodes {
        id
        title
        status
        wijkCode
        capacity
        schedule {
          kind
          startsAt
          rrule
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PUBLISH = graphql(`
  mutation PublishActivity($id: ID!) {
    publishActivity(id: $id) {
      id
      status
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelActivity($id: ID!, $reason: String) {
    cancelActivity(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

/** The organisation's activities: drafts, published and cancelled, with what can be done next. */
export function ProviderActivitiesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const { me } = useSession();
  const organisationId = me?.organisationId ?? '';
  const { data, loading, error } = useQuery(ORGANISATION_ACTIVITIES, { variables: { organisationId }, skip: !organisationId });
  const [publish] = useMutation(PUBLISH);
  const [cancel, cancelling] = useMutation(CANCEL);
  const [cancelId, setCancelId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const saved = (location.state as { saved?: string } | null)?.saved;
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(saved ? { kind: 'ok', text: t('providerActivities.saved', { title: saved }) } : null);
  const messageRef = useRef<HTMLDivElement>(null);
  const errors = useFormErrors({});
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  if (!organisationId) {
    return (
      <>
        <PageHeading>{t('providerActivities.title')}</PageHeading>
        <Paragraph>{t('providerActivities.noOrganisation')}</Paragraph>
        <AppButtonLink to="/organisation">{t('organisation.createTitle')}</AppButtonLink>
      </>
    );
  }

  async function run(action: () => Promise<unknown>, ok: string) {
    try {
      await action();
      setMessage({ kind: 'ok', text: ok });
    } catch (e) {
      setMessage({ kind: 'error', text: toApiProblems(e).map((p) => problemMessage(p, t)).join(' ') });
    }
    setCancelId(null);
    setReason('');
  }

  const activities = data?.activities.nodes ?? [];
  return (
    <div className="bb-wide">
      <PageHeading>{t('providerActivities.title')}</PageHeading>
      {message && (
        <Alert type={message.kind} ref={messageRef} tabIndex={-1} role={message.kind === 'error' ? 'alert' : 'status'}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
      <div className="bb-actions utrecht-button-group">
        <AppButtonLink to="/organisation/activities/new">{t('providerActivities.new')}</AppButtonLink>
      </div>
      {loading && <Loading />}
      {error && <ProblemMessage error={error} />}
      {data && activities.length === 0 && <Paragraph>{t('providerActivities.none')}</Paragraph>}
      {activities.length > 0 && (
        <div className="bb-table-scroll">
          <Table className="bb-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('providerActivities.activity')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('providerActivities.when')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('providerActivities.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('providerActivities.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {activities.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>
                    <AppLink to={`/organisation/activities/${a.id}`}>{a.title}</AppLink>
                  </TableCell>
                  <TableCell>
                    {a.schedule.kind === 'RECURRING' ? t('providerActivities.recurringFrom', { date: format.dayYear(a.schedule.startsAt) }) : format.dateTime(a.schedule.startsAt)}
                  </TableCell>
                  <TableCell>{t(`activityStatus.${a.status}`)}</TableCell>
                  <TableCell>
                    {cancelId === a.id ? (
                      <div className="bb-confirm" role="group" aria-labelledby={`cancel-${a.id}`}>
                        <Paragraph id={`cancel-${a.id}`}>{t('providerActivities.confirmCancel', { title: a.title })}</Paragraph>
                        <TextField
                          name="reason"
                          spec={{ id: `reason-${a.id}`, label: t('providerActivities.reason') }}
                          errors={errors}
                          description={t('providerActivities.reasonHelp')}
                          maxLength={300}
                          value={reason}
                          onChange={setReason}
                        />
                        <ButtonGroup>
                          <Button
                            type="button"
                            appearance="primary-action-button"
                            hint="danger"
                            disabled={cancelling.loading}
                            onClick={() => void run(() => cancel({ variables: { id: a.id, reason: reason.trim() || null } }), t('providerActivities.cancelled', { title: a.title }))}
                          >
                            {t('providerActivities.yesCancel')}
                          </Button>
                          <Button type="button" appearance="secondary-action-button" onClick={() => setCancelId(null)}>
                            {t('providerActivities.noKeep')}
                          </Button>
                        </ButtonGroup>
                      </div>
                    ) : (
                      <ButtonGroup className="bb-row-actions">
                        {a.status !== 'CANCELLED' && (
                          <AppButtonLink to={`/organisation/activities/${a.id}/edit`} appearance="secondary">
                            {t('providerActivities.edit')}
                            <span className="bb-visually-hidden"> {a.title}</span>
                          </AppButtonLink>
                        )}
                        {a.status === 'DRAFT' && (
                          <Button
                            type="button"
                            appearance="primary-action-button"
                            onClick={() => void run(() => publish({ variables: { id: a.id } }), t('providerActivities.published', { title: a.title }))}
                          >
                            {t('providerActivities.publish')}
                            <span className="bb-visually-hidden"> {a.title}</span>
                          </Button>
                        )}
                        {a.status !== 'CANCELLED' && (
                          <Button type="button" appearance="secondary-action-button" onClick={() => setCancelId(a.id)}>
                            {t('providerActivities.cancel')}
                            <span className="bb-visually-hidden"> {a.title}</span>
                          </Button>
                        )}
                      </ButtonGroup>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
