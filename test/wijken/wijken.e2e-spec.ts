import { AuthService, Role } from '@buurtbrug/auth';
import { STANDARD_TAGS } from '@buurtbrug/tags';
import { readHilversumWijkenCsv } from '@buurtbrug/wijken';
import { gql, login } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const IMPORT = `mutation($csv: String!) {
  importWijken(csv: $csv) { imported updated unchanged wijken buurten postcodes errors { line field message } }
}`;
const WIJKEN = `query($municipalityCode: String) {
  wijken(municipalityCode: $municipalityCode) { code name municipalityCode lat lon buurten { code name wijkCode } postcodes neighbours }
}`;

describe('wijken and tags over GraphQL', () => {
  let t: TestApp;
  let adminToken: string;
  let residentToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    const auth = t.app.get(AuthService);
    await auth.createAccount({ email: 'beheer@example.nl', password: 'een-goed-wachtwoord', displayName: 'Beheer', role: Role.ADMIN });
    await auth.createAccount({ email: 'anna@example.nl', password: 'een-goed-wachtwoord', displayName: 'Anna', role: Role.RESIDENT });
    adminToken = await login(t.url, 'beheer@example.nl', 'een-goed-wachtwoord');
    residentToken = await login(t.url, 'anna@example.nl', 'een-goed-wachtwoord');
  });
  afterAll(() => t.close());

  it('refuses importWijken to a resident (FORBIDDEN) and to an anonymous caller, and imports nothing', async () => {
    const csv = await readHilversumWijkenCsv();
    const asResident = await gql(t.url, IMPORT, { csv }, residentToken);
    expect(asResident.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await gql(t.url, IMPORT, { csv });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const after = await gql(t.url, WIJKEN);
    expect(after.data?.wijken).toEqual([]);
  });

  it('reports every bad line of an admin import and imports nothing', async () => {
    const csv = [
      'wijkcode,wijknaam,gemeentecode,gemeentenaam,lat,lon',
      'WK040201,Centrum,GM0402,Hilversum,52.2245,5.1745',
      'WK040202,Hilversum Oost,GM0402,Hilversum,5.1935,52.2285',
      'WK04020,Noordoost,GM0402,Hilversum,52.2395,5.1880',
    ].join('\n');
    const res = await gql(t.url, IMPORT, { csv }, adminToken);
    expect(res.errors).toBeUndefined();
    expect(res.data?.importWijken).toMatchObject({ imported: 0, updated: 0 });
    expect(res.data?.importWijken.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [3, 'lat'],
      [3, 'lon'],
      [4, 'wijkcode'],
    ]);
    expect((await gql(t.url, WIJKEN)).data?.wijken).toEqual([]);
  });

  it('refuses an empty file as bad input, naming the argument', async () => {
    const res = await gql(t.url, IMPORT, { csv: '' }, adminToken);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('csv');
  });

  it('imports the Hilversum file as admin, and a second time changes nothing', async () => {
    const csv = await readHilversumWijkenCsv();
    const first = await gql(t.url, IMPORT, { csv }, adminToken);
    expect(first.errors).toBeUndefined();
    expect(first.data?.importWijken).toEqual({ imported: 56, updated: 0, unchanged: 0, wijken: 10, buurten: 30, postcodes: 16, errors: [] });
    const again = await gql(t.url, IMPORT, { csv }, adminToken);
    expect(again.data?.importWijken).toMatchObject({ imported: 0, updated: 0, unchanged: 56, errors: [] });
  });

  it('shows wijken with buurten, postcodes and neighbours to anyone', async () => {
    const res = await gql(t.url, WIJKEN, { municipalityCode: 'GM0402' });
    expect(res.errors).toBeUndefined();
    const wijken = res.data?.wijken as { code: string; name: string; buurten: { code: string }[]; postcodes: string[]; neighbours: string[] }[];
    expect(wijken).toHaveLength(10);
    const oost = wijken.find((w) => w.code === 'WK040202')!;
    expect(oost.name).toBe('Hilversum Oost');
    expect(oost.buurten.map((b) => b.code)).toEqual(['BU04020201', 'BU04020202', 'BU04020203']);
    expect(oost.postcodes).toEqual(['1214', '1221']);
    expect(oost.neighbours[0]).toBe('WK040210');
    expect(oost.neighbours).not.toContain('WK040202');
    expect((await gql(t.url, WIJKEN, { municipalityCode: 'GM0363' })).data?.wijken).toEqual([]);
  });

  it('shows one wijk, finds a wijk by postcode and says NOT_FOUND for an unknown code', async () => {
    const one = await gql(t.url, '{ wijk(code: "WK040201") { name neighbours buurten { name } } }');
    expect(one.data?.wijk.name).toBe('Centrum');
    expect(one.data?.wijk.buurten).toHaveLength(3);
    const byPostcode = await gql(t.url, '{ wijkForPostcode(postcode: "1214 AB") { code name } }');
    expect(byPostcode.data?.wijkForPostcode).toEqual({ code: 'WK040202', name: 'Hilversum Oost' });
    const nowhere = await gql(t.url, '{ wijkForPostcode(postcode: "9999") { code } }');
    expect(nowhere.data?.wijkForPostcode).toBeNull();
    const unknown = await gql(t.url, '{ wijk(code: "WK999999") { name } }');
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const malformed = await gql(t.url, '{ wijk(code: "Centrum") { name } }');
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  describe('tags', () => {
    const UPSERT = 'mutation($input: UpsertTagInput!) { upsertTag(input: $input) { slug labelNl labelEn synonyms category } }';
    const slugsOf = (res: { data?: Record<string, any> | null }) => (res.data!.tags as { slug: string }[]).map((tag) => tag.slug);

    it('has the standard taxonomy in a freshly migrated database without demo data', async () => {
      const all = await gql(t.url, '{ tags { slug labelNl labelEn synonyms category } }');
      expect(all.errors).toBeUndefined();
      expect(all.data?.tags).toHaveLength(STANDARD_TAGS.length);
      expect(all.data?.tags).toContainEqual({
        slug: 'wandelen',
        labelNl: 'Wandelen',
        labelEn: 'Walking',
        synonyms: ['lopen', 'wandeling', 'een stukje lopen', 'walking', 'hiking', 'stroll'],
        category: 'INTEREST',
      });
      const talents = await gql(t.url, '{ tags(category: TALENT) { slug } }');
      expect(slugsOf(talents)).toEqual(expect.arrayContaining(['computerhulp', 'koken']));
      expect(slugsOf(talents)).not.toContain('wandelen');
    });

    it('lets an admin add and change tags, refuses a resident, and shows tags to anyone by category', async () => {
      const input = { slug: 'wandelen', labelNl: 'Wandelen', labelEn: 'Walking', synonyms: ['Lopen', 'hiking'], category: 'INTEREST' };
      const asResident = await gql(t.url, UPSERT, { input }, residentToken);
      expect(asResident.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const changed = await gql(t.url, UPSERT, { input }, adminToken);
      expect(changed.data?.upsertTag).toEqual({ ...input, synonyms: ['lopen', 'hiking'] });
      const created = await gql(t.url, UPSERT, { input: { slug: 'hardlopen', labelNl: 'Hardlopen', labelEn: 'Running', category: 'TALENT' } }, adminToken);
      expect(created.errors).toBeUndefined();

      const all = await gql(t.url, '{ tags { slug synonyms } }');
      expect(all.data?.tags).toHaveLength(STANDARD_TAGS.length + 1);
      expect(all.data?.tags).toContainEqual({ slug: 'wandelen', synonyms: ['lopen', 'hiking'] });
      const interests = await gql(t.url, '{ tags(category: INTEREST) { slug category } }');
      expect(interests.data?.tags).toEqual(expect.arrayContaining([{ slug: 'koken', category: 'BOTH' }, { slug: 'wandelen', category: 'INTEREST' }]));
      expect(slugsOf(interests)).not.toContain('hardlopen');
    });

    it('refuses a bad slug and a name another tag already has', async () => {
      const badSlug = await gql(t.url, UPSERT, { input: { slug: 'Hard Lopen', labelNl: 'Hardlopen', labelEn: 'Running', category: 'INTEREST' } }, adminToken);
      expect(badSlug.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(badSlug.errors?.[0].extensions?.fields?.[0].field).toBe('slug');
      const taken = await gql(t.url, UPSERT, { input: { slug: 'struinen', labelNl: 'Struinen', labelEn: 'Rambling', synonyms: ['lopen'], category: 'INTEREST' } }, adminToken);
      expect(taken.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(taken.errors?.[0].extensions?.fields).toEqual([{ field: 'synonyms', message: '"lopen" already means wandelen' }]);
    });

    it('lets only an admin delete a tag', async () => {
      const asResident = await gql(t.url, 'mutation { deleteTag(slug: "koken") { slug } }', undefined, residentToken);
      expect(asResident.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const deleted = await gql(t.url, 'mutation { deleteTag(slug: "koken") { slug } }', undefined, adminToken);
      expect(deleted.data?.deleteTag).toEqual({ slug: 'koken' });
      const again = await gql(t.url, 'mutation { deleteTag(slug: "koken") { slug } }', undefined, adminToken);
      expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const left = slugsOf(await gql(t.url, '{ tags { slug } }'));
      expect(left).not.toContain('koken');
      expect(left).toEqual(expect.arrayContaining(['computerhulp', 'hardlopen', 'wandelen']));
    });
  });
});
