import type { Accessibility, ActivityScheduleInput } from '../../gql/graphql';

/** RRULE weekday codes, Monday first, with the key of their day name. */
export const WEEKDAYS = [
  ['MO', 'MON'],
  ['TU', 'TUE'],
  ['WE', 'WED'],
  ['TH', 'THU'],
  ['FR', 'FRI'],
  ['SA', 'SAT'],
  ['SU', 'SUN'],
] as const;

export type Weekday = (typeof WEEKDAYS)[number][0];

export const ACCESSIBILITY: Accessibility[] = [
  'WHEELCHAIR',
  'ACCESSIBLE_TOILET',
  'HEARING_LOOP',
  'SIGN_LANGUAGE',
  'EASY_LANGUAGE',
  'QUIET',
  'COMPANION_WELCOME',
  'TRANSPORT_AVAILABLE',
];

/** The activity form as people fill it in: dates and times apart, money in euros. */
export interface ActivityForm {
  title: string;
  description: string;
  wijkCode: string;
  tags: string[];
  locationName: string;
  addressLine: string;
  repeat: 'ONCE' | 'WEEKLY';
  date: string;
  startTime: string;
  endTime: string;
  weekdays: Weekday[];
  until: string;
  capacity: string;
  cost: string;
  walkIn: boolean;
  accessibility: Accessibility[];
}

export const EMPTY_ACTIVITY: ActivityForm = {
  title: '',
  description: '',
  wijkCode: '',
  tags: [],
  locationName: '',
  addressLine: '',
  repeat: 'ONCE',
  date: '',
  startTime: '',
  endTime: '',
  weekdays: [],
  until: '',
  capacity: '',
  cost: '',
  walkIn: false,
  accessibility: [],
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function localTime(d: Date): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "2,50" or "2.50" euros → 250 cents; empty → 0; not a sum → NaN. */
export function toCents(value: string): number {
  const text = value.trim().replace(/^€\s*/, '').replace(',', '.');
  if (!text) return 0;
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return Number.NaN;
  return Math.round(Number(text) * 100);
}

function minutesBetween(start: string, end: string): number {
  const [sh, sm] = start.split(':').map(Number);
  const [eh, em] = end.split(':').map(Number);
  return eh * 60 + em - (sh * 60 + sm);
}

/**
 * The API's schedule: a one-off has a start and an end; a weekly one a first start, an RRULE
 * ("FREQ=WEEKLY;BYDAY=TU,TH"), a duration and optionally a last day.
 */
export function toSchedule(form: ActivityForm): ActivityScheduleInput {
  const startsAt = new Date(`${form.date}T${form.startTime}`);
  if (form.repeat === 'ONCE') {
    return { startsAt: startsAt.toISOString(), endsAt: new Date(`${form.date}T${form.endTime}`).toISOString() };
  }
  return {
    startsAt: startsAt.toISOString(),
    rrule: `FREQ=WEEKLY;BYDAY=${form.weekdays.join(',')}`,
    durationMinutes: minutesBetween(form.startTime, form.endTime),
    until: form.until ? new Date(`${form.until}T23:59`).toISOString() : null,
  };
}

/** Checks the browser can do before sending: what is missing or cannot be a time. */
export function checkActivityForm(form: ActivityForm): { field: string; key: string; params?: Record<string, string | number> }[] {
  const problems: { field: string; key: string; params?: Record<string, string | number> }[] = [];
  if (!form.title.trim()) problems.push({ field: 'title', key: 'required' });
  if (!form.wijkCode) problems.push({ field: 'wijkCode', key: 'choose' });
  if (!form.locationName.trim()) problems.push({ field: 'location.name', key: 'required' });
  if (!form.date) problems.push({ field: 'schedule.startsAt', key: 'required' });
  if (!form.startTime) problems.push({ field: 'startTime', key: 'required' });
  if (!form.endTime) problems.push({ field: 'endTime', key: 'required' });
  else if (form.startTime && minutesBetween(form.startTime, form.endTime) <= 0) problems.push({ field: 'endTime', key: 'endAfterStart' });
  if (form.repeat === 'WEEKLY' && form.weekdays.length === 0) problems.push({ field: 'weekdays', key: 'tooFewItems', params: { count: 1 } });
  if (form.repeat === 'WEEKLY' && form.until && form.date && form.until < form.date) problems.push({ field: 'schedule.until', key: 'untilAfterStart' });
  if (form.capacity.trim() && !/^[1-9]\d*$/.test(form.capacity.trim())) problems.push({ field: 'capacity', key: 'wholeNumber' });
  if (Number.isNaN(toCents(form.cost))) problems.push({ field: 'costCents', key: 'money' });
  return problems;
}

/** Back from the API into the form, for editing. */
export function fromActivity(a: {
  title: string;
  description: string;
  wijkCode: string;
  tags: string[];
  location: { name: string; addressLine?: string | null };
  schedule: { kind: string; startsAt: string; endsAt?: string | null; rrule?: string | null; durationMinutes?: number | null; until?: string | null };
  capacity?: number | null;
  costCents: number;
  walkIn: boolean;
  accessibility: Accessibility[];
}): ActivityForm {
  const start = new Date(a.schedule.startsAt);
  const end =
    a.schedule.kind === 'RECURRING'
      ? new Date(start.getTime() + (a.schedule.durationMinutes ?? 60) * 60_000)
      : new Date(a.schedule.endsAt ?? start.getTime() + 3_600_000);
  const byDay = /BYDAY=([A-Z,]+)/.exec(a.schedule.rrule ?? '')?.[1]?.split(',') ?? [];
  return {
    title: a.title,
    description: a.description,
    wijkCode: a.wijkCode,
    tags: a.tags,
    locationName: a.location.name,
    addressLine: a.location.addressLine ?? '',
    repeat: a.schedule.kind === 'RECURRING' ? 'WEEKLY' : 'ONCE',
    date: localDate(start),
    startTime: localTime(start),
    endTime: localTime(end),
    weekdays: WEEKDAYS.map(([code]) => code).filter((code) => byDay.includes(code)),
    until: a.schedule.until ? localDate(new Date(a.schedule.until)) : '',
    capacity: a.capacity ? String(a.capacity) : '',
    cost: a.costCents ? (a.costCents / 100).toFixed(2).replace('.', ',') : '',
    walkIn: a.walkIn,
    accessibility: a.accessibility,
  };
}
