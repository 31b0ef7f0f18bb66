import { ActivityStatus, MAX_ONE_OFF_DAYS, occurrencesBetween } from '@buurtbrug/activities';
import { OrganisationStatus } from '@buurtbrug/organisations';
import { PostStatus } from '@buurtbrug/talents-wants';

const DAY_MS = 86_400_000;
/** How far ahead a recurring activity's dates are indexed (the activities library's largest window). */
export const INDEXED_DAYS_AHEAD = 92;
/** At most this many dates per activity: a daily activity still fits a quarter of a year. */
export const MAX_INDEXED_DATES = 100;

/** What the index knows of a type of thing; the GraphQL `SearchType`. */
export type SearchDocumentType = 'ACTIVITY' | 'ORGANISATION' | 'POST';

export interface GeoPoint {
  lat: number;
  lng: number;
}

/**
 * An upcoming, published activity. Only what the public already sees on the activity page:
 * never who created it, who signed up, its capacity use or its provider's own id.
 */
export interface ActivityDocument {
  id: string;
  type: 'ACTIVITY';
  title: string;
  description: string;
  tags: string[];
  tagLabels: string[];
  wijkCode: string;
  wijkName: string;
  organisationId: string;
  organisationName: string;
  locationName: string;
  /** Upcoming start times (epoch ms) within INDEXED_DAYS_AHEAD: "on this date" filters match any of them. */
  dates: number[];
  nextStartsAt: number;
  nextEndsAt: number;
  recurring: boolean;
  audience: string[];
  accessibility: string[];
  languages: string[];
  free: boolean;
  costCents: number;
  walkIn: boolean;
  _geo?: GeoPoint;
}

/** An approved organisation on the sociale kaart: name, kind, what it does and where. */
export interface OrganisationDocument {
  id: string;
  type: 'ORGANISATION';
  title: string;
  description: string;
  kind: string;
  kindLabel: string;
  /** The wijken it serves. */
  wijkCode: string[];
  wijkName: string[];
  website: string | null;
  _geo?: GeoPoint;
}

/**
 * An open offer or request. Deliberately without its author: no account id, no name, no
 * contact — a post is found by what it is about and where, and contact goes through a match.
 */
export interface PostDocument {
  id: string;
  type: 'POST';
  kind: string;
  title: string;
  description: string;
  tags: string[];
  tagLabels: string[];
  wijkCode: string;
  wijkName: string;
  createdAt: number;
  expiresAt: number;
  _geo?: GeoPoint;
}

export type SearchDocument = ActivityDocument | OrganisationDocument | PostDocument;

/** An activity row as the search source reads it from PostgreSQL. */
export interface ActivitySource {
  id: string;
  status: string;
  title: string;
  description: string;
  tags: string[];
  wijkCode: string;
  organisationId: string;
  organisationName: string;
  locationName: string;
  latitude: number | null;
  longitude: number | null;
  startsAt: Date;
  endsAt: Date | null;
  rrule: string | null;
  durationMinutes: number | null;
  until: Date | null;
  costCents: number;
  audience: string[];
  languages: string[];
  accessibility: string[];
  walkIn: boolean;
}

export interface OrganisationSource {
  id: string;
  status: string;
  name: string;
  kind: string;
  description: string;
  wijkCodes: string[];
  website: string | null;
}

export interface PostSource {
  id: string;
  status: string;
  kind: string;
  title: string;
  text: string;
  tags: string[];
  wijkCode: string;
  expiresAt: Date;
  createdAt: Date;
}

/** Names and centroids the documents carry besides the row itself. */
export interface ReferenceData {
  tagLabels: ReadonlyMap<string, { nl: string; en: string }>;
  wijken: ReadonlyMap<string, { name: string; lat: number; lon: number }>;
}

/** Dutch label first, English second, of each organisation kind (searchable: "bibliotheek", "church"). */
export const ORGANISATION_KIND_LABELS: Record<string, string> = {
  WELFARE: 'Welzijn / Welfare',
  CLUB: 'Vereniging, club / Club',
  CHURCH: 'Kerk, moskee, geloofsgemeenschap / Church, faith community',
  LIBRARY: 'Bibliotheek / Library',
  COMMUNITY_CENTRE: 'Buurthuis, wijkcentrum / Community centre',
  HEALTH: 'Zorg en gezondheid / Health and care',
  MUNICIPALITY: 'Gemeente / Municipality',
  OTHER: 'Overig / Other',
};

/** Highlight markers (Unicode private use) cannot come from stored text, so snippets split safely. */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';
const MARKERS = /[\uE000\uE001]/g;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(MARKERS, '');
}

function labelsOf(tags: readonly string[], reference: ReferenceData): string[] {
  const labels: string[] = [];
  for (const slug of tags) {
    const label = reference.tagLabels.get(slug);
    if (!label) continue;
    labels.push(label.nl);
    if (label.en !== label.nl) labels.push(label.en);
  }
  return [...new Set(labels)];
}

function centroid(code: string, reference: ReferenceData): GeoPoint | undefined {
  const wijk = reference.wijken.get(code);
  return wijk ? { lat: wijk.lat, lng: wijk.lon } : undefined;
}

