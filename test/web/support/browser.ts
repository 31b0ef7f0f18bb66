import { AxeBuilder } from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Request } from 'playwright-core';

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-gpu',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOT_DIR = path.resolve('test-output/screenshots');
export const PDF_DIR = path.resolve('test-output/pdf');

export type Language = 'nl' | 'en';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A fresh browser profile with the language chosen the way a person does (remembered in
 * localStorage), on the app under test. Console errors and page crashes are collected so a
 * test can assert there were none.
 */
export async function newContext(browser: Browser, baseURL: string, language: Language, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ baseURL, viewport, locale: language === 'nl' ? 'nl-NL' : 'en-GB' });
  watchNetwork(context);
  // Only the first visit: a later switch in the page must survive reloads.
  await context.addInitScript(
    `if (!localStorage.getItem('buurtbrug.language')) localStorage.setItem('buurtbrug.language', ${JSON.stringify(language)});`,
  );
  return context;
}

export interface PageProblems {
  errors: string[];
}

/** Collects uncaught page errors (a crash in a component would otherwise pass unnoticed). */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { errors: [] };
  page.on('pageerror', (error) => problems.errors.push(error.message));
  return problems;
}

/** Signs in through the API with the browser context's cookie jar, like the login form does. */
export async function signIn(context: BrowserContext, email: string, password: string): Promise<void> {
  const res = await context.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query: 'mutation($input: LoginInput!) { login(input: $input) { expiresAt } }', variables: { input: { email, password } } },
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`login failed for ${email}: ${JSON.stringify(body.errors)}`);
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core on the whole page with the WCAG 2.1 A and AA rules; returns readable violations.
 * Two settings make it 2-4 times faster without checking less: axe still reports every violating
 * node but only one node per passed or inapplicable rule (only violations are read here), and it
 * runs as one `axe.run` in the page (legacy mode: same-origin frames included) instead of a run
 * per frame merged in an extra blank tab, which only cross-origin frames need; the app has none.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // `options` replaces all options, so it comes before `withTags`, which adds `runOnly`.
  const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(AXE_TAGS).setLegacyMode().analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

interface NetworkActivity {
  inFlight: Set<Request>;
  /** Requests started so far: a change means the page asked for something new. */
  started: number;
  lastChange: number;
}

const networkActivity = new WeakMap<Page, NetworkActivity>();

function activityOf(page: Page): NetworkActivity {
  let activity = networkActivity.get(page);
  if (!activity) {
    activity = { inFlight: new Set(), started: 0, lastChange: Date.now() };
    networkActivity.set(page, activity);
  }
  return activity;
}

/** Follows every request of the context's pages (the WebSocket is not a request), for `settled`. */
function watchNetwork(context: BrowserContext): void {
  const pageOf = (request: Request): Page | undefined => {
    try {
      return request.frame().page();
    } catch {
      return undefined; // a service worker's request has no frame
    }
  };
  context.on('request', (request) => {
    const page = pageOf(request);
    if (!page) return;
    const activity = activityOf(page);
    activity.inFlight.add(request);
    activity.started++;
    activity.lastChange = Date.now();
  });
  const done = (request: Request) => {
    const page = pageOf(request);
    if (!page) return;
    const activity = activityOf(page);
    activity.inFlight.delete(request);
    activity.lastChange = Date.now();
  };
  context.on('requestfinished', done);
  context.on('requestfailed', done);
}

/** Quiet this long (and the page idle) counts as done; `networkidle` waits 500 ms every time. */
const QUIET_MS = 150;

/**
 * Waits until the page's requests are all answered, none started for QUIET_MS, and the page's
 * main thread has been idle once after that (so React has rendered what came back and any
 * follow-up query it fires is seen). Pages of contexts not made by `newContext` fall back to
 * Playwright's `networkidle`.
 */
async function networkQuiet(page: Page, timeout = 30_000): Promise<void> {
  const activity = networkActivity.get(page);
  if (!activity) return page.waitForLoadState('networkidle', { timeout });
  const deadline = Date.now() + timeout;
  for (;;) {
    if (Date.now() > deadline) {
      throw new Error(`still loading after ${timeout} ms: ${[...activity.inFlight].map((r) => r.url()).join(', ')}`);
    }
    const quietFor = Date.now() - activity.lastChange;
    if (activity.inFlight.size > 0 || quietFor < QUIET_MS) {
      await new Promise((resolve) => setTimeout(resolve, activity.inFlight.size > 0 ? 20 : QUIET_MS - quietFor));
      continue;
    }
    const started = activity.started;
    const idle = await page
      .evaluate(`new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve(true), { timeout: 1000 })))`)
      .catch(() => false); // the page navigated meanwhile: look again
    if (idle && activity.started === started && activity.inFlight.size === 0) return;
  }
}

/** Waits until the page's h1 is there and nothing is loading any more. */
export async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await networkQuiet(page);
  await page.locator('.bb-loading').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

/**
 * Presses Tab until the focused element matches, like a keyboard user looking for a control.
 * Fails when it takes more than `max` presses (the control is not reachable by keyboard).
 */
export async function tabTo(page: Page, matches: (el: { tag: string; name: string; type: string | null; id: string }) => boolean, max = 60): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate<{ tag: string; name: string; type: string | null; id: string }>(FOCUSED_ELEMENT);
    seen.push(`${el.tag}${el.id ? '#' + el.id : ''}:${el.name.slice(0, 30)}`);
    if (matches(el)) return;
  }
  throw new Error(`not reachable with Tab in ${max} presses; focus went: ${seen.join(' → ')}`);
}

/** The focused element shows a visible focus indicator (outline or box-shadow). */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate<boolean>(`(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return false;
    const style = getComputedStyle(a);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return outline || style.boxShadow !== 'none';
  })()`);
}

/** Runs in the page (as a string: the test project has no DOM types). */
const FOCUSED_ELEMENT = `(() => {
  const a = document.activeElement;
  if (!a) return { tag: '', name: '', type: null, id: '' };
  const labelled = a.id ? document.querySelector('label[for="' + a.id + '"]')?.textContent : undefined;
  return {
    tag: a.tagName.toLowerCase(),
    name: (a.getAttribute('aria-label') ?? labelled ?? a.textContent ?? '').trim(),
    type: a.getAttribute('type'),
    id: a.id,
  };
})()`;

/** The id of the focused element. */
export async function focusedId(page: Page): Promise<string> {
  return page.evaluate<string>(`document.activeElement?.id ?? ''`);
}

/** The visible text of the focused element. */
export async function focusedText(page: Page): Promise<string> {
  return page.evaluate<string>(`document.activeElement?.innerText?.trim() ?? ''`);
}

/** Waits until the element with this id has focus. */
export async function waitForFocus(page: Page, id: string): Promise<void> {
  await page.waitForFunction(`document.activeElement?.id === ${JSON.stringify(id)}`);
}

/** Waits until focus is on the new page's h1 (route change focus management). */
export async function waitForHeadingFocus(page: Page): Promise<void> {
  await waitForFocus(page, 'page-heading');
}

/** Visible buttons, button links, menu links and inputs smaller than 44 × 44 px (WCAG 2.5.5 target size). */
export const SMALL_TARGETS = `[...document.querySelectorAll('button, .utrecht-button-link, .bb-nav__link, input:not([type=checkbox]):not([type=radio]), select, textarea, .bb-tag')]
  .filter((el) => el.offsetParent !== null)
  .filter((el) => { const r = el.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
  .map((el) => el.outerHTML.slice(0, 100))`;
