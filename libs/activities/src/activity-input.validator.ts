import type { FieldError } from '@buurtbrug/core';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { type Schedule, validateSchedule } from './activity-schedule.js';
import type { ActivityFieldsInput } from './dto/activity-fields.input.js';
import { ActivityItemInput } from './dto/activity-item.input.js';

/** class-validator's nested errors as dotted field paths, like the global ValidationPipe reports them. */
export function fieldErrorsOf(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldErrorsOf(error.children ?? [], field)];
  });
}

/**
 * Rules across fields that decorators cannot express: the schedule's shape and the coordinate
 * pair. Skips a part whose single fields already failed, so each problem is reported once.
 */
export function crossFieldErrors(
  fields: Pick<Partial<ActivityFieldsInput>, 'location' | 'schedule'>,
  alreadyFailed: FieldError[] = [],
): { schedule?: Schedule; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const failed = (prefix: string) => alreadyFailed.some((e) => e.field === prefix || e.field.startsWith(`${prefix}.`));
  const location = fields.location;
  if (location && !failed('location') && (location.latitude == null) !== (location.longitude == null)) {
    errors.push({ field: 'location.latitude', message: 'give latitude and longitude together, or neither' });
  }
  let schedule: Schedule | undefined;
  if (fields.schedule && !failed('schedule')) {
    const checked = validateSchedule(fields.schedule, 'schedule');
    errors.push(...checked.errors);
    schedule = checked.schedule;
  }
  return { schedule, errors };
}

/**
 * Validates one provider item as the global ValidationPipe would (class-validator on every
 * field, unknown properties dropped) plus the cross-field rules, without throwing: the caller
 * turns the errors into a per-item error and goes on with the next item.
 */
export async function validateActivityItem(raw: unknown): Promise<{ item: ActivityItemInput; schedule?: Schedule; errors: FieldError[] }> {
  const item = plainToInstance(ActivityItemInput, (raw ?? {}) as object);
  const errors = fieldErrorsOf(await validate(item, { whitelist: true, forbidUnknownValues: false }));
  const cross = crossFieldErrors(item, errors);
  return { item, schedule: cross.schedule, errors: [...errors, ...cross.errors] };
}
