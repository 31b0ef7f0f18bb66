import type { FieldError } from '@buurtbrug/core';
import { AgeBand, ConsentKind, ContactPreference, ResidentNeed } from './resident-profile.enums.js';
import { type AvailabilitySlot, normaliseAvailability } from './weekly-availability.js';

/** The rules of a resident profile, apart from I/O so they can be tested on their own. */

export const FREE_TEXT_MAX = 500;
export const TRAVEL_RADIUS_MIN_KM = 0.5;
export const TRAVEL_RADIUS_MAX_KM = 25;
export const MAX_LANGUAGES = 10;
export const MAX_TAGS = 30;

export const PROFILE_DEFAULTS = {
  travelRadiusKm: 3,
  contactPreference: ContactPreference.APP,
  viaSocialWorker: false,
  wantsNewContacts: true,
} as const;

/** Everything a profile holds apart from who it belongs to and when it changed. */
export interface ProfileValues {
  wijkCode: string;
  buurtCode: string | null;
  postcode: string | null;
  ageBand: AgeBand | null;
  languages: string[];
  interests: string[];
  talents: string[];
  wishes: string[];
  interestsText: string | null;
  talentsText: string | null;
  wishesText: string | null;
  availability: AvailabilitySlot[];
  travelRadiusKm: number;
  needs: ResidentNeed[];
  contactPreference: ContactPreference;
  viaSocialWorker: boolean;
  wantsNewContacts: boolean;
}

/**
 * A partial update: `undefined` leaves a field as it is, `null` clears a field that may be empty.
 * Tags are already slugs and the wijk is already resolved (from a choice or a postcode).
 */
export interface ProfileChanges {
  wijkCode?: string | null;
  buurtCode?: string | null;
  postcode?: string | null;
  ageBand?: AgeBand | null;
  languages?: string[] | null;
  interests?: string[] | null;
  talents?: string[] | null;
  wishes?: string[] | null;
  interestsText?: string | null;
  talentsText?: string | null;
  wishesText?: string | null;
  availability?: string[] | null;
  travelRadiusKm?: number | null;
  needs?: ResidentNeed[] | null;
  contactPreference?: ContactPreference | null;
  viaSocialWorker?: boolean | null;
  wantsNewContacts?: boolean | null;
}

/** The few sign languages people here use that the runtime's language list does not know. */
const EXTRA_LANGUAGES = new Set(['dse']);
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** ISO 639 codes to their canonical form ('nld' → 'nl'), unique, in the order given. */
export function normaliseLanguages(values: readonly string[]): { languages: string[]; invalid: string[] } {
  const languages: string[] = [];
  const invalid: string[] = [];
  for (const raw of values) {
    const code = raw.trim().toLowerCase();
    let canonical: string | undefined;
    if (/^[a-z]{2,3}$/.test(code)) {
      try {
        const [locale] = Intl.getCanonicalLocales(code);
        if (EXTRA_LANGUAGES.has(locale) || languageNames.of(locale)) canonical = locale;
      } catch {
        canonical = undefined;
      }
    }
    if (!canonical) invalid.push(raw);
    else if (!languages.includes(canonical)) languages.push(canonical);
  }
  return { languages, invalid };
}

/** CBS codes nest: buurt BU04020101 lies in wijk WK040201. */
export function buurtBelongsToWijk(buurtCode: string, wijkCode: string): boolean {
  return /^BU\d{8}$/.test(buurtCode) && /^WK\d{6}$/.test(wijkCode) && buurtCode.slice(2, 8) === wijkCode.slice(2);
}

/**
 * The 4 digits of a Dutch postcode ("1211", "1211 AB"), or null. The letters are dropped on
 * purpose: with a house number they point at one address, and a profile never holds one.
 */
export function toPostcode4(value: string): string | null {
  const match = /^([1-9]\d{3})(?:[A-Z]{2})?$/.exec(value.replace(/\s+/g, '').toUpperCase());
  return match ? match[1] : null;
}

