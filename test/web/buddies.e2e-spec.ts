import type { Browser, Page } from 'playwright-core';
import { gql, login } from '../support/graphql-client.js';
import type { TestApp } from '../support/test-app.js';
import { axeViolations, type Language, launchBrowser, newContext, screenshot, settled, signIn, tabTo, watchProblems } from './support/browser.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './support/demo.js';
import { startWebApp } from './support/web-app.js';

const PASSWORD = 'een-goed-wachtwoord';

async function noAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** A resident of Centrum (WK040201, a wijk of the demo social worker) who keeps their own account. */
async function residentInCentrum(url: string, email: string, displayName: string): Promise<string> {
  const registered = await gql<{ register: { token: string; account: { id: string } } }>(
    url,
    'mutation($input: RegisterInput!) { register(input: $input) { token account { id } } }',
    { input: { email, password: PASSWORD, displayName } },
  );
  const { token, account } = registered.data!.register;
  const saved = await gql(url, 'mutation { updateMyProfile(input: { wijkCode: "WK040201", consents: { profileProcessing: true } }) { userId } }', {}, token);
  if (saved.errors?.length) throw new Error(JSON.stringify(saved.errors));
  return account.id;
}

/**
 * Buddy trajectories (maatjes) in Chromium on the demo city: the social worker's pages and the
 * resident's "Mijn maatje" pass axe in Dutch and English; by keyboard only, the social worker
 * links a volunteer and a resident, the resident sees it and says how it goes, and the social
 * worker ends it with an outcome.
 */
