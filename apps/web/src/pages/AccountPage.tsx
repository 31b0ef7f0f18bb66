import { Alert, Button, Code, DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/session';
import { AppButtonLink, AppLink } from '../components/AppLink';
import { PageHeading } from '../components/PageHeading';

/** Mijn account: who is signed in, with what role, and the way out. */
export function AccountPage() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  if (!me) return null;
  const welcome = (location.state as { welcome?: boolean } | null)?.welcome;

  return (
    <>
      <PageHeading>{t('account.title')}</PageHeading>
      {welcome && (
        <Alert type="ok">
          <Paragraph>{t('account.welcome', { name: me.displayName })}</Paragraph>
        </Alert>
      )}
      <DataList className="bb-datalist">
        <DataListItem>
          <DataListKey>{t('account.name')}</DataListKey>
          <DataListValue value={me.displayName}>{me.displayName}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('account.email')}</DataListKey>
          <DataListValue value={me.email ?? ''} emptyDescription={t('account.noEmail')}>
            {me.email}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('account.role')}</DataListKey>
          <DataListValue value={me.role}>{t(`roles.${me.role}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('account.id')}</DataListKey>
          <DataListValue value={me.id}>
            <Code>{me.id}</Code>
            <br />
            <span className="bb-muted">{t('account.idHelp')}</span>
          </DataListValue>
        </DataListItem>
        {me.wijkCodes.length > 0 && (
          <DataListItem>
            <DataListKey>{t('account.wijken')}</DataListKey>
            <DataListValue value={me.wijkCodes.join(', ')}>{me.wijkCodes.join(', ')}</DataListValue>
          </DataListItem>
        )}
      </DataList>
      {me.role === 'RESIDENT' && (
        <section aria-labelledby="account-next" className="bb-panel">
          <Heading2 id="account-next">{t('account.next')}</Heading2>
          <Paragraph>{t('account.profileCta')}</Paragraph>
          <AppButtonLink to="/profile">{t('account.toProfile')}</AppButtonLink>
          <Paragraph>
            <AppLink to="/my-data">{t('account.toMyData')}</AppLink>
          </Paragraph>
          <Paragraph>
            {t('account.organisationCta')} <AppLink to="/organisation">{t('account.toOrganisation')}</AppLink>
          </Paragraph>
        </section>
      )}
      <Button
        type="button"
        appearance="secondary-action-button"
        busy={busy}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await signOut();
          navigate('/', { replace: true });
        }}
      >
        {t('account.logout')}
      </Button>
    </>
  );
}
