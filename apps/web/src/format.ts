import { useTranslation } from 'react-i18next';

/** Dates and money in the reader's language: "dinsdag 3 maart, 10:00" / "Tuesday 3 March, 10:00". */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const dayYear = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const dateTime = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  return {
    locale,
    day: (value: string | Date) => day.format(new Date(value)),
    dayYear: (value: string | Date) => dayYear.format(new Date(value)),
    time: (value: string | Date) => time.format(new Date(value)),
    dateTime: (value: string | Date) => dateTime.format(new Date(value)),
    timeRange: (from: string | Date, to: string | Date) => `${time.format(new Date(from))} – ${time.format(new Date(to))}`,
    euros: (cents: number) => money.format(cents / 100),
  };
}

/** Monday 00:00 (local time) of the ISO week "2026-W10". */
export function isoWeekStart(week: string): Date | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return undefined;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (number < 1 || number > 53) return undefined;
  const jan4 = new Date(year, 0, 4);
  const mondayOfWeek1 = new Date(year, 0, 4 - ((jan4.getDay() + 6) % 7));
  return new Date(mondayOfWeek1.getFullYear(), mondayOfWeek1.getMonth(), mondayOfWeek1.getDate() + (number - 1) * 7);
}

/** The ISO week ("2026-W10") a date falls in. */
export function isoWeekOf(date: Date): string {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const dayNumber = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dayNumber + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** The local calendar day key "2026-03-03", for grouping. */
export function dayKey(value: string | Date): string {
  const d = new Date(value);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
