import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { gql } from '../support/graphql-client.js';
import type { TestApp } from '../support/test-app.js';
import {
  axeViolations,
  focusedId,
  launchBrowser,
  newContext,
  PDF_DIR,
  screenshot,
  settled,
  signIn,
  tabTo,
  waitForHeadingFocus,
  watchProblems,
} from './support/browser.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './support/demo.js';
import { startWebApp } from './support/web-app.js';

const PASSWORD = 'een-goed-wachtwoord';

/** Registers a fresh resident through the API with the context's cookie jar. */
async function registerResident(context: BrowserContext, email: string, displayName: string): Promise<void> {
  const res = await context.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: {
      query: 'mutation($input: RegisterInput!) { register(input: $input) { expiresAt } }',
      variables: { input: { email, password: PASSWORD, displayName } },
    },
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

async function noAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * A resident's journeys in Chromium on the demo city, by keyboard: the profile wizard, the
 * wijkagenda with a sign-up and a cancellation, the printable agenda as an A4 PDF, offers and
 * requests, and "my data" (export and erase).
 */
describe('web app: resident journeys', () => {
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

  it('fills in the profile wizard step by step with the keyboard, and saves it with consent', async () => {
    const context = await newContext(browser, t.url, 'nl');
    await registerResident(context, 'wizard@web.test', 'Wim');
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto('/profile');
    await settled(page);
    await noAxeViolations(page);
    await tabTo(page, (el) => el.tag === 'a' && el.name === 'Beginnen');
    await page.keyboard.press('Enter');

    // Step 1: the wijk from the postcode.
    await page.waitForURL('**/profile/wijk');
    await waitForHeadingFocus(page);
    await tabTo(page, (el) => el.id === 'profile-postcode');
    await page.keyboard.type('1211 AB');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // "Zoek mijn wijk"
    await page.getByText('Je woont in de wijk Centrum.').waitFor();
    await noAxeViolations(page);
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Volgende');
    await page.keyboard.press('Enter');

    // Step 2: interests as big toggle buttons.
    await page.waitForURL('**/profile/interests');
    await waitForHeadingFocus(page);
    await tabTo(page, (el) => el.tag === 'button' && el.name.endsWith('Wandelen'));
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.tag === 'button' && el.name.endsWith('Zingen'));
    await page.keyboard.press('Enter');
    expect(await page.locator('.bb-tag[aria-pressed=true]').count()).toBe(2);
    await page.getByText('Je hebt 2 dingen gekozen.').waitFor();
    await noAxeViolations(page);
    await screenshot(page, 'journey-nl-profiel-interesses-gekozen');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Volgende');
    await page.keyboard.press('Enter');

    // Step 3: talents.
    await page.waitForURL('**/profile/talents');
    await tabTo(page, (el) => el.tag === 'button' && el.name.endsWith('Koken'));
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Volgende');
    await page.keyboard.press('Enter');

    // Step 4: the week grid.
    await page.waitForURL('**/profile/availability');
    await tabTo(page, (el) => el.id === 'profile-availability'); // Monday morning
    await page.keyboard.press('Space');
    await press(page, 'Tab', 4); // Tuesday afternoon
    await page.keyboard.press('Space');
    await page.getByText('Je hebt 2 momenten gekozen.').waitFor();
    await noAxeViolations(page);
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Volgende');
    await page.keyboard.press('Enter');

    // Step 5: needs.
    await page.waitForURL('**/profile/needs');
    await tabTo(page, (el) => el.id === 'profile-needs-HEARING_LOOP');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Volgende');
    await page.keyboard.press('Enter');

    // Step 6: help from a social worker — nothing chosen is said next to the question.
    await page.waitForURL('**/profile/help');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Naar het overzicht');
    await page.keyboard.press('Enter');
    await page.locator('.bb-error-summary:focus').waitFor();
    expect(await page.locator('.bb-error-summary').innerText()).toContain('Kies een antwoord bij de vraag: Wil je hulp van een sociaal werker?');
    await tabTo(page, (el) => el.id === 'profile-via');
    await page.keyboard.press('ArrowDown'); // to "Nee, ik kies zelf"
    expect(await page.locator('#profile-via-no').isChecked()).toBe(true);
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Naar het overzicht');
    await page.keyboard.press('Enter');

    // Check page: everything in one overview; without consent nothing is saved.
    await page.waitForURL((url) => url.pathname === '/profile');
    await page.getByRole('heading', { level: 1, name: 'Kloppen je antwoorden?' }).waitFor();
    const summary = await page.locator('.bb-summary').innerText();
    for (const text of ['Centrum (1211)', 'Wandelen', 'Zingen', 'Koken', 'Maandag ochtend', 'Dinsdag middag', 'Een ringleiding', 'Nee, ik kies zelf']) {
      expect(summary).toContain(text);
    }
    await noAxeViolations(page);
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Profiel opslaan');
    await page.keyboard.press('Enter');
    await page.locator('.bb-error-summary:focus').waitFor();
    expect(await page.locator('.bb-error-summary').innerText()).toContain('Zet een vinkje bij toestemming');
    await screenshot(page, 'journey-nl-profiel-controleren-fout');
    await tabTo(page, (el) => el.id === 'profile-consent');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Profiel opslaan');
    await page.keyboard.press('Enter');
    await page.getByText('Je profiel is opgeslagen. Fijn dat je meedoet!').waitFor();
    await screenshot(page, 'journey-nl-profiel-opgeslagen');

    // The API has it.
    const saved = await context.request.post('/graphql', {
      headers: { 'content-type': 'application/json' },
      data: { query: '{ myProfile { wijkCode postcode interests talents availability needs viaSocialWorker consents { kind } } }' },
    });
    const profile = ((await saved.json()) as { data: { myProfile: Record<string, unknown> } }).data.myProfile;
    expect(profile).toMatchObject({
      wijkCode: 'WK040201',
      postcode: '1211',
      interests: expect.arrayContaining(['wandelen', 'zingen']),
      talents: ['koken'],
      availability: expect.arrayContaining(['MON_MORNING', 'TUE_AFTERNOON']),
      needs: ['HEARING_LOOP'],
      viaSocialWorker: false,
      consents: [{ kind: 'PROFILE_PROCESSING' }],
    });
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('finds an activity in the wijkagenda, signs up by keyboard, sees it in my sign-ups and cancels after confirming', async () => {
    const context = await newContext(browser, t.url, 'nl');
    await signIn(context, DEMO_ACCOUNTS.resident, DEMO_PASSWORD);
    const page = await context.newPage();
    const problems = watchProblems(page);

    // An activity you sign up for (not walk-in, with places), found the way a resident would.
    const occurrences = await gql<{ occurrences: { activityId: string; startsAt: string; placesLeft: number | null; activity: { title: string; walkIn: boolean; wijkCode: string } }[] }>(
      t.url,
      '{ occurrences(first: 200) { activityId startsAt placesLeft activity { title walkIn wijkCode } } }',
    );
    const target = occurrences.data!.occurrences.find((o) => !o.activity.walkIn && (o.placesLeft ?? 1) > 0)!;
    expect(target).toBeDefined();
    await page.goto(`/agenda?wijk=${target.activity.wijkCode}`);
    await settled(page);
    await noAxeViolations(page);
    // Filters work from the keyboard: only free, walk-in activities.
    await tabTo(page, (el) => el.id === 'agenda-options');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Laat zien');
    await page.keyboard.press('Enter');
    await page.waitForURL(/free=1/);
    await settled(page);
    const badges = await page.locator('.bb-card .bb-badges').allInnerTexts();
    expect(badges.every((b) => b.includes('Gratis'))).toBe(true);

    await page.goto(`/activities/${target.activityId}`);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: target.activity.title }).waitFor();
    await noAxeViolations(page);
    await tabTo(page, (el) => el.tag === 'button' && el.name.startsWith('Aanmelden'));
    await page.keyboard.press('Enter');
    const confirmation = page.locator('.utrecht-alert', { hasText: /Je bent aangemeld voor|Je staat op de wachtlijst/ });
    await confirmation.waitFor();
    await page.waitForFunction(`document.activeElement?.classList.contains('utrecht-alert')`);
    await screenshot(page, 'journey-nl-activiteit-aangemeld');

    await tabTo(page, (el) => el.tag === 'a' && el.name === 'Bekijk mijn aanmeldingen');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/my-sign-ups');
    await waitForHeadingFocus(page);
    const card = page.locator('.bb-card', { hasText: target.activity.title }).first();
    await card.waitFor();
    await noAxeViolations(page);
    await tabTo(page, (el) => el.tag === 'button' && el.name === `Afmelden ${target.activity.title}`);
    await page.keyboard.press('Enter');
    // Asked twice: the confirmation takes focus on its own buttons.
    expect(await page.locator(':focus').innerText()).toBe('Ja, afmelden');
    await screenshot(page, 'journey-nl-afmelden-bevestigen');
    await page.keyboard.press('Enter');
    await page.getByText(`Je bent afgemeld voor ${target.activity.title}.`).waitFor();
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('prints the wijkagenda of a week as A4 pages: large type, no menus, a number to call', async () => {
    const context = await newContext(browser, t.url, 'nl');
    const page = await context.newPage();
    await page.goto('/agenda?wijk=WK040201');
    await settled(page);
    await tabTo(page, (el) => el.tag === 'a' && el.name === 'Agenda printen');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/agenda\/WK040201\/print\?week=\d{4}-W\d{2}/);
    await page.locator('.bb-print__item').first().waitFor();
    await noAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    // No navigation chrome on paper: no header, menu, footer or print button.
    expect(await page.locator('.bb-header, .bb-nav, .bb-footer').count()).toBe(0);
    expect(await page.locator('.bb-print__controls').isVisible()).toBe(false);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Wijkagenda Centrum');
    expect(text).toMatch(/Bel ons: 14 035/);
    // Large type: body text at least 16pt (21.3px), the title larger still.
    const sizes = await page.evaluate<{ item: number; h1: number }>(
      `({ item: parseFloat(getComputedStyle(document.querySelector('.bb-print__item p')).fontSize), h1: parseFloat(getComputedStyle(document.querySelector('h1')).fontSize) })`,
    );
    expect(sizes.item).toBeGreaterThanOrEqual(21);
    expect(sizes.h1).toBeGreaterThanOrEqual(36);

    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await mkdir(PDF_DIR, { recursive: true });
    await writeFile(path.join(PDF_DIR, 'wijkagenda-centrum.pdf'), pdf);
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    const pages = raw.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    // Every page is A4: 595 × 842 points.
    const boxes = [...raw.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThanOrEqual(pages.length);
    expect(boxes.every(([w, h]) => w === 595 && h === 842)).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await screenshot(page, 'nl-anonymous-wijkagenda-print-week');
    await context.close();
  });

  it('posts an offer by keyboard, sees it in my offers and requests, and closes it after confirming', async () => {
    const context = await newContext(browser, t.url, 'nl');
    await signIn(context, DEMO_ACCOUNTS.resident, DEMO_PASSWORD);
    const page = await context.newPage();
    await page.goto('/posts');
    await settled(page);
    await tabTo(page, (el) => el.tag === 'a' && el.name === 'Zelf iets plaatsen');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/posts/new');
    await waitForHeadingFocus(page);

    // Sending an empty form: errors next to the fields, nothing lost.
    await tabTo(page, (el) => el.id === 'post-title');
    await page.keyboard.type('  ');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Plaatsen');
    await page.keyboard.press('Enter');
    await page.locator('.bb-error-summary:focus').waitFor();
    expect(await page.locator('.bb-error-summary').innerText()).toMatch(/Kies een antwoord bij de vraag: Wat wil je plaatsen\?[\s\S]*Vul titel in\./);
    await noAxeViolations(page);

    await tabTo(page, (el) => el.id === 'post-kind');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.id === 'post-title');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Ik wandel graag samen');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('post-text');
    await page.keyboard.type('Op zondagmiddag in het Corversbos. Wie loopt er mee?');
    await tabTo(page, (el) => el.tag === 'button' && el.name.endsWith('Wandelen'));
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Plaatsen');
    await page.keyboard.press('Enter');

    await page.waitForURL('**/my-posts');
    await page.getByText('Ik wandel graag samen is geplaatst.', { exact: false }).waitFor();
    await noAxeViolations(page);
    await screenshot(page, 'journey-nl-mijn-vraag-en-aanbod');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Sluiten Ik wandel graag samen');
    await page.keyboard.press('Enter');
    expect(await page.locator(':focus').innerText()).toBe('Ja, sluiten');
    await page.keyboard.press('Enter');
    await page.getByText('Ik wandel graag samen is gesloten.').waitFor();
    await page.locator('.bb-card', { hasText: 'Ik wandel graag samen' }).getByText('Gesloten').waitFor();
    await context.close();
  });

  it('downloads my data and erases my account after a clear confirmation (English)', async () => {
    const context = await newContext(browser, t.url, 'en');
    await registerResident(context, 'weg@web.test', 'Wendy');
    const page = await context.newPage();
    await page.goto('/my-data');
    await settled(page);
    await noAxeViolations(page);

    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Download my data');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^buurtbrug-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = JSON.parse(await (await import('node:fs/promises')).readFile(file, 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(exported)).toContain('weg@web.test');

    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Erase my account and data');
    await page.keyboard.press('Enter');
    await page.locator('.bb-error-summary:focus').waitFor();
    expect(await page.locator('.bb-error-summary').innerText()).toContain('Tick the box first.');
    await tabTo(page, (el) => el.id === 'erase-confirm');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Erase my account and data');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByText('Your account and all your data have been erased.').waitFor();
    expect(await page.locator('nav').innerText()).toContain('Log in');

    const again = await gql(t.url, 'mutation { login(input: { email: "weg@web.test", password: "een-goed-wachtwoord" }) { token } }');
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await context.close();
  });

  it('searches by keyboard, typo and all, and opens an activity from the results', async () => {
    const context = await newContext(browser, t.url, 'nl');
    const page = await context.newPage();
    await page.goto('/search');
    await settled(page);
    // The index fills from the outbox shortly after the demo is seeded: wait until it has content.
    await page.locator('.bb-result-count', { hasText: /\d+ resultaten/ }).waitFor({ timeout: 45_000 });
    await tabTo(page, (el) => el.id === 'search-text');
    await page.keyboard.type('wandlen');
    await tabTo(page, (el) => el.id === 'search-types');
    await page.keyboard.press('Space'); // activities only
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Zoeken');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=wandlen/);
    // The list before the search has cards too: wait for the searched results, which carry highlights.
    await page.locator('.bb-card mark').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.bb-card mark').count()).toBeGreaterThan(0);
    const first = page.locator('.bb-card a').first();
    await noAxeViolations(page);
    await screenshot(page, 'journey-nl-zoeken-typfout');
    const title = (await first.innerText()).trim();
    await tabTo(page, (el) => el.tag === 'a' && el.name === title);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/activities\//);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await context.close();
  }, 90_000);

  it('says NOT_FOUND and FORBIDDEN in plain words where they happen', async () => {
    const context = await newContext(browser, t.url, 'nl');
    await signIn(context, DEMO_ACCOUNTS.resident, DEMO_PASSWORD);
    const page = await context.newPage();
    await page.goto('/activities/00000000-0000-4000-8000-000000000000');
    await page.getByText('We kunnen dit niet vinden. Misschien is het weggehaald.').waitFor();
    await noAxeViolations(page);
    await page.goto('/admin/roles');
    await page.getByRole('heading', { level: 1, name: 'Deze pagina is niet voor jou' }).waitFor();
    await noAxeViolations(page);
    await context.close();
  });
});
