import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { gql, login } from '../support/graphql-client.js';
import type { TestApp } from '../support/test-app.js';
import { axeViolations, launchBrowser, newContext, screenshot, settled, signIn, tabTo, watchProblems } from './support/browser.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './support/demo.js';
import { startWebApp } from './support/web-app.js';

async function noAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

const RESIDENT = { email: 'rosa@web.test', password: 'een-goed-wachtwoord', displayName: 'Rosa Willems' };
const TITLE = 'Toneelmiddag in de wijk';

/**
 * Two people at once, each in their own browser context, on the demo city: a provider publishes
 * an activity → the resident whose profile fits sees the proposal appear on her open page →
 * she says yes by keyboard → the provider's open sign-up list shows her first name; neither
 * page is reloaded. Then the follow-up falls due and she answers "Is het goed gegaan?" by
 * keyboard.
 */
describe('web app: provider and resident live, side by side', () => {
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

  it('publish → live proposal → yes by keyboard → the provider sees her name; then the follow-up', async () => {
    // The provider's draft (the form itself has its own keyboard journey in work.e2e-spec.ts).
    const provider = await login(t.url, DEMO_ACCOUNTS.provider, DEMO_PASSWORD);
    const me = await gql<{ me: { organisationId: string } }>(t.url, '{ me { organisationId } }', {}, provider);
    const organisation = await gql<{ organisation: { wijkCodes: string[] } }>(
      t.url,
      'query($id: ID!) { organisation(id: $id) { wijkCodes } }',
      { id: me.data!.me.organisationId },
      provider,
    );
    const wijkCode = organisation.data!.organisation.wijkCodes[0];
    const startsAt = new Date(Date.now() + 8 * 86_400_000);
    startsAt.setUTCHours(13, 0, 0, 0);
    const draft = await gql<{ createActivity: { id: string } }>(
      t.url,
      'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
      {
        input: {
          title: TITLE,
          description: 'Samen een kort toneelstuk lezen en spelen. Je hoeft niets voor te bereiden.',
          // No demo activity is about theatre: this one is the only thing that fits her.
          tags: ['theater'],
          wijkCode,
          capacity: 10,
          location: { name: 'Buurthuis De Geus' },
          schedule: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString() },
        },
      },
      provider,
    );
    expect(draft.errors).toBeUndefined();
    const activityId = draft.data!.createActivity.id;

    // A resident of that wijk who likes theatre and wants proposals herself (no social worker in between).
    const registered = await gql<{ register: { token: string; account: { id: string } } }>(
      t.url,
      'mutation($input: RegisterInput!) { register(input: $input) { token account { id } } }',
      { input: RESIDENT },
    );
    const residentToken = registered.data!.register.token;
    const residentId = registered.data!.register.account.id;
    const profile = await gql(
      t.url,
      `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { userId viaSocialWorker } }`,
      {
        input: {
          wijkCode,
          languages: ['nl'],
          interests: ['theater'],
          availability: ['MON_AFTERNOON', 'TUE_AFTERNOON', 'WED_AFTERNOON', 'THU_AFTERNOON', 'FRI_AFTERNOON', 'SAT_AFTERNOON', 'SUN_AFTERNOON'],
          travelRadiusKm: 5,
          viaSocialWorker: false,
          consents: { profileProcessing: true, matching: true },
        },
      },
      residentToken,
    );
    expect(profile.errors).toBeUndefined();

    // Her proposals page is open and empty.
    const residentContext = await newContext(browser, t.url, 'nl');
    await signIn(residentContext, RESIDENT.email, RESIDENT.password);
    const residentPage = await residentContext.newPage();
    const residentProblems = watchProblems(residentPage);
    await residentPage.goto('/proposals');
    await settled(residentPage);
    await residentPage.getByText('Er zijn nu geen nieuwe voorstellen.', { exact: false }).waitFor();

    // The provider publishes it by keyboard, then opens its sign-up list.
    const providerContext = await newContext(browser, t.url, 'nl');
    await signIn(providerContext, DEMO_ACCOUNTS.provider, DEMO_PASSWORD);
    const providerPage = await providerContext.newPage();
    const providerProblems = watchProblems(providerPage);
    await providerPage.goto('/organisation/activities');
    await settled(providerPage);
    await tabTo(providerPage, (el) => el.tag === 'button' && el.name === `Publiceren ${TITLE}`, 400);
    await providerPage.keyboard.press('Enter');
    await providerPage.getByText(`${TITLE} is gepubliceerd.`, { exact: false }).waitFor();
    await providerPage.goto(`/organisation/activities/${activityId}`);
    await settled(providerPage);
    const list = providerPage.getByTestId('sign-up-list');
    const firstDate = list.locator('tbody tr').first();
    await firstDate.waitFor();
    expect(await firstDate.innerText()).toContain('Nog niemand');
    await noAxeViolations(providerPage);

    // Matching runs as a job on the publish and pushes matchProposed to her open page.
    const card = residentPage.locator('[data-testid=open-proposals] > li', { hasText: TITLE });
    await card.waitFor({ timeout: 45_000 });
    await residentPage.getByTestId('matches-live').getByText('Er is een nieuw voorstel voor je.').waitFor();
    expect(await residentPage.locator('[data-testid=open-proposals] > li').count()).toBe(1);
    await noAxeViolations(residentPage);
    await tabTo(residentPage, (el) => el.tag === 'button' && el.name === 'Ja, leuk!');
    await residentPage.keyboard.press('Enter');
    await residentPage.getByText('Je hebt ja gezegd.', { exact: false }).waitFor();
    await screenshot(residentPage, 'journey-nl-live-voorstel-ja');

    // Her first name (never her surname) appears on the provider's open list.
    await firstDate.getByText('Rosa (1)').waitFor({ timeout: 15_000 });
    expect(await list.innerText()).not.toContain('Willems');
    await providerPage.getByTestId('sign-ups-live').getByText('De aanmeldingen zijn veranderd.', { exact: false }).waitFor();
    await noAxeViolations(providerPage);
    await screenshot(providerPage, 'journey-nl-aanmeldingen-live');
    // The same state in English.
    await providerPage.locator('button[aria-pressed=false]', { hasText: 'English' }).click();
    await list.getByRole('columnheader', { name: 'Waiting list' }).waitFor();
    await noAxeViolations(providerPage);
    await screenshot(providerPage, 'journey-en-sign-ups-live');

    // A week later the follow-up job would make it due; the test moves the date instead.
    const db = t.app.get(DataSource);
    const due = (await db.query(
      `UPDATE match SET follow_up_due_at = now() - interval '1 minute'
        WHERE resident_id = $1 AND activity_id = $2 AND status = 'ACCEPTED' RETURNING id`,
      [residentId, activityId],
    )) as [{ id: string }[], number];
    expect(due[0]).toHaveLength(1);
    const matchId = due[0][0].id;

    await residentPage.reload();
    await settled(residentPage);
    await residentPage.getByRole('heading', { name: 'Is het goed gegaan?', level: 2 }).waitFor();
    await noAxeViolations(residentPage);
    // Sending without answers says what is missing, next to the questions.
    await tabTo(residentPage, (el) => el.tag === 'button' && el.name === 'Versturen');
    await residentPage.keyboard.press('Enter');
    await residentPage.locator('.bb-error-summary:focus').waitFor();
    await tabTo(residentPage, (el) => el.id === `went-well-${matchId}`);
    await residentPage.keyboard.press('Space'); // Ja
    await tabTo(residentPage, (el) => el.id === `wants-more-${matchId}`);
    await residentPage.keyboard.press('Space'); // Ja
    await residentPage.keyboard.press('ArrowDown'); // Nee
    await tabTo(residentPage, (el) => el.id === `note-${matchId}`);
    await residentPage.keyboard.type('Leuk gedaan, maar een keer is genoeg.');
    await tabTo(residentPage, (el) => el.tag === 'button' && el.name === 'Versturen');
    await residentPage.keyboard.press('Enter');
    await residentPage.getByText('Bedankt voor je antwoord!').waitFor();
    await noAxeViolations(residentPage);
    await screenshot(residentPage, 'journey-nl-nazorg-beantwoord');

    const [stored] = (await db.query(
      'SELECT status, outcome_went_well, outcome_wants_more, outcome_note, followed_up_by FROM match WHERE id = $1',
      [matchId],
    )) as Record<string, unknown>[];
    expect(stored).toEqual({
      status: 'FOLLOWED_UP',
      outcome_went_well: true,
      outcome_wants_more: false,
      outcome_note: 'Leuk gedaan, maar een keer is genoeg.',
      followed_up_by: residentId,
    });
    expect(residentProblems.errors).toEqual([]);
    expect(providerProblems.errors).toEqual([]);
    await residentContext.close();
    await providerContext.close();
  }, 180_000);
});
