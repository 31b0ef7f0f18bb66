import {
  type ActivitySource,
  activityDocument,
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  INDEXED_DAYS_AHEAD,
  type OrganisationSource,
  organisationDocument,
  type PostSource,
  postDocument,
  type ReferenceData,
} from './search-documents.js';

const NOW = new Date('2026-03-02T08:00:00Z'); // a Monday
const DAY = 86_400_000;

const reference: ReferenceData = {
  tagLabels: new Map([
    ['wandelen', { nl: 'Wandelen', en: 'Walking' }],
    ['koffie-drinken', { nl: 'Koffie drinken', en: 'Having coffee' }],
  ]),
  wijken: new Map([
    ['WK040201', { name: 'Centrum', lat: 52.2245, lon: 5.1745 }],
    ['WK040202', { name: 'Hilversum Oost', lat: 52.228, lon: 5.19 }],
  ]),
};

function activity(overrides: Partial<ActivitySource> = {}): ActivitySource {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    status: 'PUBLISHED',
    title: 'Wandelgroep Oost',
    description: 'Elke dinsdag een uur wandelen.',
    tags: ['wandelen', 'verdwenen-tag'],
    wijkCode: 'WK040202',
    organisationId: '22222222-2222-4222-8222-222222222222',
    organisationName: 'Wandelclub',
    locationName: 'Buurthuis De Geus',
    latitude: null,
    longitude: null,
    startsAt: new Date('2026-03-03T09:00:00Z'),
    endsAt: new Date('2026-03-03T10:30:00Z'),
    rrule: null,
    durationMinutes: null,
    until: null,
    costCents: 0,
    audience: ['ALL'],
    languages: ['nl'],
    accessibility: ['WHEELCHAIR'],
    walkIn: true,
    ...overrides,
  };
}

// Every key a document may have. Anything else (creator, external id, capacity, sign-ups,
// author, contact details) must never reach the index.
const ACTIVITY_KEYS = [
  '_geo', 'accessibility', 'audience', 'costCents', 'dates', 'description', 'free', 'id', 'languages', 'locationName', 'nextEndsAt',
  'nextStartsAt', 'organisationId', 'organisationName', 'recurring', 'tagLabels', 'tags', 'title', 'type', 'walkIn', 'wijkCode', 'wijkName',
];
const ORGANISATION_KEYS = ['_geo', 'description', 'id', 'kind', 'kindLabel', 'title', 'type', 'website', 'wijkCode', 'wijkName'];
const POST_KEYS = ['_geo', 'createdAt', 'description', 'expiresAt', 'id', 'kind', 'tagLabels', 'tags', 'title', 'type', 'wijkCode', 'wijkName'];

