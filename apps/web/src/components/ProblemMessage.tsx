import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { problemMessage, toApiProblems } from '../apollo/errors';

/** An error from loading data, in one clear sentence where the data would have been. */
export function ProblemMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const messages = [...new Set(toApiProblems(error).map((p) => problemMessage(p, t)))];
  return (
    <Alert type="error" role="alert">
      {messages.map((m) => (
        <Paragraph key={m}>{m}</Paragraph>
      ))}
    </Alert>
  );
}

/** A polite "loading" line that screen readers hear once. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" className="bb-loading">
      {t('common.loading')}
    </Paragraph>
  );
}
