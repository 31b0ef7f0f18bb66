import { Fieldset, FieldsetLegend, FormFieldDescription } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { AvailabilitySlot } from '../gql/graphql';

export const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export const PARTS = ['MORNING', 'AFTERNOON', 'EVENING'] as const;

/**
 * The week as a table: days down, parts of the day across, one big checkbox per cell. Each
 * checkbox is named "Maandag ochtend" so a screen reader user hears what they tick.
 */
export function AvailabilityGrid({
  id,
  legend,
  legendHidden,
  description,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  legendHidden?: boolean;
  description?: string;
  value: readonly AvailabilitySlot[];
  onChange(value: AvailabilitySlot[]): void;
}) {
  const { t } = useTranslation();
  const toggle = (slot: AvailabilitySlot) => onChange(value.includes(slot) ? value.filter((s) => s !== slot) : [...value, slot]);
  return (
    <Fieldset aria-describedby={description ? `${id}-description` : undefined}>
      <FieldsetLegend className={legendHidden ? 'bb-visually-hidden' : 'bb-legend'}>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
      <div className="bb-table-scroll">
        <table className="bb-availability">
          <thead>
            <tr>
              <td />
              {PARTS.map((part) => (
                <th key={part} scope="col">
                  {t(`availability.part.${part}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {DAYS.map((day, row) => (
              <tr key={day}>
                <th scope="row">{t(`availability.day.${day}`)}</th>
                {PARTS.map((part, col) => {
                  const slot = `${day}_${part}` as AvailabilitySlot;
                  const checked = value.includes(slot);
                  return (
                    <td key={part}>
                      <label className="bb-availability__cell">
                        <input
                          type="checkbox"
                          id={row === 0 && col === 0 ? id : undefined}
                          checked={checked}
                          onChange={() => toggle(slot)}
                        />
                        <span className="bb-visually-hidden">
                          {t('availability.slot', { day: t(`availability.day.${day}`), part: t(`availability.part.${part}`) })}
                        </span>
                        <span className="bb-availability__mark" aria-hidden="true">
                          {checked ? '✓' : ''}
                        </span>
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="bb-tags__count" aria-live="polite">
        {t('availability.chosen', { count: value.length })}
      </p>
    </Fieldset>
  );
}
