import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSpec, FormErrors } from './useFormErrors';

export interface Option<T extends string = string> {
  value: T;
  label: string;
  description?: string;
}

interface GroupProps {
  name: string;
  /** `id` is given to the first control, so the error summary can move focus there. */
  spec: FieldSpec;
  errors: FormErrors;
  description?: ReactNode;
  /** Hide the legend visually when the page's h1 already asks the same question (wizard steps). */
  legendHidden?: boolean;
}

/** A fieldset whose legend names the question and whose error is tied to the group. */
function Group({ name, spec, errors, description, legendHidden, children }: GroupProps & { children: ReactNode }) {
  const error = errors.fieldError(name);
  const descriptionId = `${spec.id}-group-description`;
  const errorId = `${spec.id}-group-error`;
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={[description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}>
      <FieldsetLegend className={legendHidden ? 'bb-visually-hidden' : 'bb-legend'}>{spec.label}</FieldsetLegend>
      {description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      {children}
    </Fieldset>
  );
}

export function CheckboxList<T extends string>({
  options,
  value,
  onChange,
  ...group
}: GroupProps & { options: Option<T>[]; value: readonly T[]; onChange(value: T[]): void }) {
  const invalid = Boolean(group.errors.fieldError(group.name));
  return (
    <Group {...group}>
      <div className="bb-choice-list">
        {options.map((option, index) => {
          const id = index === 0 ? group.spec.id : `${group.spec.id}-${option.value}`;
          const checked = value.includes(option.value);
          return (
            <FormField key={option.value} type="checkbox" className="bb-choice">
              <Checkbox
                id={id}
                name={group.name}
                value={option.value}
                checked={checked}
                invalid={invalid}
                appearance="custom"
                aria-describedby={option.description ? `${id}-description` : undefined}
                onChange={() => onChange(checked ? value.filter((v) => v !== option.value) : [...value, option.value])}
              />
              <FormLabel htmlFor={id} type="checkbox" checked={checked}>
                {option.label}
              </FormLabel>
              {option.description && (
                <FormFieldDescription id={`${id}-description`} className="bb-choice__description">
                  {option.description}
                </FormFieldDescription>
              )}
            </FormField>
          );
        })}
      </div>
    </Group>
  );
}

export function RadioList<T extends string>({
  options,
  value,
  onChange,
  ...group
}: GroupProps & { options: Option<T>[]; value: T | ''; onChange(value: T): void }) {
  const invalid = Boolean(group.errors.fieldError(group.name));
  return (
    <Group {...group}>
      <div className="bb-choice-list">
        {options.map((option, index) => {
          const id = index === 0 ? group.spec.id : `${group.spec.id}-${option.value}`;
          return (
            <FormField key={option.value} type="radio" className="bb-choice">
              <RadioButton
                id={id}
                name={group.name}
                value={option.value}
                checked={value === option.value}
                invalid={invalid}
                aria-describedby={option.description ? `${id}-description` : undefined}
                onChange={() => onChange(option.value)}
              />
              <FormLabel htmlFor={id} type="radio" checked={value === option.value}>
                {option.label}
              </FormLabel>
              {option.description && (
                <FormFieldDescription id={`${id}-description`} className="bb-choice__description">
                  {option.description}
                </FormFieldDescription>
              )}
            </FormField>
          );
        })}
      </div>
    </Group>
  );
}

/**
 * Tags as big toggle buttons (aria-pressed): easier to hit and to read than a long checkbox
 * list, for people who do not use computers much.
 */
export function TagButtons({
  options,
  value,
  onChange,
  ...group
}: GroupProps & { options: Option[]; value: readonly string[]; onChange(value: string[]): void }) {
  const { t } = useTranslation();
  return (
    <Group {...group}>
      <ul className="bb-tags" aria-label={t('tags.listLabel', { label: group.spec.label })}>
        {options.map((option, index) => {
          const pressed = value.includes(option.value);
          return (
            <li key={option.value}>
              <button
                type="button"
                id={index === 0 ? group.spec.id : undefined}
                className="bb-tag"
                aria-pressed={pressed}
                onClick={() => onChange(pressed ? value.filter((v) => v !== option.value) : [...value, option.value])}
              >
                <span className="bb-tag__mark" aria-hidden="true">
                  {pressed ? '✓' : '+'}
                </span>
                {option.label}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="bb-tags__count" aria-live="polite">
        {t('tags.chosen', { count: value.length })}
      </p>
    </Group>
  );
}
