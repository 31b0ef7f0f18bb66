import type { Browser } from 'playwright-core';
import type { TestApp } from '../support/test-app.js';
import { ACCOUNTS, createAccounts, PASSWORD } from './support/accounts.js';
import {
  focusedId,
  focusedText,
  focusIsVisible,
  launchBrowser,
  newContext,
  screenshot,
  settled,
  SMALL_TARGETS,
  tabTo,
  waitForHeadingFocus,
  watchProblems,
} from './support/browser.js';
import { startWebApp } from './support/web-app.js';

/**
 * Keyboard-only journeys (no mouse, no page.click) and form errors, in a real Chromium against
 * the real API: register → log out → log in → see my account → log out; errors next to their
 * fields with an error summary that takes focus; nothing typed is lost.
 */
describe('web app: keyboard journeys and form errors', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startWebApp();
    await createAccounts(t, { resident: ACCOUNTS.resident });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('register → log out → log in → my account → log out, by keyboard alone (NL)', async () => {
    const context = await newContext(browser, t.url, 'nl');
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto('/');
    await settled(page);

    // The first Tab reaches the skip link, which jumps to the main content.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Ga direct naar de inhoud');
    expect(await focusIsVisible(page)).toBe(true);

    await tabTo(page, (el) => el.tag === 'a' && el.name === 'Account maken');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/register');
    // Focus lands on the new page's heading, and the page is announced.
    await waitForHeadingFocus(page);
    expect(await focusedText(page)).toBe('Account maken');
    await page.locator('[data-testid=route-announcer]', { hasText: 'Account maken' }).waitFor({ state: 'attached' });
    expect(await page.title()).toBe('Account maken – Buurtbrug');

    await tabTo(page, (el) => el.id === 'register-name');
    await page.keyboard.type('Joop');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('register-email');
    await page.keyboard.type('joop@web.test');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('register-password');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');

    await page.waitForURL('**/account');
    await waitForHeadingFocus(page);
    await page.getByText('Welkom, Joop! Je account is klaar.').waitFor();
    await page.getByText('joop@web.test').waitFor();
    await screenshot(page, 'journey-nl-account-na-registratie');

    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Uitloggen');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await waitForHeadingFocus(page);

    await tabTo(page, (el) => el.tag === 'a' && el.name === 'Inloggen');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/login');
    await tabTo(page, (el) => el.id === 'login-email');
    await page.keyboard.type('joop@web.test');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    // A resident starts at their profile; "Mijn account" is in the menu.
    await page.waitForURL('**/profile');
    await waitForHeadingFocus(page);
    await tabTo(page, (el) => el.tag === 'a' && el.name === 'Mijn account');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/account');
    await waitForHeadingFocus(page);
    await page.getByText('joop@web.test').waitFor();

    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Uitloggen');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    // Signed out for real: the account page now sends you to log in.
    await page.goto('/account');
    await page.waitForURL('**/login?next=%2Faccount');
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('switches language by keyboard and remembers it; <html lang> follows', async () => {
    const context = await newContext(browser, t.url, 'nl');
    const page = await context.newPage();
    await page.goto('/');
    await settled(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'English');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Welcome to Buurtbrug' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Buurtbrug' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('shows API field errors next to their fields and in a focused summary, keeping every input', async () => {
    const context = await newContext(browser, t.url, 'nl');
    const page = await context.newPage();
    await page.goto('/register');
    await settled(page);
    await page.locator('#register-name').fill('Joke');
    await page.locator('#register-email').fill('geen-email');
    await page.locator('#register-password').fill('kort');
    await page.locator('#register-password').press('Enter');

    const summary = page.locator('.bb-error-summary');
    await summary.waitFor();
    await page.locator('.bb-error-summary:focus').waitFor();
    expect(await summary.innerText()).toContain('Er is iets niet goed gegaan');
    // Each message sits in its field and is tied to the input for screen readers.
    const emailError = 'Vul een goed e-mailadres in, zoals naam@voorbeeld.nl.';
    const passwordError = 'Wachtwoord moet minstens 8 tekens hebben.';
    for (const [id, message] of [
      ['register-email', emailError],
      ['register-password', passwordError],
    ] as const) {
      const input = page.locator(`#${id}`);
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
      const described = (await Promise.all(describedBy.split(' ').map((d) => page.locator(`[id="${d}"]`).innerText()))).join(' ');
      expect(described).toContain(message);
      expect(await summary.innerText()).toContain(message);
    }
    // Nothing typed is lost.
    expect(await page.locator('#register-name').inputValue()).toBe('Joke');
    expect(await page.locator('#register-email').inputValue()).toBe('geen-email');
    expect(await page.locator('#register-password').inputValue()).toBe('kort');
    await screenshot(page, 'nl-anonymous-account-maken-fouten');

    // A summary line moves focus to its field (keyboard: Tab into the summary, Enter).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('register-email');

    // A taken email address (CONFLICT) is also said next to the email field, in English too.
    await page.locator('button[aria-pressed=false]', { hasText: 'English' }).click();
    await page.locator('#register-email').fill(ACCOUNTS.resident.email);
    await page.locator('#register-password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('There is already an account with this email address.', { exact: false }).first().waitFor();
    const emailField = page.locator('.utrecht-form-field', { has: page.locator('#register-email') });
    expect(await emailField.innerText()).toContain('There is already an account with this email address');
    expect(await page.locator('#register-name').inputValue()).toBe('Joke');
    await context.close();
  });

  it('says a wrong password in plain words and checks empty fields before sending', async () => {
    const context = await newContext(browser, t.url, 'en');
    const page = await context.newPage();
    await page.goto('/login');
    await settled(page);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.locator('.bb-error-summary').waitFor();
    expect(await page.locator('.bb-error-summary').innerText()).toContain('Fill in email address.');
    expect(await page.locator('.bb-error-summary').innerText()).toContain('Fill in password.');

    await page.locator('#login-email').fill(ACCOUNTS.resident.email);
    await page.locator('#login-password').fill('wrong-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('The email address or the password is not right. Please try again.').waitFor();
    expect(await page.locator('#login-email').inputValue()).toBe(ACCOUNTS.resident.email);
    await screenshot(page, 'en-anonymous-login-error');
    await context.close();
  });

  it('still works at 200 % zoom (a 640 px wide viewport): no sideways scrolling, menu reachable', async () => {
    const context = await newContext(browser, t.url, 'nl', { width: 640, height: 900 });
    const page = await context.newPage();
    for (const path of ['/', '/register', '/login']) {
      await page.goto(path);
      await settled(page);
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await page.goto('/');
    await settled(page);
    await screenshot(page, 'nl-anonymous-welkom-zoom-200');
    await context.close();
  });

  it('every button and link in the menu and forms is at least 44 × 44 px', async () => {
    const context = await newContext(browser, t.url, 'nl');
    const page = await context.newPage();
    for (const path of ['/', '/register', '/login']) {
      await page.goto(path);
      await settled(page);
      const small = await page.evaluate<string[]>(SMALL_TARGETS);
      expect(small).toEqual([]);
    }
    await context.close();
  });
});
