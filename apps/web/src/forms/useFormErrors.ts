import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiProblem, fieldMessage, problemMessage, toApiProblems } from '../apollo/errors';

/** A form field as the error summary links to it. */
export interface FieldSpec {
  /** The id of the input (the summary links to `#id` and moves focus there). */
  id: string;
  label: string;
}

/** A check the browser does before sending, e.g. a required field left empty. */
export interface ClientProblem {
  field: string;
  /** Translation key under `errors.field`, e.g. `required`. */
  key: string;
  params?: Record<string, string | number>;
}

export interface SummaryItem {
  message: string;
  /** Input id to jump to, when the problem belongs to a field. */
  targetId?: string;
}

export interface FormErrors {
  /** The sentence to show under a field, in the user's language. */
  fieldError(name: string): string | undefined;
  /** Everything, in form order, for the error summary. */
  summary: SummaryItem[];
  /** Attach to the error summary: it receives focus after a failed submit. */
  summaryRef: React.RefObject<HTMLDivElement | null>;
  /** Record an error from a mutation; returns false when there was none. */
  handle(error: unknown): boolean;
  /** Record problems found before sending. Returns true when there were any. */
  check(problems: ClientProblem[]): boolean;
  clear(): void;
}

interface State {
  api: ApiProblem[];
  client: ClientProblem[];
  serial: number;
}

/**
 * Maps an API error (BAD_USER_INPUT with `extensions.fields`, or a code that belongs to one
 * field, like CONFLICT on an email address) to messages next to the fields and an error summary
 * above the form (the GOV.UK / NL Design System pattern); focus moves to the summary.
 * Problems are stored untranslated, so switching language translates them again.
 */
export function useFormErrors(
  fields: Record<string, FieldSpec>,
  options: { reasonToField?: Record<string, string> } = {},
): FormErrors {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ api: [], client: [], serial: 0 });
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const order = Object.keys(fields);
  const reasonToField = options.reasonToField ?? {};

  /** "items.3.title" belongs to form field "items" when there is no "items.3.title" field. */
  const owner = useCallback(
    (path: string): string | undefined => {
      const parts = path.split('.');
      for (let i = parts.length; i > 0; i--) {
        const key = parts.slice(0, i).join('.');
        if (key in fields) return key;
      }
      return undefined;
    },
    [fields],
  );

  const computed = useMemo(() => {
    const byField = new Map<string, string>();
    const general: string[] = [];
    for (const problem of state.client) {
      const spec = fields[problem.field];
      if (spec && !byField.has(problem.field)) byField.set(problem.field, t(`errors.field.${problem.key}`, { label: spec.label, ...problem.params }));
    }
    for (const problem of state.api) {
      const reasonField = problem.reason ? reasonToField[problem.reason] : undefined;
      if (reasonField && fields[reasonField]) {
        if (!byField.has(reasonField)) byField.set(reasonField, problemMessage(problem, t));
        continue;
      }
      let placed = false;
      for (const fp of problem.fields) {
        const name = owner(fp.field);
        if (!name) continue;
        placed = true;
        if (!byField.has(name)) byField.set(name, fieldMessage(fp, fields[name].label, t));
      }
      if (!placed) general.push(problemMessage(problem, t));
    }
    const summary: SummaryItem[] = [
      ...[...new Set(general)].map((message) => ({ message })),
      ...order.filter((name) => byField.has(name)).map((name) => ({ message: byField.get(name)!, targetId: fields[name].id })),
    ];
    return { byField, summary };
  }, [state, t, fields, order, owner, reasonToField]);

  useEffect(() => {
    if (state.serial > 0 && computed.summary.length > 0) summaryRef.current?.focus();
    // Only a new submit moves focus (serial); a language switch re-renders without jumping.
  }, [state.serial, computed.summary.length]);

  const handle = useCallback((error: unknown) => {
    if (!error) return false;
    setState((s) => ({ api: toApiProblems(error), client: [], serial: s.serial + 1 }));
    return true;
  }, []);

  const check = useCallback((problems: ClientProblem[]) => {
    setState((s) => ({ api: [], client: problems, serial: problems.length ? s.serial + 1 : s.serial }));
    return problems.length > 0;
  }, []);

  const clear = useCallback(() => setState((s) => ({ api: [], client: [], serial: s.serial })), []);

  return {
    fieldError: (name) => computed.byField.get(name),
    summary: computed.summary,
    summaryRef,
    handle,
    check,
    clear,
  };
}
