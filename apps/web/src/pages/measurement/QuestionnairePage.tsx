import { useQuery } from '@apollo/client/react';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useFormat } from '../../format';
import { MeasurementResults } from './MeasurementResults';
import { MY_MEASUREMENTS, nextMoment } from './measurement-data';
import { QuestionnaireForm } from './QuestionnaireForm';

/**
 * "Vragenlijst: mensen om je heen" for a resident: the six questions at the start (T0) and about
 * three months later (T1), and the answers given so far.
 */
export function QuestionnairePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(MY_MEASUREMENTS, { fetchPolicy: 'cache-and-network' });
  const [thanks, setThanks] = useState(false);
  const thanksRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (thanks) thanksRef.current?.focus();
  }, [thanks]);
  const measurements = data?.myMeasurements ?? [];
  const next = nextMoment(measurements);

  return (
    <>
      <PageHeading>{t('measurement.title')}</PageHeading>
      <Paragraph>{t('measurement.intro')}</Paragraph>
      <Paragraph>{t('measurement.twoTimes')}</Paragraph>
      {loading && !data && <Loading />}
      {error && <ProblemMessage error={error} />}
      {thanks && (
        <Alert type="ok" ref={thanksRef} tabIndex={-1} role="status">
          <Paragraph>{t('measurement.thanks')}</Paragraph>
        </Alert>
      )}
      {data && next.moment && (
        <QuestionnaireForm
          key={next.moment}
          moment={next.moment}
          onDone={() => {
            setThanks(true);
            void refetch();
          }}
        />
      )}
      {data && !next.moment && next.from && <Paragraph>{t('measurement.laterT1', { date: format.dayYear(next.from) })}</Paragraph>}
      {data && !next.moment && !next.from && (
        <>
          <Heading2>{t('measurement.doneTitle')}</Heading2>
          <Paragraph>{t('measurement.done')}</Paragraph>
        </>
      )}
      <MeasurementResults measurements={measurements} />
      {measurements.length > 0 && <Paragraph className="bb-muted">{t('measurement.scoreExplained')}</Paragraph>}
    </>
  );
}
