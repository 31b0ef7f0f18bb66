import { Alert, Heading2, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../forms/useFormErrors';

/**
 * The error summary above a form (GOV.UK / NL Design System pattern): it takes focus after a
 * failed submit, and each line links to its field.
 */
export function ErrorSummary({ errors }: { errors: FormErrors }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (errors.summary.length === 0) return null;
  return (
    <Alert type="error" ref={errors.summaryRef} tabIndex={-1} aria-labelledby={headingId} className="bb-error-summary">
      <Heading2 id={headingId}>{t('errors.summaryTitle')}</Heading2>
      <UnorderedList>
        {errors.summary.map((item) => (
          <UnorderedListItem key={`${item.targetId ?? ''}${item.message}`}>
            {item.targetId ? (
              <a
                className="utrecht-link utrecht-link--html-a"
                href={`#${item.targetId}`}
                onClick={(event) => {
                  event.preventDefault();
                  const target = document.getElementById(item.targetId!);
                  target?.focus();
                  target?.closest('.utrecht-form-field, fieldset')?.scrollIntoView({ block: 'center' });
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}
