import { Alert, ButtonGroup, Heading2, OrderedList, OrderedListItem, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useSession } from '../auth/session';
import { AppButtonLink, AppLink } from '../components/AppLink';
import { PageHeading } from '../components/PageHeading';
import { CONTACT_PHONE, CONTACT_PHONE_HREF } from '../config';

/** Welkom: what Buurtbrug is, in short B1 sentences, and the way in. */
export function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const erased = (useLocation().state as { erased?: boolean } | null)?.erased;
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      {erased && (
        <Alert type="ok" role="status">
          <Paragraph>{t('home.erased')}</Paragraph>
        </Alert>
      )}
      <Paragraph appearance="lead">{t('home.lead')}</Paragraph>
      <Paragraph>{t('home.intro')}</Paragraph>
      <ButtonGroup className="bb-actions">
        {me ? (
          <AppButtonLink to={me.role === 'RESIDENT' ? '/profile' : '/account'}>{me.role === 'RESIDENT' ? t('home.toProfile') : t('home.toAccount')}</AppButtonLink>
        ) : (
          <>
            <AppButtonLink to="/register">{t('home.register')}</AppButtonLink>
            <AppButtonLink to="/login" appearance="secondary">
              {t('home.login')}
            </AppButtonLink>
          </>
        )}
      </ButtonGroup>

      <section aria-labelledby="home-what">
        <Heading2 id="home-what">{t('home.whatTitle')}</Heading2>
        <UnorderedList>
          <UnorderedListItem>{t('home.what1')}</UnorderedListItem>
          <UnorderedListItem>{t('home.what2')}</UnorderedListItem>
          <UnorderedListItem>{t('home.what3')}</UnorderedListItem>
          <UnorderedListItem>{t('home.what4')}</UnorderedListItem>
        </UnorderedList>
      </section>

      <section aria-labelledby="home-how">
        <Heading2 id="home-how">{t('home.howTitle')}</Heading2>
        <OrderedList>
          <OrderedListItem>{t('home.how1')}</OrderedListItem>
          <OrderedListItem>{t('home.how2')}</OrderedListItem>
          <OrderedListItem>{t('home.how3')}</OrderedListItem>
        </OrderedList>
      </section>

      <section aria-labelledby="home-help" className="bb-panel">
        <Heading2 id="home-help">{t('home.helpTitle')}</Heading2>
        <Paragraph>
          {t('home.helpText')}{' '}
          <a className="utrecht-link utrecht-link--html-a" href={CONTACT_PHONE_HREF}>
            {CONTACT_PHONE}
          </a>
          .
        </Paragraph>
        <Paragraph>{t('home.helpSocialWorker')}</Paragraph>
      </section>

      <section aria-labelledby="home-worried">
        <Heading2 id="home-worried">{t('worried.homeTitle')}</Heading2>
        <Paragraph>{t('worried.homeText')}</Paragraph>
        <Paragraph>
          <AppLink to="/zorgen-om-iemand">{t('worried.homeLink')}</AppLink>
        </Paragraph>
      </section>
    </>
  );
}
