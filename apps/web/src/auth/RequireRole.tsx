import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { AppLink } from '../components/AppLink';
import { PageHeading } from '../components/PageHeading';
import { Loading } from '../components/ProblemMessage';
import { type Role, useSession } from './session';

/**
 * Shows its page only to a signed-in account with one of the roles (any role when none given).
 * Signed-out visitors go to the login page and come back afterwards. The API checks every
 * request itself; this only spares people a page they cannot use.
 */
export function RequireRole({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!me) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (roles && !roles.includes(me.role)) {
    return (
      <>
        <PageHeading>{t('forbidden.title')}</PageHeading>
        <Paragraph>{t('forbidden.text')}</Paragraph>
        <Paragraph>
          <AppLink to="/">{t('forbidden.home')}</AppLink>
        </Paragraph>
      </>
    );
  }
  return <>{children}</>;
}
