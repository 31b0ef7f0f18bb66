import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../support/test-app.js';
import { axeViolations, type Language, launchBrowser, newContext, screenshot, settled, signIn, tabTo, watchProblems } from './support/browser.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoIds, demoIds } from './support/demo.js';
import { startWebApp } from './support/web-app.js';

const PASSWORD = 'een-goed-wachtwoord';

async function graphql(context: BrowserContext, query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await context.request.post('/graphql', { headers: { 'content-type': 'application/json' }, data: { query, variables } });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/**
 * The questionnaire ("mensen om je heen") by keyboard for a new resident, the social worker's
 * view of a resident's questionnaires, and the admin's wijk dashboard with its CSV, on the demo
 * city; axe (WCAG 2.1 AA) on each page in Dutch and English.
 */
describe('web app: questionnaire and wijk dashboard', () => {
  let t: TestApp;
  let browser: Browser;
  let ids: DemoIds;

  beforeAll(async () => {
    t = await startWebApp({ demo: true });
    ids = await demoIds(t.url);
    browser = await launchBrowser();
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a new resident answers the six questions with the keyboard, gives consent and sees the scores', async () => {
    const context = await newContext(browser, t.url, 'nl');
    await graphql(context, 'mutation($input: RegisterInput!) { register(input: $input) { expiresAt } }', {
      input: { email: 'vragenlijst@web.test', password: PASSWORD, displayName: 'Vera' },
    });
    await graphql(context, 'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { userId } }', {
      input: { wijkCode: 'WK040201', consents: { profileProcessing: true } },
    });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto('/questionnaire');
    await settled(page);
    expect(await page.locator('h1').innerText()).toBe('Vragenlijst: mensen om je heen');
    expect(await axeViolations(page)).toEqual([]);

    // Sending without answers: the error summary takes focus and names each question and the consent.
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Antwoorden opslaan');
    await page.keyboard.press('Enter');
    await page.locator('.bb-error-summary:focus').waitFor();
    const summary = await page.locator('.bb-error-summary').innerText();
    expect(summary).toContain('Kies een antwoord bij de vraag: 1. Ik ervaar een leegte om me heen');
    expect(summary).toContain('Zet een vinkje bij toestemming');
    expect(await axeViolations(page)).toEqual([]);

    // 1 nee, 2 min of meer, 3 nee, 4 ja, 5 min of meer, 6 ja.
    await tabTo(page, (el) => el.id === 'q-emptiness');
    await press(page, 'ArrowDown', 2);
    await tabTo(page, (el) => el.id === 'q-missPeople');
    await press(page, 'ArrowDown');
    await tabTo(page, (el) => el.id === 'q-abandoned');
    await press(page, 'ArrowDown', 2);
    await tabTo(page, (el) => el.id === 'q-canRelyOn');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.id === 'q-trustFully');
    await press(page, 'ArrowDown');
    await tabTo(page, (el) => el.id === 'q-closeTo');
    await page.keyboard.press('Space');
    expect(await page.locator('#q-emptiness-NO').isChecked()).toBe(true);
    expect(await page.locator('#q-missPeople-MORE_OR_LESS').isChecked()).toBe(true);
    expect(await page.locator('#q-closeTo').isChecked()).toBe(true);
    await tabTo(page, (el) => el.id === 'q-consent');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Antwoorden opslaan');
    await page.keyboard.press('Enter');

    const thanks = page.getByText('Dank je wel! Je antwoorden zijn opgeslagen.');
    await Promise.race([thanks.waitFor(), page.locator('.bb-error-summary').waitFor()]);
    if (await page.locator('.bb-error-summary').count()) throw new Error(`not saved: ${await page.locator('.bb-error-summary').innerText()}`);
    // The confirmation takes focus, so a screen reader user hears it.
    expect(await page.evaluate(`document.activeElement?.innerText?.trim() ?? ''`)).toContain('Dank je wel!');
    await page.getByText(/Vanaf .* kun je hem de tweede keer invullen/).waitFor();
    const results = await page.locator('table').innerText();
    expect(results).toContain('Min of meer');
    expect(results).toMatch(/Totaal\s+2 van 6/);
    expect(await page.locator('form').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'journey-nl-vragenlijst-ingevuld');
    expect(problems.errors).toEqual([]);

    // The API holds what the screen showed.
    const mine = await graphql(context, '{ myMeasurements { moment emotionalScore socialScore totalScore method } }', {});
    expect(mine.myMeasurements).toEqual([{ moment: 'T0', emotionalScore: 1, socialScore: 1, totalScore: 2, method: 'SELF' }]);
    await context.close();
  }, 120_000);

  for (const language of ['nl', 'en'] as Language[]) {
    it(`the three pages pass axe in ${language}`, async () => {
      const visits: [keyof typeof DEMO_ACCOUNTS, string][] = [
        ['resident', '/questionnaire'],
        ['socialWorker', `/social/residents/${ids.residentId}/questionnaire`],
        ['admin', '/admin/dashboard'],
      ];
      const failures: string[] = [];
      for (const [audience, path] of visits) {
        const context = await newContext(browser, t.url, language);
        await signIn(context, DEMO_ACCOUNTS[audience], DEMO_PASSWORD);
        const page = await context.newPage();
        const problems = watchProblems(page);
        await page.goto(path);
        await settled(page);
        const text = await page.locator('body').innerText();
        if (/eenzaam|lonel/i.test(text)) failures.push(`${path}: taboo word`);
        if (/\b(measurement|dashboard)\.[A-Za-z]/.test(text)) failures.push(`${path}: untranslated key`);
        const violations = await axeViolations(page);
        if (violations.length) failures.push(`${path}:\n  ${violations.join('\n  ')}`);
        if (problems.errors.length) failures.push(`${path}: ${problems.errors.join(', ')}`);
        await context.close();
      }
      expect(failures).toEqual([]);
    }, 120_000);
  }

  it('the admin chooses a wijk by keyboard; the table hides small cells and the CSV download matches it', async () => {
    const context = await newContext(browser, t.url, 'nl');
    await signIn(context, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    const page = await context.newPage();
    await page.goto('/admin/dashboard');
    await settled(page);
    await page.locator('#wijk-stats-table').waitFor();
    expect(await page.locator('#wijk-stats-table tbody tr').count()).toBeGreaterThan(1);
    // The chart is decoration next to the table that holds the same figures.
    expect(await page.locator('.bb-chart').first().getAttribute('aria-hidden')).toBe('true');

    await tabTo(page, (el) => el.id === 'dashboard-wijk');
    await page.keyboard.type('Centrum');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Cijfers tonen');
    await page.keyboard.press('Enter');
    await page.waitForFunction(`document.querySelectorAll('#wijk-stats-table tbody tr').length === 1`);
    const cells = await page.locator('#wijk-stats-table tbody tr td').allInnerTexts();
    expect(cells).toContain('<10');
    // The demo gives Centrum enough people for figures to show.
    expect(cells.some((c) => /^[+-]?\d/.test(c))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'nl-admin-wijkcijfers-centrum');

    const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    const csv = await context.request.get(href!);
    expect(csv.status()).toBe(200);
    const [header, ...rows] = parse(await csv.text()) as string[][];
    const headings = await page.locator('#wijk-stats-table thead th').allInnerTexts();
    expect(header.slice(2)).toEqual(headings.slice(1));
    const wijkName = await page.locator('#wijk-stats-table tbody th').innerText();
    expect(rows).toEqual([[expect.stringMatching(/^WK/), wijkName, ...cells]]);
    await context.close();

    // Anyone else gets no CSV.
    const resident = await newContext(browser, t.url, 'nl');
    await signIn(resident, DEMO_ACCOUNTS.resident, DEMO_PASSWORD);
    expect((await resident.request.get(href!)).status()).toBe(403);
    await resident.close();
  }, 120_000);
});
