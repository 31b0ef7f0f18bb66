import type { Browser, Page } from 'playwright-core';
import { gql, login } from '../support/graphql-client.js';
import type { TestApp } from '../support/test-app.js';
import { axeViolations, launchBrowser, newContext, screenshot, settled, signIn, tabTo, watchProblems } from './support/browser.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './support/demo.js';
import { startWebApp } from './support/web-app.js';

async function noAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * Proposals in Chromium on the demo city (the demo seed runs matching once): a resident answers
 * one by keyboard; a new proposal arrives live over graphql-ws while the page is open; a social
 * worker passes a curated proposal on.
 */
describe('web app: proposals, live', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startWebApp({ demo: true });
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('resident: says yes to a proposal by keyboard', async () => {
    const context = await newContext(browser, t.url, 'nl');
    await signIn(context, DEMO_ACCOUNTS.resident, DEMO_PASSWORD);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto('/proposals');
    await settled(page);
    const first = page.locator('[data-testid=open-proposals] > li').first();
    await first.waitFor();
    await noAxeViolations(page);
    const title = (await first.locator('.bb-card__title').innerText()).trim();
    expect(await first.innerText()).toContain('Waarom past dit bij je?');

    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Ja, leuk!');
    await page.keyboard.press('Enter');
    const done = page.locator('.utrecht-alert', { hasText: 'Je hebt ja gezegd.' });
    // An offer-and-request proposal asks for a way to be reached first.
    if (await page.getByRole('button', { name: 'Ja, ik doe mee' }).isVisible().catch(() => false)) {
      await tabTo(page, (el) => el.tag === 'button' && el.name === 'Ja, ik doe mee');
      await page.keyboard.press('Enter');
    }
    await done.waitFor();
    await page.waitForFunction(`document.activeElement?.classList.contains('utrecht-alert')`);
    await screenshot(page, 'journey-nl-voorstel-ja');
    await page.locator('section', { hasText: 'Eerdere voorstellen' }).getByText(title).first().waitFor();
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('resident: a new proposal appears live while the page is open', async () => {
    // A new resident in Centrum who likes walking, with consent for proposals.
    const registered = await gql<{ register: { token: string } }>(
      t.url,
      'mutation { register(input: { email: "live@web.test", password: "een-goed-wachtwoord", displayName: "Lieke" }) { token } }',
    );
    const token = registered.data!.register.token;
    const context = await newContext(browser, t.url, 'en');
    await signIn(context, 'live@web.test', 'een-goed-wachtwoord');
    const page = await context.newPage();
    await page.goto('/proposals');
    await settled(page);
    await page.getByText('There are no new proposals right now.', { exact: false }).waitFor();

    const saved = await gql(
      t.url,
      `mutation { updateMyProfile(input: {
        wijkCode: "WK040201", interests: ["wandelen", "koffie-drinken", "gezelschap"], talents: ["koken"],
        availability: [MON_MORNING, TUE_MORNING, WED_MORNING, THU_MORNING, FRI_MORNING, TUE_AFTERNOON, THU_AFTERNOON, SAT_MORNING],
        travelRadiusKm: 5, consents: { profileProcessing: true, matching: true }
      }) { userId } }`,
      {},
      token,
    );
    expect(saved.errors).toBeUndefined();
    // Matching runs as a job on the profile change and pushes matchProposed over the socket.
    await page.getByTestId('matches-live').getByText('There is a new proposal for you.').waitFor({ timeout: 45_000 });
    await page.locator('[data-testid=open-proposals] > li').first().waitFor();
    await noAxeViolations(page);
    await screenshot(page, 'journey-en-proposal-live');
    await context.close();
  }, 90_000);

  it('resident: after the socket was away, the page catches up with matches(since) and misses nothing', async () => {
    const registered = await gql<{ register: { token: string } }>(
      t.url,
      'mutation { register(input: { email: "terug@web.test", password: "een-goed-wachtwoord", displayName: "Teun" }) { token } }',
    );
    const token = registered.data!.register.token;
    const context = await newContext(browser, t.url, 'nl');
    await signIn(context, 'terug@web.test', 'een-goed-wachtwoord');
    const page = await context.newPage();
    // Stand between the page and the API's graphql-ws endpoint, so the test can lose messages
    // and drop the connection the way a train tunnel or a sleeping laptop does.
    let losing = false;
    let connections = 0;
    const sockets: { close(options?: { code?: number; reason?: string }): Promise<void> }[] = [];
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      connections += 1;
      const server = ws.connectToServer();
      server.onMessage((message) => {
        if (!losing) ws.send(message);
      });
      sockets.push(ws);
    });
    await page.goto('/proposals');
    await settled(page);
    await page.getByText('Er zijn nu geen nieuwe voorstellen.', { exact: false }).waitFor();
    expect(connections).toBeGreaterThan(0);

    losing = true;
    const saved = await gql(
      t.url,
      `mutation { updateMyProfile(input: {
        wijkCode: "WK040201", interests: ["wandelen", "koffie-drinken", "gezelschap"],
        availability: [MON_MORNING, TUE_MORNING, WED_MORNING, THU_MORNING, FRI_MORNING, SAT_MORNING],
        travelRadiusKm: 5, consents: { profileProcessing: true, matching: true }
      }) { userId } }`,
      {},
      token,
    );
    expect(saved.errors).toBeUndefined();
    // Wait until the API has made proposals (the push itself is lost on the way).
    const deadline = Date.now() + 45_000;
    for (;;) {
      const mine = await gql<{ matches: { nodes: unknown[] } }>(t.url, '{ matches(first: 5) { nodes { id } } }', {}, token);
      if ((mine.data?.matches.nodes.length ?? 0) > 0) break;
      if (Date.now() > deadline) throw new Error('no proposals were made');
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(await page.locator('[data-testid=open-proposals] > li').count()).toBe(0);

    losing = false;
    await sockets.at(-1)!.close({ code: 1006, reason: 'gone' });
    // graphql-ws reconnects with backoff; the catch-up query brings what was missed.
    await page.locator('[data-testid=open-proposals] > li').first().waitFor({ timeout: 30_000 });
    expect(connections).toBeGreaterThan(1);
    expect(await page.getByTestId('matches-live').innerText()).toBe('');
    await context.close();
  }, 120_000);

  it('social worker: passes a curated proposal on, with a note, by keyboard', async () => {
    const context = await newContext(browser, t.url, 'nl');
    await signIn(context, DEMO_ACCOUNTS.socialWorker, DEMO_PASSWORD);
    const page = await context.newPage();
    await page.goto('/social/curation');
    await settled(page);
    const countText = await page.locator('.bb-result-count').innerText();
    const before = Number(countText.match(/\d+/)?.[0] ?? 0);
    expect(before).toBeGreaterThan(0);
    await noAxeViolations(page);
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Beslissen');
    await page.keyboard.press('Enter');
    await page.waitForFunction(`document.activeElement?.id?.startsWith('curation-note-')`);
    await page.keyboard.type('Ik ga de eerste keer mee.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Doorsturen naar de inwoner');
    await page.keyboard.press('Enter');
    await page.getByText('Het voorstel is doorgestuurd naar de inwoner.').waitFor();
    await noAxeViolations(page);

    const worker = await login(t.url, DEMO_ACCOUNTS.socialWorker, DEMO_PASSWORD);
    const approved = await gql<{ matches: { nodes: { curationNote: string | null; warmHandover: boolean }[] } }>(
      t.url,
      '{ matches(first: 100) { nodes { curationNote warmHandover } } }',
      {},
      worker,
    );
    expect(approved.data!.matches.nodes).toContainEqual({ curationNote: 'Ik ga de eerste keer mee.', warmHandover: true });
    await context.close();
  });
});
