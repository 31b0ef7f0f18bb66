import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  ButtonGroup,
  Code,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage, toApiProblems } from '../../apollo/errors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { TextField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { useFormat } from '../../format';
import { graphql } from '../../gql';

const API_TOKENS = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      prefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CREATE_API_TOKEN = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      apiToken {
        id
        name
        prefix
      }
    }
  }
`);

const REVOKE_API_TOKEN = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

/**
 * API-sleutels: for the organisation's own systems (an agenda that sends its activities). A new
 * secret is shown exactly once; revoking stops it at once.
 */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useQuery(API_TOKENS);
  const [create, creating] = useMutation(CREATE_API_TOKEN, { refetchQueries: [API_TOKENS] });
  const [revoke, revoking] = useMutation(REVOKE_API_TOKEN, { refetchQueries: [API_TOKENS] });
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const secretRef = useRef<HTMLDivElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const fields = { name: { id: 'token-name', label: t('tokens.name') } };
  const errors = useFormErrors(fields);
  useEffect(() => {
    if (secret) secretRef.current?.focus();
  }, [secret]);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (errors.check(name.trim() ? [] : [{ field: 'name', key: 'required' }])) return;
    try {
      const result = await create({ variables: { input: { name: name.trim() } } });
      setSecret({ name: name.trim(), secret: result.data!.createApiToken.secret });
      setCopied(false);
      setName('');
      errors.clear();
    } catch (e) {
      errors.handle(e);
    }
  }

  async function confirmRevoke(id: string, tokenName: string) {
    try {
      await revoke({ variables: { id } });
      setMessage({ kind: 'ok', text: t('tokens.revoked', { name: tokenName }) });
    } catch (e) {
      setMessage({ kind: 'error', text: toApiProblems(e).map((p) => problemMessage(p, t)).join(' ') });
    }
    setConfirming(null);
  }

  const tokens = data?.apiTokens ?? [];
  return (
    <div className="bb-wide">
      <PageHeading>{t('tokens.title')}</PageHeading>
      <Paragraph>{t('tokens.intro')}</Paragraph>
      {secret && (
        <Alert type="warning" ref={secretRef} tabIndex={-1} className="bb-secret" aria-labelledby="secret-title">
          <Heading2 id="secret-title">{t('tokens.secretTitle', { name: secret.name })}</Heading2>
          <Paragraph>{t('tokens.secretOnce')}</Paragraph>
          <p>
            <Code className="bb-secret__value" data-testid="api-token-secret">
              {secret.secret}
            </Code>
          </p>
          <ButtonGroup>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                void navigator.clipboard?.writeText(secret.secret).then(() => setCopied(true), () => setCopied(false));
              }}
            >
              {t('tokens.copy')}
            </Button>
            <Button type="button" appearance="subtle-button" onClick={() => setSecret(null)}>
              {t('tokens.stored')}
            </Button>
          </ButtonGroup>
          <p aria-live="polite">{copied ? t('tokens.copied') : ''}</p>
        </Alert>
      )}
      {message && (
        <Alert type={message.kind} ref={messageRef} tabIndex={-1} role={message.kind === 'error' ? 'alert' : 'status'}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
      <section aria-labelledby="new-token">
        <Heading2 id="new-token">{t('tokens.new')}</Heading2>
        <ErrorSummary errors={errors} />
        <form noValidate onSubmit={submit} className="bb-form">
          <TextField name="name" spec={fields.name} errors={errors} description={t('tokens.nameHelp')} maxLength={80} value={name} onChange={setName} />
          <Button type="submit" appearance="primary-action-button" busy={creating.loading} disabled={creating.loading}>
            {t('tokens.create')}
          </Button>
        </form>
      </section>
      <section aria-labelledby="token-list">
        <Heading2 id="token-list">{t('tokens.list')}</Heading2>
        {loading && <Loading />}
        {error && <ProblemMessage error={error} />}
        {data && tokens.length === 0 && <Paragraph>{t('tokens.none')}</Paragraph>}
        {tokens.length > 0 && (
          <div className="bb-table-scroll">
            <Table className="bb-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('tokens.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('tokens.prefix')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('tokens.created')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('tokens.lastUsed')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('tokens.state')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {tokens.map((token) => (
                  <TableRow key={token.id}>
                    <TableCell>{token.name}</TableCell>
                    <TableCell>
                      <Code>{token.prefix}…</Code>
                    </TableCell>
                    <TableCell>{format.dateTime(token.createdAt)}</TableCell>
                    <TableCell>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('tokens.never')}</TableCell>
                    <TableCell>
                      {token.revokedAt ? (
                        t('tokens.revokedAt', { date: format.dateTime(token.revokedAt) })
                      ) : confirming === token.id ? (
                        <div className="bb-confirm" role="group" aria-labelledby={`revoke-${token.id}`}>
                          <Paragraph id={`revoke-${token.id}`}>{t('tokens.confirmRevoke', { name: token.name })}</Paragraph>
                          <ButtonGroup>
                            <Button type="button" appearance="primary-action-button" hint="danger" autoFocus disabled={revoking.loading} onClick={() => void confirmRevoke(token.id, token.name)}>
                              {t('tokens.yesRevoke')}
                            </Button>
                            <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(null)}>
                              {t('tokens.noKeep')}
                            </Button>
                          </ButtonGroup>
                        </div>
                      ) : (
                        <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(token.id)}>
                          {t('tokens.revoke')}
                          <span className="bb-visually-hidden"> {token.name}</span>
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </div>
  );
}
