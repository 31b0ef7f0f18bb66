import type { Type } from '@nestjs/common';
import { occurrencesBetween, type Schedule, validateSchedule } from '@buurtbrug/activities';
import { STANDARD_TAGS, TagsService } from '@buurtbrug/tags';
import { readHilversumWijkenCsv, WijkImportService } from '@buurtbrug/wijken';
import argon2 from 'argon2';
import { DataSource, type QueryRunner } from 'typeorm';
import { seededRandom } from '../demo/demo-seeder.js';
import {
  ACTIVITY_TEMPLATES,
  CANCELLATION_REASONS,
  FIRST_NAMES,
  INTEREST_TEXTS,
  LANGUAGE_MIXES,
  ORGANISATION_KINDS,
  ORGANISATION_NAMES,
  SURNAMES,
  TALENT_TEXTS,
  WEEKDAYS,
  WISH_TEXTS,
} from './synthetic-city.data.js';

/** Every synthetic account signs in with this password (load tests log in as residents). */
export const SYNTHETIC_PASSWORD = 'welkom-in-de-buurt';

export interface SyntheticCityOptions {
  residents: number;
  activities: number;
  /** Default: one per 500 residents, at least 10. */
  organisations?: number;
  /** Offers and requests; default: one per 10 residents. */
  posts?: number;
  /** Same seed, same city (names, tags, schedules, ids). */
  seed?: number;
}

export interface SyntheticCityReport {
  seed: number;
  emailDomain: string;
  wijken: number;
  tags: number;
  organisations: number;
  providers: number;
  socialWorkers: number;
  residents: number;
  residentsOnBehalf: number;
  consents: number;
  activities: { total: number; published: number; draft: number; cancelled: number; recurring: number };
  posts: { total: number; open: number };
  signUps: number;
  searchOutbox: number;
  ms: number;
}

/** Progress per phase; `done` counts the phase's own units (residents, activities, …). */
export type SyntheticCityProgress = (phase: string, done: number, total: number) => void;

interface AppLike {
  get<T>(type: Type<T>): T;
}

interface WijkRow {
  code: string;
  name: string;
  lat: number;
  lon: number;
  postcodes: string[];
  buurten: string[];
  weight: number;
}

interface TagRow {
  slug: string;
  category: 'interest' | 'talent' | 'both';
  label: string;
}

interface Resident {
  id: string;
  wijk: string;
  interests: string[];
  talents: string[];
  wishes: string[];
  hasLogin: boolean;
}

interface Column {
  name: string;
  /** PostgreSQL type; array types (`text[]`) are sent as array literals and cast per row. */
  type: string;
}

const DAY_MS = 86_400_000;
const CHUNK_ROWS = 10_000;
const NOW = () => new Date();

/** A PostgreSQL array literal, for array columns sent through unnest. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/**
 * Bulk insert through `unnest`: one parameter per column however many rows, so a chunk of ten
 * thousand rows is one statement and one round trip.
 */
async function insertRows(runner: QueryRunner, table: string, columns: Column[], rows: unknown[][]): Promise<void> {
  for (let from = 0; from < rows.length; from += CHUNK_ROWS) {
    const chunk = rows.slice(from, from + CHUNK_ROWS);
    const params = columns.map((column, i) =>
      chunk.map((row) => (column.type.endsWith('[]') ? arrayLiteral(row[i] as string[]) : row[i])),
    );
    const inputs = columns.map((column, i) => `$${i + 1}::${column.type.endsWith('[]') ? 'text' : column.type}[]`);
    const outputs = columns.map((column, i) => (column.type.endsWith('[]') ? `c${i}::${column.type}` : `c${i}`));
    const aliases = columns.map((_, i) => `c${i}`);
    await runner.query(
      `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')})
       SELECT ${outputs.join(', ')} FROM unnest(${inputs.join(', ')}) AS t(${aliases.join(', ')})`,
      params,
    );
  }
}