function freeText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function uniqueSlugs(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * Applies a partial update to a profile (or to nothing, on the first save) and checks the result.
 * Someone registered on their behalf has no login, so everything goes through their social worker.
 */
export function mergeProfile(
  current: ProfileValues | null,
  changes: ProfileChanges,
  context: { onBehalf: boolean },
): { values: ProfileValues; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const notEmpty = (field: keyof ProfileChanges) => {
    if (changes[field] === null) errors.push({ field, message: `${field} may not be empty` });
  };
  (['wijkCode', 'travelRadiusKm', 'contactPreference', 'viaSocialWorker', 'wantsNewContacts'] as const).forEach(notEmpty);

  const wijkCode = changes.wijkCode ?? current?.wijkCode;
  if (!wijkCode) errors.push({ field: 'wijkCode', message: 'choose a wijk or give a 4-digit postcode' });

  let buurtCode = changes.buurtCode === undefined ? (current?.buurtCode ?? null) : changes.buurtCode;
  if (buurtCode && wijkCode && !buurtBelongsToWijk(buurtCode, wijkCode)) {
    // A move to another wijk silently drops the old buurt; a buurt the resident just chose must fit.
    if (changes.buurtCode === undefined) buurtCode = null;
    else errors.push({ field: 'buurtCode', message: `buurt ${buurtCode} is not in wijk ${wijkCode}` });
  }

  let postcode = current?.postcode ?? null;
  if (changes.postcode !== undefined) {
    const given = changes.postcode?.trim() ?? '';
    postcode = given ? toPostcode4(given) : null;
    if (given && postcode === null) errors.push({ field: 'postcode', message: 'a postcode looks like 1211 or 1211 AB' });
  }

  let languages = current?.languages ?? [];
  if (changes.languages !== undefined) {
    const result = normaliseLanguages(changes.languages ?? []);
    if (result.invalid.length) errors.push({ field: 'languages', message: `unknown language code: ${result.invalid.join(', ')}` });
    if (result.languages.length > MAX_LANGUAGES) errors.push({ field: 'languages', message: `at most ${MAX_LANGUAGES} languages` });
    languages = result.languages;
  }

  const tags = (field: 'interests' | 'talents' | 'wishes'): string[] => {
    const value = changes[field];
    if (value === undefined) return current?.[field] ?? [];
    const slugs = uniqueSlugs(value ?? []);
    if (slugs.length > MAX_TAGS) errors.push({ field, message: `at most ${MAX_TAGS} tags` });
    return slugs;
  };

  const text = (field: 'interestsText' | 'talentsText' | 'wishesText'): string | null => {
    const value = changes[field] === undefined ? (current?.[field] ?? null) : freeText(changes[field]);
    if (value && value.length > FREE_TEXT_MAX) errors.push({ field, message: `at most ${FREE_TEXT_MAX} characters` });
    return value;
  };

  let availability = current?.availability ?? [];
  if (changes.availability !== undefined) {
    const result = normaliseAvailability(changes.availability ?? []);
    if (result.invalid.length) errors.push({ field: 'availability', message: `not a day part: ${result.invalid.join(', ')}` });
    availability = result.slots;
  }

  const travelRadiusKm = changes.travelRadiusKm ?? current?.travelRadiusKm ?? PROFILE_DEFAULTS.travelRadiusKm;
  if (!(travelRadiusKm >= TRAVEL_RADIUS_MIN_KM && travelRadiusKm <= TRAVEL_RADIUS_MAX_KM)) {
    errors.push({ field: 'travelRadiusKm', message: `between ${TRAVEL_RADIUS_MIN_KM} and ${TRAVEL_RADIUS_MAX_KM} km` });
  }

  const needs =
    changes.needs === undefined
      ? (current?.needs ?? [])
      : Object.values(ResidentNeed).filter((need) => (changes.needs ?? []).includes(need));

  let contactPreference = changes.contactPreference ?? current?.contactPreference ?? PROFILE_DEFAULTS.contactPreference;
  let viaSocialWorker = changes.viaSocialWorker ?? current?.viaSocialWorker ?? PROFILE_DEFAULTS.viaSocialWorker;
  if (context.onBehalf) {
    if (changes.viaSocialWorker === false) {
      errors.push({ field: 'viaSocialWorker', message: 'proposals for someone registered on their behalf always go through the social worker' });
    }
    if (changes.contactPreference === ContactPreference.APP) {
      errors.push({ field: 'contactPreference', message: 'someone registered on their behalf has no login; contact goes through the social worker' });
    }
    viaSocialWorker = true;
    contactPreference = ContactPreference.PHONE_VIA_SOCIAL_WORKER;
  }

  const values: ProfileValues = {
    wijkCode: wijkCode ?? '',
    buurtCode,
    postcode,
    ageBand: changes.ageBand === undefined ? (current?.ageBand ?? null) : changes.ageBand,
    languages,
    interests: tags('interests'),
    talents: tags('talents'),
    wishes: tags('wishes'),
    interestsText: text('interestsText'),
    talentsText: text('talentsText'),
    wishesText: text('wishesText'),
    availability,
    travelRadiusKm: Math.round(travelRadiusKm * 10) / 10,
    needs,
    contactPreference,
    viaSocialWorker,
    wantsNewContacts: changes.wantsNewContacts ?? current?.wantsNewContacts ?? PROFILE_DEFAULTS.wantsNewContacts,
  };
  return { values, errors };
}

/** What a resident (or their social worker) says about each consent: true gives it, false withdraws it. */
export interface ConsentChoices {
  profileProcessing?: boolean | null;
  matching?: boolean | null;
  measurement?: boolean | null;
}

const CHOICE_KIND: Record<keyof ConsentChoices, ConsentKind> = {
  profileProcessing: ConsentKind.PROFILE_PROCESSING,
  matching: ConsentKind.MATCHING,
  measurement: ConsentKind.MEASUREMENT,
};

/**
 * Which consents to record and which to withdraw. A profile is only kept with consent to process
 * it: the first save needs it, and withdrawing it means erasing the data (`eraseMe`) instead.
 */
export function planConsents(
  active: ReadonlySet<ConsentKind>,
  choices: ConsentChoices | null | undefined,
  options: { firstSave: boolean; field: string },
): { give: ConsentKind[]; withdraw: ConsentKind[]; errors: FieldError[] } {
  const give: ConsentKind[] = [];
  const withdraw: ConsentKind[] = [];
  const errors: FieldError[] = [];
  const processing = `${options.field}.profileProcessing`;
  if (options.firstSave && !active.has(ConsentKind.PROFILE_PROCESSING) && choices?.profileProcessing !== true) {
    errors.push({ field: processing, message: 'consent to keep and use the profile is needed to save it' });
  } else if (!options.firstSave && choices?.profileProcessing === false) {
    errors.push({ field: processing, message: 'to withdraw this consent, erase the data instead (eraseMe)' });
  }
  for (const [choice, kind] of Object.entries(CHOICE_KIND) as [keyof ConsentChoices, ConsentKind][]) {
    const wanted = choices?.[choice];
    if (wanted === true && !active.has(kind)) give.push(kind);
    if (wanted === false && active.has(kind) && kind !== ConsentKind.PROFILE_PROCESSING) withdraw.push(kind);
  }
  return { give, withdraw, errors };
}