/**
 * The start times still to come: occurrences that have not ended by `now`, within
 * INDEXED_DAYS_AHEAD of now (or of the first date, for a series that starts later).
 */
/**
 * Expanded schedules by everything that decides them (for one `now`). Expanding a recurring
 * rule costs ~0.1 ms; series that share a rule and a first date (a provider's weekly groups all
 * starting the same week) are expanded once per reindex.
 */
export type OccurrenceMemo = Map<string, { start: number; end: number }[]>;

export function upcomingOccurrences(source: ActivitySource, now: Date, memo?: OccurrenceMemo): { start: number; end: number }[] {
  if (source.rrule && memo) {
    const key = `${source.rrule}|${source.startsAt.getTime()}|${source.until?.getTime() ?? ''}|${source.durationMinutes}`;
    let occurrences = memo.get(key);
    if (!occurrences) {
      occurrences = upcomingOccurrences(source, now);
      memo.set(key, occurrences);
    }
    return occurrences;
  }
  // Reach back far enough to catch an occurrence still under way: a one-off lasts at most
  // MAX_ONE_OFF_DAYS, a recurring occurrence at most a day.
  const from = new Date(now.getTime() - (source.rrule ? 1 : MAX_ONE_OFF_DAYS + 1) * DAY_MS);
  const horizon = Math.max(now.getTime(), source.startsAt.getTime()) + INDEXED_DAYS_AHEAD * DAY_MS;
  const schedule = {
    startsAt: source.startsAt,
    endsAt: source.endsAt,
    rrule: source.rrule,
    durationMinutes: source.durationMinutes,
    until: source.until,
  };
  return occurrencesBetween(schedule, from, new Date(horizon), MAX_INDEXED_DATES + 8)
    .filter((occurrence) => occurrence.end.getTime() > now.getTime())
    .slice(0, MAX_INDEXED_DATES)
    .map((occurrence) => ({ start: occurrence.start.getTime(), end: occurrence.end.getTime() }));
}

/** The document for an activity, or null when it must not be found (draft, cancelled, over). */
export function activityDocument(source: ActivitySource, reference: ReferenceData, now: Date, memo?: OccurrenceMemo): ActivityDocument | null {
  if (source.status !== ActivityStatus.PUBLISHED) return null;
  const occurrences = upcomingOccurrences(source, now, memo);
  if (occurrences.length === 0) return null;
  const geo =
    source.latitude !== null && source.longitude !== null ? { lat: source.latitude, lng: source.longitude } : centroid(source.wijkCode, reference);
  return {
    id: source.id,
    type: 'ACTIVITY',
    title: clean(source.title),
    description: clean(source.description),
    tags: [...source.tags],
    tagLabels: labelsOf(source.tags, reference),
    wijkCode: source.wijkCode,
    wijkName: reference.wijken.get(source.wijkCode)?.name ?? '',
    organisationId: source.organisationId,
    organisationName: clean(source.organisationName),
    locationName: clean(source.locationName),
    dates: occurrences.map((o) => o.start), // a fresh array: memoised occurrences are shared
    nextStartsAt: occurrences[0].start,
    nextEndsAt: occurrences[0].end,
    recurring: source.rrule !== null,
    audience: [...source.audience],
    accessibility: [...source.accessibility],
    languages: [...source.languages],
    free: source.costCents === 0,
    costCents: source.costCents,
    walkIn: source.walkIn,
    ...(geo ? { _geo: geo } : {}),
  };
}

/** The document for an organisation, or null until an admin approved it. */
export function organisationDocument(source: OrganisationSource, reference: ReferenceData): OrganisationDocument | null {
  if (source.status !== OrganisationStatus.APPROVED) return null;
  const geo = source.wijkCodes.map((code) => centroid(code, reference)).find((point) => point !== undefined);
  return {
    id: source.id,
    type: 'ORGANISATION',
    title: clean(source.name),
    description: clean(source.description),
    kind: source.kind,
    kindLabel: ORGANISATION_KIND_LABELS[source.kind] ?? source.kind,
    wijkCode: [...source.wijkCodes],
    wijkName: source.wijkCodes.map((code) => reference.wijken.get(code)?.name ?? '').filter(Boolean),
    website: source.website,
    ...(geo ? { _geo: geo } : {}),
  };
}

/** The document for a post, or null unless it is open and not past its date. */
export function postDocument(source: PostSource, reference: ReferenceData, now: Date): PostDocument | null {
  if (source.status !== PostStatus.OPEN || source.expiresAt.getTime() <= now.getTime()) return null;
  const geo = centroid(source.wijkCode, reference);
  return {
    id: source.id,
    type: 'POST',
    kind: source.kind,
    title: clean(source.title),
    description: clean(source.text),
    tags: [...source.tags],
    tagLabels: labelsOf(source.tags, reference),
    wijkCode: source.wijkCode,
    wijkName: reference.wijken.get(source.wijkCode)?.name ?? '',
    createdAt: source.createdAt.getTime(),
    expiresAt: source.expiresAt.getTime(),
    ...(geo ? { _geo: geo } : {}),
  };
}