describe('web app: buddy trajectories', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startWebApp({ demo: true });
    browser = await launchBrowser();
  }, 360_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const language of ['nl', 'en'] as Language[]) {
    it(`the pages pass axe in ${language}, with the demo trajectories on them`, async () => {
      const worker = await newContext(browser, t.url, language);
      await signIn(worker, DEMO_ACCOUNTS.socialWorker, DEMO_PASSWORD);
      const page = await worker.newPage();
      const problems = watchProblems(page);
      await page.goto('/social/buddies');
      await settled(page);
      // The demo seeds two active trajectories in the social worker's wijken, one due for a check-in.
      expect(await page.locator('table.bb-table tbody tr').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('#buddies-due ~ ul li').count()).toBeGreaterThanOrEqual(1);
      await noAxeViolations(page);
      await screenshot(page, `${language}-socialWorker-maatjes`);
      await page.locator('table.bb-table tbody tr a').first().click();
      await settled(page);
      await page.locator('#buddy-end').waitFor();
      await noAxeViolations(page);
      await screenshot(page, `${language}-socialWorker-maatjestraject`);
      await page.goto('/social/buddies/new');
      await settled(page);
      await noAxeViolations(page);
      // Submitting empty shows the error summary, tied to the fields.
      await page.getByRole('button', { name: language === 'nl' ? 'Koppelen' : 'Link', exact: true }).click();
      await page.locator('.bb-error-summary').waitFor();
      await noAxeViolations(page);
      expect(problems.errors).toEqual([]);
      await worker.close();

      // The demo resident Anna has a buddy in the demo.
      const resident = await newContext(browser, t.url, language);
      await signIn(resident, DEMO_ACCOUNTS.resident, DEMO_PASSWORD);
      const mine = await resident.newPage();
      await mine.goto('/my-buddy');
      await settled(mine);
      await mine.getByText(language === 'nl' ? 'Je maatje is' : 'Your buddy is', { exact: false }).first().waitFor();
      await noAxeViolations(mine);
      await screenshot(mine, `${language}-resident-mijn-maatje`);
      await resident.close();
    }, 180_000);
  }

  it('keyboard only: the social worker links two neighbours, the resident sees it and says how it goes, the social worker ends it', async () => {
    await residentInCentrum(t.url, 'wouter@web.test', 'Wouter Webmaatje');
    await residentInCentrum(t.url, 'rita@web.test', 'Rita Webinwoner');

    const worker = await newContext(browser, t.url, 'nl');
    await signIn(worker, DEMO_ACCOUNTS.socialWorker, DEMO_PASSWORD);
    const page = await worker.newPage();
    const problems = watchProblems(page);
    await page.goto('/social/buddies');
    await settled(page);
    await tabTo(page, (el) => el.tag === 'a' && el.name === 'Maatje koppelen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Maatje koppelen' }).waitFor();
    await settled(page);

    await tabTo(page, (el) => el.id === 'buddy-search');
    await page.keyboard.type('Web');
    await page.keyboard.press('Enter');
    await page.locator('#buddy-volunteer option', { hasText: 'Wouter Webmaatje' }).waitFor({ state: 'attached' });
    await page.waitForFunction(`document.querySelectorAll('#buddy-volunteer option').length === 3`);
    await tabTo(page, (el) => el.id === 'buddy-volunteer');
    await page.keyboard.type('Wouter');
    await tabTo(page, (el) => el.id === 'buddy-resident');
    await page.keyboard.type('Rita');
    await tabTo(page, (el) => el.id === 'buddy-every');
    // From every 4 weeks (the default) to every 2.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await tabTo(page, (el) => el.id === 'buddy-goal');
    await page.keyboard.type('Samen naar de markt op zaterdag.');
    await tabTo(page, (el) => el.id === 'buddy-volunteer-contact');
    await page.keyboard.type('06 11 22 33 44');
    expect(await page.locator('#buddy-volunteer').inputValue()).not.toBe('');
    expect(await page.locator('#buddy-resident').inputValue()).not.toBe('');
    expect(await page.locator('#buddy-every').inputValue()).toBe('2');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Koppelen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Wouter Webmaatje en Rita Webinwoner' }).waitFor();
    await page.getByText('Het maatje is gekoppeld.', { exact: false }).waitFor();
    expect(await page.locator('#buddy-check-ins ~ div tbody tr').count()).toBeGreaterThanOrEqual(12);
    await noAxeViolations(page);

    // The resident (in English) finds it under "My buddy" and answers by keyboard.
    const resident = await newContext(browser, t.url, 'en');
    await signIn(resident, 'rita@web.test', PASSWORD);
    const mine = await resident.newPage();
    await mine.goto('/');
    await settled(mine);
    await tabTo(mine, (el) => el.tag === 'a' && el.name === 'My buddy');
    await mine.keyboard.press('Enter');
    await mine.getByRole('heading', { level: 2, name: 'Your buddy is Wouter Webmaatje' }).waitFor();
    expect(await mine.locator('main').innerText()).toContain('06 11 22 33 44');
    expect(await mine.locator('main').innerText()).toContain('Samen naar de markt op zaterdag.');
    await noAxeViolations(mine);
    await tabTo(mine, (el) => el.type === 'radio' && el.name === 'Good');
    await mine.keyboard.press('Space');
    await tabTo(mine, (el) => el.tag === 'button' && el.name === 'Save');
    await mine.keyboard.press('Enter');
    await mine.getByText('Thank you. We saved your answer.').waitFor();
    await mine.waitForFunction(`document.activeElement?.classList.contains('utrecht-alert')`);
    await resident.close();

    // Back at the social worker: the answer is there; they end the trajectory.
    await page.reload();
    await settled(page);
    await page.locator('#buddy-check-ins ~ div tbody tr', { hasText: 'Goed' }).first().waitFor();
    // A radio group is one tab stop; the arrow keys choose within it.
    await tabTo(page, (el) => el.id === 'buddy-outcome');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name=outcome][value=CONTINUES_INFORMALLY]').isChecked()).toBe(true);
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Afronden');
    await page.keyboard.press('Enter');
    await page.getByText('Het traject is afgerond.').waitFor();
    await page.locator('dd', { hasText: 'Ze houden zelf contact' }).waitFor();
    await noAxeViolations(page);
    expect(problems.errors).toEqual([]);
    await worker.close();

    // The API agrees: one ended trajectory for the pair, visible to the resident.
    const token = await login(t.url, 'rita@web.test', PASSWORD);
    const seen = await gql<{ buddyTrajectories: { nodes: { status: string; outcome: string; volunteer: { displayName: string } }[] } }>(
      t.url,
      '{ buddyTrajectories { nodes { status outcome volunteer { displayName } } } }',
      {},
      token,
    );
    expect(seen.data!.buddyTrajectories.nodes).toEqual([{ status: 'ENDED', outcome: 'CONTINUES_INFORMALLY', volunteer: { displayName: 'Wouter Webmaatje' } }]);
  }, 240_000);
});
