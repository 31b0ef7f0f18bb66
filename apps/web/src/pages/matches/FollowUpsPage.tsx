import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { FollowUps } from './FollowUps';

/** Nazorg: the social worker asks "Is het goed gegaan?" for curated residents' accepted matches. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  return (
    <div className="bb-wide">
      <PageHeading>{t('followUp.pageTitle')}</PageHeading>
      <Paragraph>{t('followUp.intro')}</Paragraph>
      <FollowUps headingLevel={1} showResident />
    </div>
  );
}