/** Deterministic randomness for one city: values, weighted choices and version-4 shaped uuids. */
class CityRandom {
  private readonly next: () => number;
  private readonly ids: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
    this.ids = seededRandom(seed ^ 0x5bd1e995);
  }

  float(): number {
    return this.next();
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(items: readonly [T, number][]): T {
    let roll = this.next() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1][0];
  }

  /** `count` distinct items, more popular ones (by cumulative weight) more often. */
  some<T>(picker: Picker<T>, count: number): T[] {
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < count && tries < count * 8; tries++) chosen.add(picker.pick(this.next()));
    return [...chosen];
  }

  uuid(): string {
    const hex = Array.from({ length: 4 }, () => Math.floor(this.ids() * 0x1_0000_0000).toString(16).padStart(8, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/** Weighted choice by binary search over cumulative weights (fast for 100k draws). */
class Picker<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(private readonly items: readonly T[], weight: (item: T, index: number) => number) {
    let sum = 0;
    items.forEach((item, i) => this.cumulative.push((sum += weight(item, i))));
    this.total = sum;
  }

  pick(roll: number): T {
    const target = roll * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }

  get size(): number {
    return this.items.length;
  }
}

const AGE_BANDS: [string | null, number][] = [
  ['UNDER_30', 8],
  ['AGE_30_TO_49', 15],
  ['AGE_50_TO_64', 20],
  ['AGE_65_TO_74', 25],
  ['AGE_75_PLUS', 27],
  [null, 5],
];
const RADIUS_KM: [number, number][] = [
  [1, 20],
  [2, 30],
  [3, 20],
  [5, 18],
  [10, 10],
  [15, 2],
];
const DAY_CODES = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

/** When people are free: older residents in the day, working-age ones in evenings and weekends. */
function availabilityFor(random: CityRandom, ageBand: string | null): string[] {
  const senior = ageBand === 'AGE_65_TO_74' || ageBand === 'AGE_75_PLUS';
  const slots: string[] = [];
  DAY_CODES.forEach((day, i) => {
    const weekend = i >= 5;
    const p: Record<string, number> = senior
      ? { MORNING: weekend ? 0.2 : 0.5, AFTERNOON: weekend ? 0.25 : 0.45, EVENING: 0.08 }
      : { MORNING: weekend ? 0.4 : 0.08, AFTERNOON: weekend ? 0.45 : 0.1, EVENING: weekend ? 0.2 : 0.35 };
    for (const part of ['MORNING', 'AFTERNOON', 'EVENING']) if (random.chance(p[part])) slots.push(`${day}_${part}`);
  });
  return slots;
}

function needsFor(random: CityRandom, ageBand: string | null): string[] {
  const p = ageBand === 'AGE_75_PLUS' ? [0.15, 0.15, 0.2] : ageBand === 'AGE_65_TO_74' ? [0.06, 0.08, 0.08] : [0.02, 0.02, 0.03];
  return ['WHEELCHAIR_ACCESS', 'HEARING_LOOP', 'SOMEONE_TO_GO_ALONG'].filter((_, i) => random.chance(p[i]));
}

/** The local (Amsterdam) time `time` on the day `days` from now, roughly (good enough for synthetic data). */
function atLocalTime(now: Date, days: number, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number);
  const day = new Date(now.getTime() + days * DAY_MS);
  // Amsterdam is UTC+1 in winter and UTC+2 in summer; validateSchedule keeps the wall clock after this.
  const offset = day.getUTCMonth() >= 3 && day.getUTCMonth() <= 9 ? 2 : 1;
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours - offset, minutes));
}

/**
 * Writes a whole synthetic city for load tests, in one transaction (all of it or nothing):
 * organisations with their providers, social workers per wijk, residents with profiles and
 * consents (some registered on their behalf), activities (one-off and recurring, mostly
 * published), offers and requests, sign-ups, and the search outbox rows for everything
 * searchable. Wijken and tags come from the database; an empty table gets the demo wijken of
 * Hilversum and the standard tags first.
 */
