import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AuthService, Role } from '@buurtbrug/auth';
import { STANDARD_TAGS, TagsService } from '@buurtbrug/tags';
import { WijkImportService } from '@buurtbrug/wijken';
import { isObjectType } from 'graphql';
import { DataSource } from 'typeorm';
import { gql, login } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** HOME and NEXT are neighbours (about 1.3 km), FAR is 30 km away. */
const HOME = 'WK090101';
const NEXT = 'WK090102';
const FAR = 'WK090103';
const PASSWORD = 'een-goed-wachtwoord';

const POST_FIELDS = 'id kind title text tags wijkCode wijkName status expiresAt authorName isMine';
const CREATE = `mutation($input: CreatePostInput!, $onBehalfOf: ID) { createPost(input: $input, onBehalfOf: $onBehalfOf) { ${POST_FIELDS} } }`;
const POSTS = `query($filter: FilterPostsInput, $first: Int, $after: String) {
  posts(filter: $filter, first: $first, after: $after) { nodes { ${POST_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
const POST = `query($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`;

describe('posts (offers and requests) over GraphQL', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  /** Registers a resident over GraphQL and, with a wijk, saves their profile there. */
  async function resident(name: string, email: string, wijkCode?: string): Promise<void> {
    const registered = await gql(t.url, 'mutation($input: RegisterInput!) { register(input: $input) { token account { id } } }', {
      input: { email, password: PASSWORD, displayName: name },
    });
    expect(registered.errors).toBeUndefined();
    tokens[email] = registered.data!.register.token;
    ids[email] = registered.data!.register.account.id;
    if (!wijkCode) return;
    const profile = await gql(
      t.url,
      'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { wijkCode } }',
      { input: { wijkCode, consents: { profileProcessing: true } } },
      tokens[email],
    );
    expect(profile.errors).toBeUndefined();
  }

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    const report = await t.app.get(WijkImportService).importCsv(
      [
        'wijkcode,wijknaam,gemeentecode,gemeentenaam,buurtcode,buurtnaam,postcode,lat,lon',
        `${HOME},Dorp,GM0901,Proefstad,,,,52.1000,5.1000`,
        `${NEXT},Veld,GM0901,Proefstad,,,,52.1100,5.1100`,
        `${FAR},Verweg,GM0901,Proefstad,,,,52.3000,5.5000`,
      ].join('\n'),
    );
    expect(report.errors).toEqual([]);
    await t.app.get(TagsService).upsertMany(STANDARD_TAGS);

    await resident('Anna de Vries', 'anna@example.nl', HOME);
    await resident('Bert', 'bert@example.nl', NEXT);
    await resident('Carla', 'carla@example.nl', FAR);
    await resident('Nora', 'nora@example.nl');
    const auth = t.app.get(AuthService);
    await auth.createAccount({ email: 'kees@example.nl', password: PASSWORD, displayName: 'Kees', role: Role.PROVIDER, organisationId: null });
    await auth.createAccount({ email: 'fatima@example.nl', password: PASSWORD, displayName: 'Fatima', role: Role.SOCIAL_WORKER, wijkCodes: [HOME] });
    tokens.provider = await login(t.url, 'kees@example.nl', PASSWORD);
    tokens.socialWorker = await login(t.url, 'fatima@example.nl', PASSWORD);
  });
  afterAll(() => t.close());

  it('gives the Post type no way to reach its author: no email, no account id, no contact', () => {
    const post = t.app.get(GraphQLSchemaHost).schema.getType('Post');
    if (!isObjectType(post)) throw new Error('Post is not an object type');
    const fields = Object.keys(post.getFields()).sort();
    expect(fields).toEqual(
      ['authorName', 'createdAt', 'expiresAt', 'id', 'isMine', 'kind', 'status', 'tags', 'text', 'title', 'updatedAt', 'wijkCode', 'wijkName'].sort(),
    );
  });

  describe('a resident posts and the neighbourhood sees it', () => {
    let postId: string;

    beforeAll(async () => {
      const created = await gql(
        t.url,
        CREATE,
        { input: { kind: 'OFFER', title: '  Ik help graag met de computer ', text: 'Op dinsdagmiddag, bij jou thuis.', tags: ['computer', 'Tablet'] } },
        tokens['anna@example.nl'],
      );
      expect(created.errors).toBeUndefined();
      postId = created.data!.createPost.id;
      expect(created.data!.createPost).toMatchObject({
        title: 'Ik help graag met de computer',
        wijkCode: HOME,
        wijkName: 'Dorp',
        status: 'OPEN',
        tags: ['computerhulp'],
        authorName: 'Anna',
        isMine: true,
      });
    });

    it('shows it to a resident of a neighbouring wijk, by first name only and without contact details', async () => {
      const res = await gql(t.url, POSTS, {}, tokens['bert@example.nl']);
      expect(res.errors).toBeUndefined();
      const seen = res.data!.posts.nodes.find((p: { id: string }) => p.id === postId);
      expect(seen).toMatchObject({ authorName: 'Anna', isMine: false, wijkCode: HOME, title: 'Ik help graag met de computer' });
      const body = JSON.stringify(res.data);
      expect(body).not.toContain('anna@example.nl');
      expect(body).not.toContain(ids['anna@example.nl']);
      expect(body).not.toContain('de Vries');

      const one = await gql(t.url, POST, { id: postId }, tokens['bert@example.nl']);
      expect(one.data!.post).toMatchObject({ id: postId, authorName: 'Anna', isMine: false });
    });

    it('does not show it to a resident of a far wijk', async () => {
      const res = await gql(t.url, POSTS, {}, tokens['carla@example.nl']);
      expect(res.errors).toBeUndefined();
      expect(res.data!.posts.nodes.map((p: { id: string }) => p.id)).not.toContain(postId);
      const one = await gql(t.url, POST, { id: postId }, tokens['carla@example.nl']);
      expect(one.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('filters by kind and tag, and lists the author’s own posts in myPosts', async () => {
      const offers = await gql(t.url, POSTS, { filter: { kind: 'OFFER', tags: ['computer help'] } }, tokens['bert@example.nl']);
      expect(offers.data!.posts.nodes.map((p: { id: string }) => p.id)).toContain(postId);
      const requests = await gql(t.url, POSTS, { filter: { kind: 'REQUEST' } }, tokens['bert@example.nl']);
      expect(requests.data!.posts.nodes.map((p: { id: string }) => p.id)).not.toContain(postId);
      const mine = await gql(t.url, `{ myPosts { nodes { id isMine } } }`, undefined, tokens['anna@example.nl']);
      expect(mine.data!.myPosts.nodes).toContainEqual({ id: postId, isMine: true });
    });

    it('lets only the author change it; closing twice is fine; a closed post cannot be extended', async () => {
      const hijack = await gql(t.url, 'mutation($id: ID!) { updatePost(id: $id, input: { title: "Van mij" }) { id } }', { id: postId }, tokens['bert@example.nl']);
      expect(hijack.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const changed = await gql(
        t.url,
        'mutation($id: ID!) { updatePost(id: $id, input: { text: "Ook op donderdag." }) { text } }',
        { id: postId },
        tokens['anna@example.nl'],
      );
      expect(changed.data!.updatePost.text).toBe('Ook op donderdag.');

      const extended = await gql(t.url, 'mutation($id: ID!) { extendPost(id: $id) { status expiresAt } }', { id: postId }, tokens['anna@example.nl']);
      expect(extended.data!.extendPost.status).toBe('OPEN');

      for (let i = 0; i < 2; i++) {
        const closed = await gql(t.url, 'mutation($id: ID!) { closePost(id: $id) { status } }', { id: postId }, tokens['anna@example.nl']);
        expect(closed.data!.closePost.status).toBe('CLOSED');
      }
      const again = await gql(t.url, 'mutation($id: ID!) { extendPost(id: $id) { status } }', { id: postId }, tokens['anna@example.nl']);
      expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(again.errors?.[0].message).toMatch(/gesloten.*closed/s);
      const gone = await gql(t.url, POST, { id: postId }, tokens['bert@example.nl']);
      expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('includes the post in the author’s exportMyData', async () => {
      const res = await gql(t.url, 'mutation { exportMyData }', undefined, tokens['anna@example.nl']);
      const document = JSON.parse(res.data!.exportMyData) as { posts: { id: string }[] };
      expect(document.posts.map((p) => p.id)).toContain(postId);
    });
  });

  it('refuses createPost to a provider with FORBIDDEN, and to anonymous callers with UNAUTHENTICATED', async () => {
    const input = { kind: 'OFFER', title: 'Gratis cursus bij de bibliotheek' };
    const provider = await gql(t.url, CREATE, { input }, tokens.provider);
    expect(provider.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await gql(t.url, CREATE, { input });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const board = await gql(t.url, POSTS, {}, tokens.provider);
    expect(board.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('asks a resident without a profile to fill it in first', async () => {
    const res = await gql(t.url, CREATE, { input: { kind: 'REQUEST', title: 'Wie wil er samen koken?' } }, tokens['nora@example.nl']);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('Vul eerst je profiel in');
  });

  it('names every bad field, and a malformed id is bad input rather than a server error', async () => {
    const res = await gql(t.url, CREATE, { input: { kind: 'OFFER', title: 'ab', text: 'x'.repeat(1001), wijkCode: 'nope' } }, tokens['anna@example.nl']);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(['text', 'title', 'wijkCode']);
    const badId = await gql(t.url, POST, { id: 'not-a-uuid' }, tokens['anna@example.nl']);
    expect(badId.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets a social worker post for a resident registered on their behalf, who then shows up in the wijk', async () => {
    const intake = await gql(
      t.url,
      'mutation($input: CreateResidentOnBehalfInput!) { createResidentOnBehalf(input: $input) { userId } }',
      { input: { displayName: 'Gerrit', wijkCode: HOME, consent: { profileProcessing: true, method: 'SPOKEN' } } },
      tokens.socialWorker,
    );
    expect(intake.errors).toBeUndefined();
    const gerrit = intake.data!.createResidentOnBehalf.userId;

    const withoutWhom = await gql(t.url, CREATE, { input: { kind: 'REQUEST', title: 'Wie gaat er mee wandelen?' } }, tokens.socialWorker);
    expect(withoutWhom.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const forAnna = await gql(t.url, CREATE, { input: { kind: 'REQUEST', title: 'Wie gaat er mee wandelen?' }, onBehalfOf: ids['anna@example.nl'] }, tokens.socialWorker);
    expect(forAnna.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const created = await gql(
      t.url,
      CREATE,
      { input: { kind: 'REQUEST', title: 'Wie gaat er mee wandelen?', tags: ['wandelen'] }, onBehalfOf: gerrit },
      tokens.socialWorker,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPost).toMatchObject({ authorName: 'Gerrit', wijkCode: HOME, isMine: false });
    const board = await gql(t.url, POSTS, { filter: { tags: ['wandelen'] } }, tokens['bert@example.nl']);
    expect(board.data!.posts.nodes.map((p: { id: string }) => p.id)).toContain(created.data!.createPost.id);
  });

  it('drops an erased resident’s posts from the board and queues their search deletes', async () => {
    await resident('Eva', 'eva@example.nl', HOME);
    const created = await gql(t.url, CREATE, { input: { kind: 'OFFER', title: 'Ik kan goed naaien' } }, tokens['eva@example.nl']);
    const postId = created.data!.createPost.id;
    const erased = await gql(t.url, 'mutation { eraseMe(confirm: true) }', undefined, tokens['eva@example.nl']);
    expect(erased.data).toEqual({ eraseMe: true });
    const board = await gql(t.url, POSTS, {}, tokens['bert@example.nl']);
    expect(board.data!.posts.nodes.map((p: { id: string }) => p.id)).not.toContain(postId);
    const outbox = (await t.app.get(DataSource).query(`SELECT op FROM search_outbox WHERE kind = 'post' AND entity_id = $1 ORDER BY seq`, [postId])) as {
      op: string;
    }[];
    expect(outbox.map((row) => row.op)).toEqual(['upsert', 'delete']);
  });
});
