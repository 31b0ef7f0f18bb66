import { useQuery } from '@apollo/client/react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useFormat } from '../../format';
import { MeasurementResults } from './MeasurementResults';
import { nextMoment, RESIDENT_MEASUREMENTS } from './measurement-data';
import { QuestionnaireForm } from './QuestionnaireForm';

/** A resident's questionnaires for their social worker, who can fill in the next one with them (opening it is audited). */
export function ResidentMeasurementsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { userId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RESIDENT_MEASUREMENTS, { variables: { residentId: userId }, fetchPolicy: 'network-only' });
  const [thanks, setThanks] = useState(false);
  const thanksRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (thanks) thanksRef.current?.focus();
  }, [thanks]);
  if (loading && !data) return <Loading />;
  if (error || !data) {
    return (
      <>
        <PageHeading>{t('measurement.socialTitle')}</PageHeading>
        <ProblemMessage error={error} />
        <AppLink to={`/social/residents/${userId}`}>{t('measurement.backToResident')}</AppLink>
      </>
    );
  }
  const measurements = data.measurements;
  const next = nextMoment(measurements);
  const name = data.resident?.displayName ?? '';
  return (
    <>
      <PageHeading>{t('measurement.socialTitleFor', { name })}</PageHeading>
      <Paragraph>{t('measurement.socialIntro')}</Paragraph>
      {thanks && (
        <Alert type="ok" ref={thanksRef} tabIndex={-1} role="status">
          <Paragraph>{t('measurement.savedOnBehalf')}</Paragraph>
        </Alert>
      )}
      {measurements.length === 0 && <Paragraph>{t('measurement.noneYet')}</Paragraph>}
      <MeasurementResults measurements={measurements} />
      {next.moment && (
        <QuestionnaireForm
          key={next.moment}
          moment={next.moment}
          residentId={userId}
          onDone={() => {
            setThanks(true);
            void refetch();
          }}
        />
      )}
      {!next.moment && next.from && <Paragraph>{t('measurement.laterT1OnBehalf', { date: format.dayYear(next.from) })}</Paragraph>}
      <Paragraph className="bb-muted">{t('residents.audited')}</Paragraph>
      <AppLink to={`/social/residents/${userId}`}>{t('measurement.backToResident')}</AppLink>
    </>
  );
}