describe('search documents', () => {
  describe('activities', () => {
    it('maps a published one-off to public fields only, with its date, labels and the wijk centroid', () => {
      const source = { ...activity(), externalId: 'agenda-1', createdBy: 'someone', capacity: 12, signUps: 4 } as ActivitySource;
      const document = activityDocument(source, reference, NOW)!;
      expect(Object.keys(document).sort()).toEqual(ACTIVITY_KEYS);
      expect(document).toMatchObject({
        type: 'ACTIVITY',
        tagLabels: ['Wandelen', 'Walking'],
        wijkName: 'Hilversum Oost',
        dates: [Date.parse('2026-03-03T09:00:00Z')],
        nextStartsAt: Date.parse('2026-03-03T09:00:00Z'),
        nextEndsAt: Date.parse('2026-03-03T10:30:00Z'),
        recurring: false,
        free: true,
        _geo: { lat: 52.228, lng: 5.19 },
      });
    });

    it('prefers the exact location over the wijk centroid', () => {
      expect(activityDocument(activity({ latitude: 52.2, longitude: 5.2 }), reference, NOW)!._geo).toEqual({ lat: 52.2, lng: 5.2 });
    });

    it('leaves out drafts, cancelled activities and one-offs that are over', () => {
      expect(activityDocument(activity({ status: 'DRAFT' }), reference, NOW)).toBeNull();
      expect(activityDocument(activity({ status: 'CANCELLED' }), reference, NOW)).toBeNull();
      const past = activity({ startsAt: new Date(NOW.getTime() - 3 * DAY), endsAt: new Date(NOW.getTime() - 3 * DAY + 3_600_000) });
      expect(activityDocument(past, reference, NOW)).toBeNull();
    });

    it('keeps a one-off that is under way', () => {
      const running = activity({ startsAt: new Date(NOW.getTime() - 3_600_000), endsAt: new Date(NOW.getTime() + 3_600_000) });
      expect(activityDocument(running, reference, NOW)!.dates).toEqual([NOW.getTime() - 3_600_000]);
    });

    it('indexes the coming dates of a recurring activity, in Dutch local time', () => {
      const weekly = activity({
        startsAt: new Date('2026-01-06T09:00:00Z'), // a Tuesday, 10:00 in Amsterdam
        endsAt: null,
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
        durationMinutes: 90,
      });
      const document = activityDocument(weekly, reference, NOW)!;
      expect(document.recurring).toBe(true);
      expect(document.dates.length).toBeGreaterThanOrEqual(13);
      expect(document.dates.every((d) => d >= NOW.getTime() && d <= NOW.getTime() + INDEXED_DAYS_AHEAD * DAY)).toBe(true);
      expect(new Date(document.dates[0]).toISOString()).toBe('2026-03-03T09:00:00.000Z');
      // After the switch to summer time (29 March) 10:00 local is 08:00 UTC.
      expect(document.dates.map((d) => new Date(d).toISOString())).toContain('2026-03-31T08:00:00.000Z');
      expect(document.nextEndsAt - document.nextStartsAt).toBe(90 * 60_000);
    });

    it('expands a schedule shared by several series once, and gives each its own dates', () => {
      const memo = new Map();
      const weekly = { endsAt: null, rrule: 'FREQ=WEEKLY;BYDAY=TU', durationMinutes: 90, startsAt: new Date('2026-01-06T09:00:00Z') };
      const first = activityDocument(activity(weekly), reference, NOW, memo)!;
      const second = activityDocument(activity({ ...weekly, id: 'other' }), reference, NOW, memo)!;
      expect(memo.size).toBe(1);
      expect(second.dates).toEqual(first.dates);
      expect(second.dates).not.toBe(first.dates);
      expect(activityDocument(activity({ ...weekly, durationMinutes: 60 }), reference, NOW, memo)!.nextEndsAt - first.nextStartsAt).toBe(3_600_000);
      expect(memo.size).toBe(2);
    });

    it('leaves out a series that has ended, and starts the window at the first date of one that has not begun', () => {
      const ended = activity({ endsAt: null, rrule: 'FREQ=WEEKLY', durationMinutes: 60, startsAt: new Date('2025-01-07T09:00:00Z'), until: new Date('2025-06-01T00:00:00Z') });
      expect(activityDocument(ended, reference, NOW)).toBeNull();
      const later = activity({ endsAt: null, rrule: 'FREQ=WEEKLY', durationMinutes: 60, startsAt: new Date('2026-09-01T08:00:00Z') });
      expect(activityDocument(later, reference, NOW)!.nextStartsAt).toBe(Date.parse('2026-09-01T08:00:00Z'));
    });

    it('strips the highlight markers from stored text so snippets cannot be forged', () => {
      const forged = activity({ title: `Gratis ${HIGHLIGHT_PRE}koffie${HIGHLIGHT_POST}` });
      expect(activityDocument(forged, reference, NOW)!.title).toBe('Gratis koffie');
    });
  });

  describe('organisations', () => {
    const organisation: OrganisationSource = {
      id: '33333333-3333-4333-8333-333333333333',
      status: 'APPROVED',
      name: 'Buurthuis De Geus',
      kind: 'COMMUNITY_CENTRE',
      description: 'Het buurthuis van Oost.',
      wijkCodes: ['WK040202', 'WK040201'],
      website: 'https://degeus.example.nl',
    };

    it('maps an approved organisation without its email or phone', () => {
      const withContact = { ...organisation, email: 'info@degeus.example.nl', phone: '035 123', createdBy: 'x' } as OrganisationSource;
      const document = organisationDocument(withContact, reference)!;
      expect(Object.keys(document).sort()).toEqual(ORGANISATION_KEYS);
      expect(document).toMatchObject({
        type: 'ORGANISATION',
        wijkCode: ['WK040202', 'WK040201'],
        wijkName: ['Hilversum Oost', 'Centrum'],
        kindLabel: 'Buurthuis, wijkcentrum / Community centre',
        _geo: { lat: 52.228, lng: 5.19 },
      });
    });

    it('leaves out organisations waiting for approval', () => {
      expect(organisationDocument({ ...organisation, status: 'PENDING' }, reference)).toBeNull();
    });
  });

  describe('posts', () => {
    const post: PostSource = {
      id: '44444444-4444-4444-8444-444444444444',
      status: 'OPEN',
      kind: 'REQUEST',
      title: 'Wie wandelt er mee?',
      text: 'Op dinsdag een uurtje lopen.',
      tags: ['wandelen'],
      wijkCode: 'WK040201',
      expiresAt: new Date(NOW.getTime() + 10 * DAY),
      createdAt: new Date(NOW.getTime() - DAY),
    };

    it('maps an open post without anything of its author', () => {
      const withAuthor = { ...post, authorId: '55555555-5555-4555-8555-555555555555', authorDisplayName: 'Anna de Vries', email: 'anna@example.nl' } as PostSource;
      const document = postDocument(withAuthor, reference, NOW)!;
      expect(Object.keys(document).sort()).toEqual(POST_KEYS);
      expect(JSON.stringify(document)).not.toMatch(/Anna|5555|example\.nl/);
      expect(document).toMatchObject({ type: 'POST', kind: 'REQUEST', description: 'Op dinsdag een uurtje lopen.', wijkName: 'Centrum' });
    });

    it('leaves out matched, closed, expired and overdue posts', () => {
      for (const status of ['MATCHED', 'CLOSED', 'EXPIRED']) expect(postDocument({ ...post, status }, reference, NOW)).toBeNull();
      expect(postDocument({ ...post, expiresAt: new Date(NOW.getTime() - 1) }, reference, NOW)).toBeNull();
    });
  });
});
