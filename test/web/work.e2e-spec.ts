import type { Browser, Page } from 'playwright-core';
import { gql, login } from '../support/graphql-client.js';
import type { TestApp } from '../support/test-app.js';
import { axeViolations, launchBrowser, newContext, screenshot, settled, signIn, tabTo, waitForHeadingFocus, watchProblems } from './support/browser.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './support/demo.js';
import { startWebApp } from './support/web-app.js';

async function noAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** Types into the focused field after selecting what is there. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** The next given weekday (1 = Monday) at least a week from now, as dd, mm, yyyy. */
function nextWeekday(weekday: number): { dd: string; mm: string; yyyy: string; iso: string } {
  const d = new Date();
  d.setDate(d.getDate() + 7);
  while (d.getDay() !== weekday % 7) d.setDate(d.getDate() + 1);
  const dd = String(d.getDate()).padStart(2, '0');
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  return { dd, mm, yyyy: String(d.getFullYear()), iso: `${d.getFullYear()}-${mm}-${dd}` };
}

async function register(url: string, email: string, displayName: string): Promise<{ token: string; id: string }> {
  const res = await gql<{ register: { token: string; account: { id: string } } }>(
    url,
    'mutation($input: RegisterInput!) { register(input: $input) { token account { id } } }',
    { input: { email, password: 'een-goed-wachtwoord', displayName } },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return { token: res.data.register.token, id: res.data.register.account.id };
}

/**
 * Providers, admins and social workers at work, by keyboard, in Chromium on the demo city:
 * a weekly activity created, published and called off; an API token shown once and revoked; an
 * organisation approved; wijken imported; a role assigned; a resident registered on their behalf
 * with consent, found, opened, and that opening visible in the audit log.
 */
describe('web app: providers, admins and social workers', () => {
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

  it('provider: creates a weekly activity by keyboard, publishes it and calls it off', async () => {
    const context = await newContext(browser, t.url, 'nl');
    await signIn(context, DEMO_ACCOUNTS.provider, DEMO_PASSWORD);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto('/organisation/activities');
    await settled(page);
    await tabTo(page, (el) => el.tag === 'a' && el.name === 'Nieuwe activiteit');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/organisation/activities/new');
    await waitForHeadingFocus(page);

    await tabTo(page, (el) => el.id === 'activity-title');
    await page.keyboard.type('Breicafé Centrum');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Samen breien en haken. Wol is er. Je hoeft het nog niet te kunnen.');
    await tabTo(page, (el) => el.tag === 'button' && el.name.endsWith('Handwerken'));
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.id === 'activity-wijk');
    await page.keyboard.press('ArrowDown'); // the first wijk of the organisation
    await tabTo(page, (el) => el.id === 'activity-location');
    await page.keyboard.type('Buurthuis De Geus');
    await tabTo(page, (el) => el.id === 'activity-repeat');
    await page.keyboard.press('ArrowDown'); // "Elke week"
    expect(await page.locator('#activity-repeat-WEEKLY').isChecked()).toBe(true);
    const tuesday = nextWeekday(2);
    await tabTo(page, (el) => el.id === 'activity-date');
    // Chromium's date field follows the browser's own language (en-US here): month, day, year.
    await page.keyboard.type(`${tuesday.mm}${tuesday.dd}${tuesday.yyyy}`);
    expect(await page.locator('#activity-date').inputValue()).toBe(tuesday.iso);
    await tabTo(page, (el) => el.id === 'activity-weekdays-TU');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.id === 'activity-weekdays-TH');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.id === 'activity-start');
    await page.keyboard.type('1400');
    await tabTo(page, (el) => el.id === 'activity-end');
    // An end before the start is refused next to the end time, and nothing typed is lost.
    await page.keyboard.type('1300');
    await tabTo(page, (el) => el.id === 'activity-capacity');
    await page.keyboard.type('12');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Activiteit opslaan als concept');
    await page.keyboard.press('Enter');
    await page.locator('.bb-error-summary:focus').waitFor();
    const endField = page.locator('.utrecht-form-field', { has: page.locator('#activity-end') });
    expect(await endField.innerText()).toContain('De eindtijd moet na de begintijd zijn.');
    expect(await page.locator('#activity-title').inputValue()).toBe('Breicafé Centrum');
    await noAxeViolations(page);
    await screenshot(page, 'journey-nl-activiteit-fout-eindtijd');
    // The summary line leads to the end time.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(`document.activeElement?.id === 'activity-end'`);
    await page.keyboard.type('1600');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Activiteit opslaan als concept');
    await page.keyboard.press('Enter');

    await page.waitForURL('**/organisation/activities');
    await page.getByText('Breicafé Centrum is opgeslagen.').waitFor();
    const row = page.locator('tr', { hasText: 'Breicafé Centrum' });
    expect(await row.innerText()).toContain('Concept');
    await noAxeViolations(page);
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Publiceren Breicafé Centrum');
    await page.keyboard.press('Enter');
    await page.getByText('Breicafé Centrum is gepubliceerd.', { exact: false }).waitFor();
    await row.getByText('Gepubliceerd').waitFor();
    await screenshot(page, 'journey-nl-activiteiten-gepubliceerd');

    // What the API stored: a weekly rule on Tuesday and Thursday, 2 hours, 12 places.
    const token = await login(t.url, DEMO_ACCOUNTS.provider, DEMO_PASSWORD);
    const me = await gql<{ me: { organisationId: string } }>(t.url, '{ me { organisationId } }', {}, token);
    const list = await gql<{ activities: { nodes: { title: string; status: string; capacity: number; schedule: { rrule: string; durationMinutes: number } }[] } }>(
      t.url,
      'query($org: ID!) { activities(filter: { organisationId: $org }, first: 100) { nodes { title status capacity schedule { rrule durationMinutes } } } }',
      { org: me.data!.me.organisationId },
      token,
    );
    expect(list.data!.activities.nodes.find((a) => a.title === 'Breicafé Centrum')).toEqual({
      title: 'Breicafé Centrum',
      status: 'PUBLISHED',
      capacity: 12,
      schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', durationMinutes: 120 },
    });

    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Afzeggen Breicafé Centrum');
    await page.keyboard.press('Enter');
    await tabTo(page, (el) => el.id.startsWith('reason-'));
    await page.keyboard.type('De vrijwilliger is ziek.');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Ja, afzeggen');
    await page.keyboard.press('Enter');
    await page.getByText('Breicafé Centrum is afgezegd.', { exact: false }).waitFor();
    await row.getByText('Gaat niet door').waitFor();
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('provider: an API token is shown once, works, and stops working when revoked', async () => {
    const context = await newContext(browser, t.url, 'en');
    await signIn(context, DEMO_ACCOUNTS.provider, DEMO_PASSWORD);
    const page = await context.newPage();
    await page.goto('/organisation/tokens');
    await settled(page);
    await tabTo(page, (el) => el.id === 'token-name');
    await page.keyboard.type('Website calendar');
    await page.keyboard.press('Enter');
    const secretBox = page.getByTestId('api-token-secret');
    await secretBox.waitFor();
    const secret = (await secretBox.innerText()).trim();
    expect(secret).toMatch(/^bbt_/);
    await page.waitForFunction(`document.activeElement?.classList.contains('bb-secret')`);
    await noAxeViolations(page);
    await screenshot(page, 'journey-en-api-token-once');

    // The token acts for the organisation (an account query answers null, without an error).
    const works = await gql(t.url, '{ me { id } }', {}, secret);
    expect(works.errors).toBeUndefined();

    // Shown once: after a reload only its first characters remain.
    await page.reload();
    await settled(page);
    expect(await page.getByTestId('api-token-secret').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(secret);
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Revoke Website calendar');
    await page.keyboard.press('Enter');
    expect(await page.locator(':focus').innerText()).toBe('Yes, revoke');
    await page.keyboard.press('Enter');
    await page.getByText('Website calendar is revoked. It no longer works.').waitFor();
    const refused = await gql(t.url, '{ me { id } }', {}, secret);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await context.close();
  });

  it('admin: approves a new organisation by keyboard', async () => {
    const founder = await register(t.url, 'stichting@web.test', 'Stichting');
    const created = await gql<{ createOrganisation: { id: string } }>(
      t.url,
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { name: 'Stichting Samen Wandelen', kind: 'CLUB', description: 'Wandelen in de wijk.', wijkCodes: ['WK040201'] } },
      founder.token,
    );
    expect(created.errors).toBeUndefined();
    const context = await newContext(browser, t.url, 'nl');
    await signIn(context, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    const page = await context.newPage();
    await page.goto('/admin/organisations');
    await settled(page);
    await page.getByRole('heading', { level: 2, name: 'Stichting Samen Wandelen' }).waitFor();
    await noAxeViolations(page);
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Goedkeuren Stichting Samen Wandelen');
    await page.keyboard.press('Enter');
    await page.getByText('Stichting Samen Wandelen is goedgekeurd.', { exact: false }).waitFor();
    const org = await gql<{ organisation: { status: string } }>(t.url, 'query($id: ID!) { organisation(id: $id) { status } }', { id: created.data!.createOrganisation.id });
    expect(org.data?.organisation.status).toBe('APPROVED');
    await context.close();
  });

  it('admin: a bad wijken file is refused line by line; a good one is read in', async () => {
    const context = await newContext(browser, t.url, 'nl');
    await signIn(context, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    const page = await context.newPage();
    await page.goto('/admin/wijken');
    await settled(page);
    await tabTo(page, (el) => el.id === 'wijken-csv');
    await page.keyboard.type('wijkcode,wijknaam,gemeentecode,gemeentenaam,lat,lon\nWK099901,,GM0999,Proefgemeente,52.1,5.1\n');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Inlezen');
    await page.keyboard.press('Enter');
    const report = page.locator('.utrecht-alert', { hasText: 'Niets ingelezen' });
    await report.waitFor();
    expect(await report.innerText()).toMatch(/2\s+wijknaam/);
    await noAxeViolations(page);
    await screenshot(page, 'journey-nl-wijken-import-fouten');
    await tabTo(page, (el) => el.id === 'wijken-csv');
    await retype(page, 'wijkcode,wijknaam,gemeentecode,gemeentenaam,lat,lon\nWK099901,Proefwijk,GM0999,Proefgemeente,52.1,5.1\n');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Inlezen');
    await page.keyboard.press('Enter');
    await page.getByText('Het inlezen is gelukt').waitFor();
    const wijk = await gql<{ wijk: { name: string } }>(t.url, '{ wijk(code: "WK099901") { name } }');
    expect(wijk.data?.wijk.name).toBe('Proefwijk');
    await context.close();
  });

  it('social worker: registers a resident on their behalf with consent, finds and opens the profile; the admin sees that in the audit log', async () => {
    const context = await newContext(browser, t.url, 'nl');
    await signIn(context, DEMO_ACCOUNTS.socialWorker, DEMO_PASSWORD);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto('/social/intake');
    await settled(page);
    await tabTo(page, (el) => el.id === 'intake-name');
    await page.keyboard.type('Gerda');
    await tabTo(page, (el) => el.id === 'intake-wijk');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (el) => el.tag === 'button' && el.name.endsWith('Kaarten'));
    await page.keyboard.press('Space');
    // Without consent nothing is saved; the message sits at the consent question. (A long form:
    // the week grid alone is 21 stops.)
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Inwoner inschrijven', 150);
    await page.keyboard.press('Enter');
    await page.locator('.bb-error-summary:focus').waitFor();
    const summary = await page.locator('.bb-error-summary').innerText();
    expect(summary).toContain('Kies een antwoord bij de vraag: Hoe gaf de inwoner toestemming?');
    expect(summary).toContain('Zonder toestemming om het profiel te bewaren kun je de inwoner niet inschrijven.');
    expect(await page.locator('#intake-name').inputValue()).toBe('Gerda');
    await noAxeViolations(page);
    await screenshot(page, 'journey-nl-intake-zonder-toestemming');

    // The summary's first line leads straight to its question (GOV.UK pattern), past the long form.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(`document.activeElement?.id === 'intake-method'`);
    await page.keyboard.press('Space');
    expect(await page.locator('#intake-method').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>(`document.activeElement?.id`)).toBe('intake-consent');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Inwoner inschrijven', 150);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/social/residents');
    await page.getByText('Gerda is ingeschreven.').waitFor();

    await tabTo(page, (el) => el.id === 'residents-text');
    await page.keyboard.type('Gerda');
    await page.keyboard.press('Enter');
    const link = page.locator('table a', { hasText: 'Gerda' }).first();
    await link.waitFor();
    expect(await page.locator('tr', { hasText: 'Gerda' }).first().innerText()).toContain('Door mij ingeschreven');
    await tabTo(page, (el) => el.tag === 'a' && el.name === 'Gerda');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/social\/residents\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Gerda' }).waitFor();
    const profile = await page.locator('.bb-summary').innerText();
    expect(profile).toContain('Kaarten');
    expect(profile).toMatch(/profiel bewaren \(mondeling, in een gesprek/);
    await noAxeViolations(page);
    await screenshot(page, 'journey-nl-inwoner-profiel');
    expect(problems.errors).toEqual([]);
    await context.close();

    const admin = await newContext(browser, t.url, 'nl');
    await signIn(admin, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    const auditPage = await admin.newPage();
    await auditPage.goto('/admin/audit');
    await settled(auditPage);
    await tabTo(auditPage, (el) => el.id === 'audit-action');
    await auditPage.keyboard.type('RESIDENT_PROFILE_OPENED');
    await auditPage.keyboard.press('Enter');
    await auditPage.locator('td', { hasText: 'RESIDENT_PROFILE_OPENED' }).first().waitFor();
    await noAxeViolations(auditPage);
    await admin.close();
  });

  it('admin: finds an account by email address and assigns a role; the person sees the new menu without reloading', async () => {
    const context = await newContext(browser, t.url, 'nl');
    await register(t.url, 'wordt-sociaalwerker@web.test', 'Sem');
    await register(t.url, 'wordt-ook-iets@web.test', 'Wim');
    await signIn(context, 'wordt-sociaalwerker@web.test', 'een-goed-wachtwoord');
    const personPage = await context.newPage();
    await personPage.goto('/account');
    await settled(personPage);

    const adminContext = await newContext(browser, t.url, 'nl');
    await signIn(adminContext, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    const page = await adminContext.newPage();
    await page.goto('/admin/roles');
    await settled(page);
    // Assigning before finding an account says what to do first.
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Rol toewijzen');
    await page.keyboard.press('Enter');
    await page.locator('.bb-error-summary:focus').waitFor();
    expect(await page.locator('.bb-error-summary').innerText()).toContain('Zoek eerst het account op e-mailadres');
    // One letter is too little to search with.
    await tabTo(page, (el) => el.id === 'role-email');
    await page.keyboard.type('w');
    await page.keyboard.press('Enter');
    await page.locator('.bb-error-summary:focus').waitFor();
    expect(await page.locator('.bb-error-summary').innerText()).toContain('minstens 2 tekens');
    // The beginning of an address finds both; upper case does not matter.
    await tabTo(page, (el) => el.id === 'role-email');
    await retype(page, 'WORDT-');
    await page.keyboard.press('Enter');
    await page.getByTestId('accounts-found').getByText('We vonden 2 accounts.').waitFor();
    await noAxeViolations(page);
    await screenshot(page, 'journey-nl-rollen-gevonden');
    // The same state in English.
    await page.locator('button[aria-pressed=false]', { hasText: 'English' }).click();
    await page.getByTestId('accounts-found').getByText('We found 2 accounts.').waitFor();
    await noAxeViolations(page);
    await page.locator('button[aria-pressed=false]', { hasText: 'Nederlands' }).click();
    await page.getByTestId('accounts-found').getByText('We vonden 2 accounts.').waitFor();
    await tabTo(page, (el) => el.id === 'role-user');
    await page.keyboard.press('Space');
    expect(await page.locator('#role-user').isChecked()).toBe(true);
    expect(await page.locator('label[for=role-user]').innerText()).toContain('wordt-ook-iets@web.test');
    // Sorted by email address: Wim's comes first, Sem's next.
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#role-user').isChecked()).toBe(false);
    const checked = page.locator('input[name=userId]:checked');
    expect(await page.locator(`label[for="${await checked.getAttribute('id')}"]`).innerText()).toBe('Sem – wordt-sociaalwerker@web.test');
    await tabTo(page, (el) => el.id === 'role-role');
    await page.keyboard.press('ArrowDown'); // Sociaal werker
    await tabTo(page, (el) => el.id === 'role-wijken');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Rol toewijzen');
    await page.keyboard.press('Enter');
    await page.getByText('Sem is nu sociaal werker.').waitFor();
    await noAxeViolations(page);

    // The accountUpdated subscription (graphql-ws, same-origin cookie) updates the open page.
    await personPage.locator('nav').getByText('Inwoner inschrijven').waitFor({ timeout: 15_000 });
    await adminContext.close();
    await context.close();
  });
});