export async function generateSyntheticCity(
  app: AppLike,
  options: SyntheticCityOptions,
  onProgress: SyntheticCityProgress = () => undefined,
): Promise<SyntheticCityReport> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const residentCount = options.residents;
  const organisationCount = options.organisations ?? Math.max(10, Math.round(residentCount / 500));
  const postCount = options.posts ?? Math.round(residentCount / 10);
  const activityCount = options.activities;
  for (const [name, value] of Object.entries({ residents: residentCount, activities: activityCount, organisations: organisationCount, posts: postCount })) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number of at least 0`);
  }
  if (organisationCount === 0 && activityCount > 0) throw new Error('activities need at least one organisation');
  if (residentCount === 0 && postCount > 0) throw new Error('posts need at least one resident');
  const emailDomain = `stad-${seed}.buurtbrug.test`;
  const dataSource = app.get(DataSource);

  const [taken] = (await dataSource.query(`SELECT count(*)::int AS n FROM user_account WHERE email LIKE $1`, [`%@${emailDomain}`])) as { n: number }[];
  if (taken.n > 0) throw new Error(`This database already has a synthetic city with seed ${seed}; choose another --seed`);

  onProgress('wijken and tags', 0, 1);
  if (((await dataSource.query(`SELECT count(*)::int AS n FROM wijk`)) as { n: number }[])[0].n === 0) {
    const report = await app.get(WijkImportService).importCsv(await readHilversumWijkenCsv());
    if (report.errors.length > 0) throw new Error(`The demo wijken do not import: ${JSON.stringify(report.errors[0])}`);
  }
  if (((await dataSource.query(`SELECT count(*)::int AS n FROM tag`)) as { n: number }[])[0].n === 0) {
    await app.get(TagsService).upsertMany(STANDARD_TAGS);
  }
  const random = new CityRandom(seed);
  const wijken = await loadWijken(dataSource, random);
  const tags = (await dataSource.query(`SELECT slug, category, label_nl AS label FROM tag ORDER BY slug`)) as TagRow[];
  onProgress('wijken and tags', 1, 1);

  const wijkPicker = new Picker(wijken, (w) => w.weight);
  // Tag popularity falls off like Zipf's law: a few tags (walking, coffee) are everyone's.
  const popularity = (list: TagRow[]) => {
    const order = list.map((tag) => ({ tag, key: random.float() })).sort((a, b) => a.key - b.key).map((x) => x.tag.slug);
    return new Picker(order, (_slug, i) => 1 / Math.pow(i + 1, 0.9));
  };
  const interestTags = popularity(tags.filter((t) => t.category !== 'talent'));
  const talentTags = popularity(tags.filter((t) => t.category !== 'interest'));
  const knownTags = new Set(tags.map((t) => t.slug));
  const tagLabel = new Map(tags.map((t) => [t.slug, t.label]));
  const passwordHash = await argon2.hash(SYNTHETIC_PASSWORD, { type: argon2.argon2id });

  const report: SyntheticCityReport = {
    seed,
    emailDomain,
    wijken: wijken.length,
    tags: tags.length,
    organisations: 0,
    providers: 0,
    socialWorkers: 0,
    residents: 0,
    residentsOnBehalf: 0,
    consents: 0,
    activities: { total: 0, published: 0, draft: 0, cancelled: 0, recurring: 0 },
    posts: { total: 0, open: 0 },
    signUps: 0,
    searchOutbox: 0,
    ms: 0,
  };

  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    const now = NOW();
    const outbox: unknown[][] = [];
    const accountColumns: Column[] = [
      { name: 'id', type: 'uuid' },
      { name: 'email', type: 'text' },
      { name: 'password_hash', type: 'text' },
      { name: 'role', type: 'text' },
      { name: 'display_name', type: 'text' },
      { name: 'wijk_codes', type: 'text[]' },
      { name: 'organisation_id', type: 'uuid' },
      { name: 'created_at', type: 'timestamptz' },
    ];
    const personName = () => `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
    const pastDate = (maxDays: number) => new Date(now.getTime() - random.float() * maxDays * DAY_MS);

    // -------------------------------------------------------------- organisations and providers
    onProgress('organisations', 0, organisationCount);
    const organisations: { id: string; wijkCodes: string[]; approved: boolean; place: string; weight: number }[] = [];
    const organisationRows: unknown[][] = [];
    const providerRows: unknown[][] = [];
    for (let n = 1; n <= organisationCount; n++) {
      const kind = random.weighted(ORGANISATION_KINDS as [string, number][]);
      const home = wijkPicker.pick(random.float());
      const reach = random.float();
      const wijkCodes =
        reach < 0.6 ? [home.code] : reach < 0.9 ? [...new Set([home.code, ...random.some(wijkPicker, random.int(1, 2)).map((w) => w.code)])] : wijken.map((w) => w.code);
      const name = `${random.pick(ORGANISATION_NAMES[kind])} ${home.name}${n > wijken.length ? ` ${Math.ceil(n / wijken.length)}` : ''}`.slice(0, 120);
      const approved = random.chance(0.95);
      const id = random.uuid();
      const createdAt = pastDate(720);
      organisationRows.push([
        id,
        name,
        kind,
        wijkCodes,
        `${name} is er voor de buurt: ontmoeten, meedoen en elkaar helpen.`,
        `info@org-${n}.${emailDomain}`,
        `035 ${String(random.int(100, 999))} ${String(random.int(10, 99))} ${String(random.int(10, 99))}`,
        random.chance(0.7) ? `https://org-${n}.${emailDomain}` : null,
        approved ? 'APPROVED' : 'PENDING',
        approved ? createdAt : null,
        createdAt,
      ]);
      organisations.push({ id, wijkCodes, approved, place: name, weight: kind === 'COMMUNITY_CENTRE' || kind === 'WELFARE' ? 3 : 1 });
      if (approved) outbox.push(['organisation', id, 'upsert']);
      providerRows.push([random.uuid(), `aanbieder-${n}@${emailDomain}`, passwordHash, 'PROVIDER', personName(), [], id, createdAt]);
    }
    await insertRows(
      runner,
      'organisation',
      [
        { name: 'id', type: 'uuid' },
        { name: 'name', type: 'text' },
        { name: 'kind', type: 'text' },
        { name: 'wijk_codes', type: 'text[]' },
        { name: 'description', type: 'text' },
        { name: 'email', type: 'text' },
        { name: 'phone', type: 'text' },
        { name: 'website', type: 'text' },
        { name: 'status', type: 'text' },
        { name: 'approved_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      organisationRows,
    );
    await insertRows(runner, 'user_account', accountColumns, providerRows);
    report.organisations = organisationCount;
    report.providers = providerRows.length;
    onProgress('organisations', organisationCount, organisationCount);

    // -------------------------------------------------------------- social workers: one or two per wijk
    const socialWorkersByWijk = new Map<string, string[]>();
    const socialWorkerRows: unknown[][] = [];
    for (const wijk of wijken) {
      for (let k = 1; k <= (wijk.weight > 1.2 ? 2 : 1); k++) {
        const id = random.uuid();
        socialWorkerRows.push([id, `sociaalwerker-${wijk.code.toLowerCase()}-${k}@${emailDomain}`, passwordHash, 'SOCIAL_WORKER', personName(), [wijk.code], null, pastDate(720)]);
        socialWorkersByWijk.set(wijk.code, [...(socialWorkersByWijk.get(wijk.code) ?? []), id]);
      }
    }
    await insertRows(runner, 'user_account', accountColumns, socialWorkerRows);
    report.socialWorkers = socialWorkerRows.length;

    // -------------------------------------------------------------- residents, profiles, consents
    const residents: Resident[] = [];
    const residentsByWijk = new Map<string, Resident[]>();
    const RESIDENT_BATCH = 20_000;
    for (let from = 0; from < residentCount; from += RESIDENT_BATCH) {
      const accounts: unknown[][] = [];
      const profiles: unknown[][] = [];
      const consents: unknown[][] = [];
      for (let n = from + 1; n <= Math.min(residentCount, from + RESIDENT_BATCH); n++) {
        const id = random.uuid();
        const wijk = wijkPicker.pick(random.float());
        const onBehalf = random.chance(0.03);
        const ageBand = random.weighted(AGE_BANDS);
        const createdAt = pastDate(540);
        const interests = random.some(interestTags, random.weighted<number>([[1, 15], [2, 25], [3, 25], [4, 15], [5, 12], [6, 8]]));
        const talents = random.chance(0.6) ? random.some(talentTags, random.int(1, 3)) : [];
        const wishes = random.chance(0.55) ? random.some(talentTags, random.int(1, 3)) : [];
        const phone = onBehalf || random.chance(0.06);
        const recordedBy = onBehalf ? random.pick(socialWorkersByWijk.get(wijk.code)!) : null;
        accounts.push([id, onBehalf ? null : `inwoner-${n}@${emailDomain}`, onBehalf ? null : passwordHash, 'RESIDENT', personName(), [], null, createdAt]);
        profiles.push([
          id,
          wijk.code,
          wijk.buurten.length > 0 && random.chance(0.3) ? random.pick(wijk.buurten) : null,
          wijk.postcodes.length > 0 && random.chance(0.6) ? random.pick(wijk.postcodes) : null,
          ageBand,
          random.weighted(LANGUAGE_MIXES),
          interests,
          talents,
          wishes,
          random.chance(0.25) ? random.pick(INTEREST_TEXTS) : null,
          talents.length > 0 && random.chance(0.25) ? random.pick(TALENT_TEXTS) : null,
          wishes.length > 0 && random.chance(0.35) ? random.pick(WISH_TEXTS) : null,
          availabilityFor(random, ageBand),
          random.weighted(RADIUS_KM),
          needsFor(random, ageBand),
          phone ? 'PHONE_VIA_SOCIAL_WORKER' : 'APP',
          phone || random.chance(0.05),
          random.chance(0.6),
          onBehalf,
          recordedBy,
          createdAt,
        ]);
        const method = onBehalf ? random.pick(['SPOKEN', 'WRITTEN']) : 'APP';
        consents.push([random.uuid(), id, 'PROFILE_PROCESSING', createdAt, recordedBy ?? id, method]);
        if (random.chance(0.8)) consents.push([random.uuid(), id, 'MATCHING', createdAt, recordedBy ?? id, method]);
        if (random.chance(0.25)) consents.push([random.uuid(), id, 'MEASUREMENT', createdAt, recordedBy ?? id, method]);
        const resident: Resident = { id, wijk: wijk.code, interests, talents, wishes, hasLogin: !onBehalf };
        residents.push(resident);
        const inWijk = residentsByWijk.get(wijk.code);
        if (inWijk) inWijk.push(resident);
        else residentsByWijk.set(wijk.code, [resident]);
        if (onBehalf) report.residentsOnBehalf++;
      }
      await insertRows(runner, 'user_account', accountColumns, accounts);
      await insertRows(
        runner,
        'resident_profile',
        [
          { name: 'user_id', type: 'uuid' },
          { name: 'wijk_code', type: 'text' },
          { name: 'buurt_code', type: 'text' },
          { name: 'postcode', type: 'text' },
          { name: 'age_band', type: 'text' },
          { name: 'languages', type: 'text[]' },
          { name: 'interests', type: 'text[]' },
          { name: 'talents', type: 'text[]' },
          { name: 'wishes', type: 'text[]' },
          { name: 'interests_text', type: 'text' },
          { name: 'talents_text', type: 'text' },
          { name: 'wishes_text', type: 'text' },
          { name: 'availability', type: 'text[]' },
          { name: 'travel_radius_km', type: 'float8' },
          { name: 'needs', type: 'text[]' },
          { name: 'contact_preference', type: 'text' },
          { name: 'via_social_worker', type: 'bool' },
          { name: 'wants_new_contacts', type: 'bool' },
          { name: 'on_behalf', type: 'bool' },
          { name: 'created_by', type: 'uuid' },
          { name: 'created_at', type: 'timestamptz' },
        ],
        profiles,
      );
      await insertRows(
        runner,
        'resident_consent',
        [
          { name: 'id', type: 'uuid' },
          { name: 'user_id', type: 'uuid' },
          { name: 'kind', type: 'text' },
          { name: 'given_at', type: 'timestamptz' },
          { name: 'recorded_by', type: 'uuid' },
          { name: 'method', type: 'text' },
        ],
        consents,
      );
      report.residents += accounts.length;
      report.consents += consents.length;
      onProgress('residents', report.residents, residentCount);
    }

    // -------------------------------------------------------------- activities
    const organisationPicker = new Picker(organisations, (o) => o.weight);
    const activityRows: unknown[][] = [];
    const bookable: { id: string; wijk: string; capacity: number; start: Date }[] = [];
    const wijkByCode = new Map(wijken.map((w) => [w.code, w]));
    for (let n = 1; n <= activityCount; n++) {
      const organisation = organisationPicker.pick(random.float());
      const template = random.pick(ACTIVITY_TEMPLATES);
      const wijk = wijkByCode.get(random.pick(organisation.wijkCodes)) ?? wijken[0];
      const tagSlugs = template.tags.filter((slug) => knownTags.has(slug));
      // About two in three are recurring; series mostly started some weeks ago and run on.
      const recurring = template.rule !== undefined && random.chance(0.85);
      const startsAt = recurring
        ? atLocalTime(now, random.int(-60, 14), template.time)
        : atLocalTime(now, random.chance(0.15) ? random.int(-30, -1) : random.int(1, 90), template.time);
      const { schedule, errors } = validateSchedule(
        recurring
          ? { startsAt, rrule: template.rule!.replace('{day}', random.pick(WEEKDAYS)), durationMinutes: template.minutes }
          : { startsAt, endsAt: new Date(startsAt.getTime() + template.minutes * 60_000) },
      );
      if (!schedule) throw new Error(`synthetic activity "${template.title}" has an invalid schedule: ${JSON.stringify(errors)}`);
      const roll = random.float();
      const status = !organisation.approved || roll < 0.06 ? 'DRAFT' : roll < 0.1 ? 'CANCELLED' : 'PUBLISHED';
      const createdAt = pastDate(120);
      const id = random.uuid();
      const capacity = template.walkIn ? null : (template.capacity ?? (random.chance(0.5) ? random.int(8, 40) : null));
      activityRows.push([
        id,
        organisation.id,
        `stad-${seed}-${n}`,
        template.title,
        template.description,
        tagSlugs,
        wijk.code,
        organisation.place,
        Number((wijk.lat + (random.float() - 0.5) * 0.01).toFixed(5)),
        Number((wijk.lon + (random.float() - 0.5) * 0.015).toFixed(5)),
        schedule.startsAt,
        schedule.endsAt,
        schedule.rrule,
        schedule.durationMinutes,
        schedule.until,
        schedule.seriesEndsAt,
        capacity,
        template.costCents ?? (random.chance(0.25) ? random.int(1, 10) * 100 : 0),
        template.audience ?? ['ALL'],
        random.chance(0.1) ? ['nl', 'en'] : ['nl'],
        template.accessibility ?? (random.chance(0.4) ? ['WHEELCHAIR'] : []),
        template.walkIn ?? false,
        status,
        status === 'DRAFT' ? null : createdAt,
        status === 'CANCELLED' ? now : null,
        status === 'CANCELLED' ? random.pick(CANCELLATION_REASONS) : null,
        createdAt,
      ]);
      report.activities.total++;
      if (recurring) report.activities.recurring++;
      if (status === 'PUBLISHED') {
        report.activities.published++;
        outbox.push(['activity', id, 'upsert']);
        const next = nextStart(schedule, now);
        if (capacity !== null && next) bookable.push({ id, wijk: wijk.code, capacity, start: next });
      } else if (status === 'DRAFT') report.activities.draft++;
      else report.activities.cancelled++;
      if (n % 1000 === 0 || n === activityCount) onProgress('activities', n, activityCount);
    }
    await insertRows(
      runner,
      'activity',
      [
        { name: 'id', type: 'uuid' },
        { name: 'organisation_id', type: 'uuid' },
        { name: 'external_id', type: 'text' },
        { name: 'title', type: 'text' },
        { name: 'description', type: 'text' },
        { name: 'tags', type: 'text[]' },
        { name: 'wijk_code', type: 'text' },
        { name: 'location_name', type: 'text' },
        { name: 'latitude', type: 'float8' },
        { name: 'longitude', type: 'float8' },
        { name: 'starts_at', type: 'timestamptz' },
        { name: 'ends_at', type: 'timestamptz' },
        { name: 'rrule', type: 'text' },
        { name: 'duration_minutes', type: 'int4' },
        { name: 'until', type: 'timestamptz' },
        { name: 'series_ends_at', type: 'timestamptz' },
        { name: 'capacity', type: 'int4' },
        { name: 'cost_cents', type: 'int4' },
        { name: 'audience', type: 'text[]' },
        { name: 'languages', type: 'text[]' },
        { name: 'accessibility', type: 'text[]' },
        { name: 'walk_in', type: 'bool' },
        { name: 'status', type: 'text' },
        { name: 'published_at', type: 'timestamptz' },
        { name: 'cancelled_at', type: 'timestamptz' },
        { name: 'cancellation_reason', type: 'text' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      activityRows,
    );

    // -------------------------------------------------------------- sign-ups for the next date of bookable activities
    const signUpRows: unknown[][] = [];
    for (const activity of bookable) {
      const neighbours = residentsByWijk.get(activity.wijk) ?? [];
      if (neighbours.length === 0 || !random.chance(0.6)) continue;
      // Some dates are full; most have places left.
      const wanted = Math.min(neighbours.length, random.chance(0.2) ? activity.capacity : random.int(1, Math.max(1, Math.floor(activity.capacity / 2))));
      const people = new Set<Resident>();
      for (let tries = 0; people.size < wanted && tries < wanted * 4; tries++) people.add(random.pick(neighbours));
      for (const person of people) signUpRows.push([random.uuid(), activity.id, person.id, activity.start, 'CONFIRMED']);
    }
    await insertRows(
      runner,
      'activity_sign_up',
      [
        { name: 'id', type: 'uuid' },
        { name: 'activity_id', type: 'uuid' },
        { name: 'user_id', type: 'uuid' },
        { name: 'occurrence_start', type: 'timestamptz' },
        { name: 'status', type: 'text' },
      ],
      signUpRows,
    );
    report.signUps = signUpRows.length;

    // -------------------------------------------------------------- offers and requests
    const authors = residents.filter((r) => r.hasLogin || random.chance(0.5));
    const postRows: unknown[][] = [];
    for (let n = 1; n <= postCount; n++) {
      const author = random.pick(authors.length > 0 ? authors : residents);
      const offer = random.chance(0.45);
      const own = offer ? author.talents : author.wishes;
      const tag = own.length > 0 ? random.pick(own) : talentTags.pick(random.float());
      const label = (tagLabel.get(tag) ?? tag).toLowerCase();
      const title = (
        offer
          ? random.pick([`Ik help graag: ${label}`, `Aangeboden: ${label}`, `Wie kan ik helpen met ${label}?`])
          : random.pick([`Gezocht: ${label}`, `Wie helpt mij met ${label}?`, `Ik zoek iemand voor ${label}`])
      ).slice(0, 80);
      const roll = random.float();
      const status = roll < 0.8 ? 'OPEN' : roll < 0.9 ? 'CLOSED' : roll < 0.95 ? 'MATCHED' : 'EXPIRED';
      // Open posts are younger than their 8-week lifetime; expired ones older.
      const createdAt = status === 'EXPIRED' ? new Date(now.getTime() - (57 + random.float() * 40) * DAY_MS) : pastDate(55);
      postRows.push([
        random.uuid(),
        author.id,
        offer ? 'OFFER' : 'REQUEST',
        title,
        offer ? 'Laat het me weten via Buurtbrug, dan spreken we iets af.' : 'Ik woon in de buurt en zou het fijn vinden als iemand kan helpen.',
        [tag],
        author.wijk,
        status,
        new Date(createdAt.getTime() + 56 * DAY_MS),
        createdAt,
      ]);
      if (status === 'OPEN') {
        report.posts.open++;
        outbox.push(['post', postRows[postRows.length - 1][0], 'upsert']);
      }
      if (n % 5000 === 0 || n === postCount) onProgress('posts', n, postCount);
    }
    await insertRows(
      runner,
      'post',
      [
        { name: 'id', type: 'uuid' },
        { name: 'author_id', type: 'uuid' },
        { name: 'kind', type: 'text' },
        { name: 'title', type: 'text' },
        { name: 'text', type: 'text' },
        { name: 'tags', type: 'text[]' },
        { name: 'wijk_code', type: 'text' },
        { name: 'status', type: 'text' },
        { name: 'expires_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      postRows,
    );
    report.posts.total = postRows.length;

    // The search library drains these into Meilisearch (or `npm run search:reindex` rebuilds the index).
    await insertRows(
      runner,
      'search_outbox',
      [
        { name: 'kind', type: 'text' },
        { name: 'entity_id', type: 'uuid' },
        { name: 'op', type: 'text' },
      ],
      outbox,
    );
    report.searchOutbox = outbox.length;
    onProgress('committing', 0, 1);
    await runner.commitTransaction();
    onProgress('committing', 1, 1);
  } catch (error) {
    await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
  // Fresh statistics, so the first queries on the new city get good plans.
  await dataSource.query(`ANALYZE user_account, resident_profile, resident_consent, organisation, activity, activity_sign_up, post, search_outbox`);
  report.ms = Math.round(performance.now() - started);
  return report;
}

/** The first date of a schedule from now on, if any. */
function nextStart(schedule: Schedule, now: Date): Date | undefined {
  return occurrencesBetween(schedule, now, new Date(now.getTime() + 60 * DAY_MS), 1)[0]?.start;
}

async function loadWijken(dataSource: DataSource, random: CityRandom): Promise<WijkRow[]> {
  const rows = (await dataSource.query(`SELECT code, name, lat, lon FROM wijk ORDER BY code`)) as Omit<WijkRow, 'postcodes' | 'buurten' | 'weight'>[];
  const postcodes = (await dataSource.query(`SELECT wijk_code, postcode FROM wijk_postcode ORDER BY postcode`)) as { wijk_code: string; postcode: string }[];
  const buurten = (await dataSource.query(`SELECT wijk_code, code FROM buurt ORDER BY code`)) as { wijk_code: string; code: string }[];
  return rows.map((row) => ({
    ...row,
    postcodes: postcodes.filter((p) => p.wijk_code === row.code).map((p) => p.postcode.trim()),
    buurten: buurten.filter((b) => b.wijk_code === row.code).map((b) => b.code),
    // Wijken differ in size: some have three times the residents of others.
    weight: 0.5 + random.float(),
  }));
}
