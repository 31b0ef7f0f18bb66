import type { Schedule } from './activity-schedule.js';
import { Accessibility, AudienceAgeBand } from './activity.enums.js';
import type { Activity } from './activity.entity.js';
import type { ActivityFieldsInput } from './dto/activity-fields.input.js';

/**
 * The stored content of an activity, in the exact form it is written. The provider API compares
 * this with the stored row, so the same item sent twice is recognised as unchanged.
 */
export interface ActivityContent {
  title: string;
  description: string;
  tags: string[];
  wijkCode: string;
  locationName: string;
  locationAddress: string | null;
  latitude: number | null;
  longitude: number | null;
  startsAt: Date;
  endsAt: Date | null;
  rrule: string | null;
  durationMinutes: number | null;
  until: Date | null;
  seriesEndsAt: Date | null;
  capacity: number | null;
  costCents: number;
  audience: AudienceAgeBand[];
  languages: string[];
  accessibility: Accessibility[];
  walkIn: boolean;
}

/** The content columns in a fixed order: used to build INSERT/UPDATE statements and comparisons. */
export const CONTENT_COLUMNS: readonly [keyof ActivityContent, string, string][] = [
  ['title', 'title', 'text'],
  ['description', 'description', 'text'],
  ['tags', 'tags', 'text[]'],
  ['wijkCode', 'wijk_code', 'text'],
  ['locationName', 'location_name', 'text'],
  ['locationAddress', 'location_address', 'text'],
  ['latitude', 'latitude', 'double precision'],
  ['longitude', 'longitude', 'double precision'],
  ['startsAt', 'starts_at', 'timestamptz'],
  ['endsAt', 'ends_at', 'timestamptz'],
  ['rrule', 'rrule', 'text'],
  ['durationMinutes', 'duration_minutes', 'int'],
  ['until', 'until', 'timestamptz'],
  ['seriesEndsAt', 'series_ends_at', 'timestamptz'],
  ['capacity', 'capacity', 'int'],
  ['costCents', 'cost_cents', 'int'],
  ['audience', 'audience', 'text[]'],
  ['languages', 'languages', 'text[]'],
  ['accessibility', 'accessibility', 'text[]'],
  ['walkIn', 'walk_in', 'boolean'],
];

/** Plain text only: trimmed, and line endings made uniform. */
function text(value: string | null | undefined): string {
  return (value ?? '').replace(/\r\n?/g, '\n').trim();
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Builds the stored content from validated input, a validated schedule and normalised tags. */
export function contentFrom(input: ActivityFieldsInput, schedule: Schedule, tags: string[]): ActivityContent {
  const hasPoint = input.location.latitude != null && input.location.longitude != null;
  return {
    title: text(input.title),
    description: text(input.description),
    tags: unique(tags),
    wijkCode: input.wijkCode,
    locationName: text(input.location.name),
    locationAddress: text(input.location.addressLine) || null,
    latitude: hasPoint ? input.location.latitude! : null,
    longitude: hasPoint ? input.location.longitude! : null,
    startsAt: schedule.startsAt,
    endsAt: schedule.endsAt,
    rrule: schedule.rrule,
    durationMinutes: schedule.durationMinutes,
    until: schedule.until,
    seriesEndsAt: schedule.seriesEndsAt,
    capacity: input.capacity ?? null,
    costCents: input.costCents ?? 0,
    audience: unique(input.audience?.length ? input.audience : [AudienceAgeBand.ALL]),
    languages: unique(input.languages?.length ? input.languages : ['nl']),
    accessibility: unique(input.accessibility ?? []),
    walkIn: input.walkIn ?? false,
  };
}

/** The content of a stored activity, for merging a partial update onto it. */
export function contentOf(activity: Activity): ActivityContent {
  const content = {} as Record<keyof ActivityContent, unknown>;
  for (const [key] of CONTENT_COLUMNS) content[key] = activity[key];
  return content as unknown as ActivityContent;
}
