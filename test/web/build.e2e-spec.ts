import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import request from 'supertest';
import { printApiSchema } from '../../apps/api/src/web/api-schema.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { startWebApp, WEB_DIST } from './support/web-app.js';

const SCHEMA_FILE = path.resolve('apps/web/schema.graphql');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/**
 * The built web app as shipped: its schema is the API's schema (so codegen typed the right
 * operations), its bundle never says the taboo word, and the API serves it with an SPA
 * fallback that leaves GraphQL, health and calendar feeds alone.
 */
describe('web app: build and serving', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startWebApp();
  });
  afterAll(() => t?.close());

  it('the committed apps/web/schema.graphql is the schema the code builds (run npm run schema:print)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    expect(await printApiSchema()).toBe(committed);
  });

  it('and it is the schema the running API serves', async () => {
    // The schema object Apollo executes against (full introspection over HTTP exceeds the depth limit).
    const served = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    expect(`${served}\n`).toBe(await readFile(SCHEMA_FILE, 'utf8'));
  });

  it('never contains the word "eenzaam" (nor "lonely") anywhere in the built bundle', async () => {
    const files = await filesUnder(WEB_DIST);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    const offending: string[] = [];
    for (const file of files) {
      if (!/\.(js|css|html|json|map|txt|svg)$/.test(file)) continue;
      if (/eenzaam|lonely/i.test(await readFile(file, 'utf8'))) offending.push(path.relative(WEB_DIST, file));
    }
    expect(offending).toEqual([]);
  });

  it('serves index.html at / and at any app route, in Dutch by default', async () => {
    for (const route of ['/', '/login', '/agenda/WK040201/print?week=2026-W10', '/deeply/nested/route']) {
      const res = await request(t.url).get(route).set('accept', 'text/html');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('<html lang="nl">');
      expect(res.text).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache life', async () => {
    const html = (await request(t.url).get('/')).text;
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const res = await request(t.url).get(script!);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('leaves /graphql, /health and /calendar to the API', async () => {
    const graphiql = await request(t.url).get('/graphql').set('accept', 'text/html');
    expect(graphiql.text).not.toContain('<div id="root">');
    const health = await request(t.url).get('/health');
    expect(health.headers['content-type']).toMatch(/json/);
    const calendar = await request(t.url).get('/calendar/unknown.ics');
    expect(calendar.text).not.toContain('<div id="root">');
    const post = await request(t.url).post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' });
    expect(post.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('does not serve the web app when SERVE_WEB=false', async () => {
    const apiOnly = await startTestApp({ SERVE_WEB: 'false' });
    try {
      const res = await request(apiOnly.url).get('/login').set('accept', 'text/html');
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('<div id="root">');
    } finally {
      await apiOnly.close();
    }
  });
});
