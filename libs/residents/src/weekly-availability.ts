import { registerEnumType } from '@nestjs/graphql';

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export const PARTS_OF_DAY = ['MORNING', 'AFTERNOON', 'EVENING'] as const;

export type Weekday = (typeof WEEKDAYS)[number];
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

/** One part of one weekday, stored as text like `TUE_MORNING` (the day × part-of-day grid). */
export type AvailabilitySlot = `${Weekday}_${PartOfDay}`;

/** All 21 slots in week order (Monday morning first). */
export const AVAILABILITY_SLOTS: readonly AvailabilitySlot[] = WEEKDAYS.flatMap((day) =>
  PARTS_OF_DAY.map((part) => `${day}_${part}` as AvailabilitySlot),
);

/** The slots as an enum-like object, so GraphQL clients get a closed list instead of free strings. */
export const AvailabilitySlot = Object.fromEntries(AVAILABILITY_SLOTS.map((slot) => [slot, slot])) as {
  readonly [S in AvailabilitySlot]: S;
};

const DAY_LABELS: Record<Weekday, [nl: string, en: string]> = {
  MON: ['maandag', 'Monday'],
  TUE: ['dinsdag', 'Tuesday'],
  WED: ['woensdag', 'Wednesday'],
  THU: ['donderdag', 'Thursday'],
  FRI: ['vrijdag', 'Friday'],
  SAT: ['zaterdag', 'Saturday'],
  SUN: ['zondag', 'Sunday'],
};

const PART_LABELS: Record<PartOfDay, [nl: string, en: string]> = {
  MORNING: ['ochtend', 'morning'],
  AFTERNOON: ['middag', 'afternoon'],
  EVENING: ['avond', 'evening'],
};

/** Splits `TUE_MORNING` into its day and part of day; null for anything that is not a slot. */
export function parseAvailabilitySlot(value: string): { day: Weekday; partOfDay: PartOfDay } | null {
  const match = /^([A-Z]{3})_([A-Z]+)$/.exec(value.trim().toUpperCase());
  if (!match) return null;
  const [, day, part] = match;
  if (!(WEEKDAYS as readonly string[]).includes(day) || !(PARTS_OF_DAY as readonly string[]).includes(part)) return null;
  return { day: day as Weekday, partOfDay: part as PartOfDay };
}

export function isAvailabilitySlot(value: unknown): value is AvailabilitySlot {
  return typeof value === 'string' && (AVAILABILITY_SLOTS as readonly string[]).includes(value);
}

/**
 * Reads a list of slots (any case, with duplicates) into the stored form: unique, in week order.
 * Unknown values are returned apart so the caller can name them in an input error.
 */
export function normaliseAvailability(values: readonly string[]): { slots: AvailabilitySlot[]; invalid: string[] } {
  const chosen = new Set<AvailabilitySlot>();
  const invalid: string[] = [];
  for (const value of values) {
    const parsed = parseAvailabilitySlot(value);
    if (parsed) chosen.add(`${parsed.day}_${parsed.partOfDay}`);
    else invalid.push(value);
  }
  return { slots: AVAILABILITY_SLOTS.filter((slot) => chosen.has(slot)), invalid };
}

/** "dinsdagochtend" — the words a reason like "Op dinsdagochtend" is built from. */
export function availabilityLabel(slot: AvailabilitySlot, language: 'nl' | 'en' = 'nl'): string {
  const { day, partOfDay } = parseAvailabilitySlot(slot)!;
  return language === 'nl' ? `${DAY_LABELS[day][0]}${PART_LABELS[partOfDay][0]}` : `${DAY_LABELS[day][1]} ${PART_LABELS[partOfDay][1]}`;
}

/**
 * The slot a moment falls in, on the wall clock of a time zone (Dutch activities by default):
 * morning 06–12, afternoon 12–18, evening 18–24. Night hours belong to no slot.
 */
export function availabilitySlotAt(moment: Date, timeZone = 'Europe/Amsterdam'): AvailabilitySlot | null {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', hourCycle: 'h23' }).formatToParts(moment);
  const weekday = parts.find((p) => p.type === 'weekday')!.value.toUpperCase().slice(0, 3) as Weekday;
  const hour = Number(parts.find((p) => p.type === 'hour')!.value);
  const part: PartOfDay | null = hour < 6 ? null : hour < 12 ? 'MORNING' : hour < 18 ? 'AFTERNOON' : 'EVENING';
  return part ? `${weekday}_${part}` : null;
}

registerEnumType(AvailabilitySlot, {
  name: 'AvailabilitySlot',
  description: 'Een dagdeel in de week, bijvoorbeeld TUE_MORNING (dinsdagochtend). / A part of a weekday, e.g. TUE_MORNING.',
  valuesMap: Object.fromEntries(
    AVAILABILITY_SLOTS.map((slot) => [slot, { description: `${availabilityLabel(slot, 'nl')} / ${availabilityLabel(slot, 'en')}` }]),
  ),
});
