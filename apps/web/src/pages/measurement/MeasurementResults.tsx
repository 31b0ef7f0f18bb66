import { Heading3, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MeasurementFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../format';
import { ITEM_KEYS } from './measurement-data';

/** Filled-in questionnaires: the answers per question and the scores, T0 next to T1. */
export function MeasurementResults({ measurements }: { measurements: readonly MeasurementFieldsFragment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = measurements;
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="measurement-results">
      <Heading3 id="measurement-results">{t('measurement.resultsTitle')}</Heading3>
      <div className="bb-table-scroll">
        <Table className="bb-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('measurement.question')}</TableHeaderCell>
              {list.map((m) => (
                <TableHeaderCell scope="col" key={m.id}>
                  {t(`measurement.momentName.${m.moment}`)}
                  <br />
                  <span className="bb-muted">{format.dayYear(m.takenAt)}</span>
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {ITEM_KEYS.map((key, i) => (
              <TableRow key={key}>
                <TableHeaderCell scope="row">{`${i + 1}. ${t(`measurement.items.${key}`)}`}</TableHeaderCell>
                {list.map((m) => (
                  <TableCell key={m.id}>{t(`measurement.answer.${m.answers[key]}`)}</TableCell>
                ))}
              </TableRow>
            ))}
            {(['emotionalScore', 'socialScore', 'totalScore'] as const).map((score) => (
              <TableRow key={score}>
                <TableHeaderCell scope="row">{t(`measurement.score.${score}`)}</TableHeaderCell>
                {list.map((m) => (
                  <TableCell key={m.id}>{t('measurement.scoreOf', { score: m[score], max: score === 'totalScore' ? 6 : 3 })}</TableCell>
                ))}
              </TableRow>
            ))}
            <TableRow>
              <TableHeaderCell scope="row">{t('measurement.filledInBy')}</TableHeaderCell>
              {list.map((m) => (
                <TableCell key={m.id}>{t(`measurement.method.${m.method}`)}</TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
