import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { FieldSpec, FormErrors } from './useFormErrors';

interface BaseProps {
  name: string;
  spec: FieldSpec;
  errors: FormErrors;
  description?: ReactNode;
}

/** A labelled text input whose error sits right under the label and is tied to the input. */
export function TextField({
  name,
  spec,
  errors,
  description,
  value,
  onChange,
  type = 'text',
  autoComplete,
  maxLength,
  inputMode,
}: BaseProps & {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'time' | 'number' | 'url' | 'search' | 'datetime-local';
  autoComplete?: string;
  maxLength?: number;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
}) {
  const error = errors.fieldError(name);
  return (
    <FormFieldTextbox
      name={name}
      inputId={spec.id}
      label={spec.label}
      description={description}
      type={type}
      autoComplete={autoComplete}
      maxLength={maxLength}
      invalid={Boolean(error)}
      errorMessage={error}
      value={value}
      inputMode={inputMode}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
    />
  );
}

export function TextareaField({
  name,
  spec,
  errors,
  description,
  value,
  onChange,
  maxLength,
  rows = 5,
}: BaseProps & { value: string; onChange(value: string): void; maxLength?: number; rows?: number }) {
  const error = errors.fieldError(name);
  return (
    <FormFieldTextarea
      name={name}
      inputId={spec.id}
      label={spec.label}
      description={description}
      maxLength={maxLength}
      rows={rows}
      invalid={Boolean(error)}
      errorMessage={error}
      value={value}
      onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
    />
  );
}

export function SelectField({
  name,
  spec,
  errors,
  description,
  value,
  onChange,
  options,
}: BaseProps & { value: string; onChange(value: string): void; options: { value: string; label: string }[] }) {
  const error = errors.fieldError(name);
  const descriptionId = `${spec.id}-description`;
  const errorId = `${spec.id}-error`;
  const describedBy = [description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <FormField invalid={Boolean(error)} type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={spec.id}>{spec.label}</FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        <Select
          id={spec.id}
          name={name}
          value={value}
          invalid={Boolean(error)}
          aria-describedby={describedBy}
          onChange={(event: React.ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}
