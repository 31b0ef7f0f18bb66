import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { TestApp } from '../../support/test-app.js';
import type { Audience } from './accounts.js';
import { axeViolations, type Language, launchBrowser, newContext, screenshot, settled, signIn, watchProblems } from './browser.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoIds, demoIds } from './demo.js';
import { WEB_PAGES } from './pages.js';
import { startWebApp } from './web-app.js';

const LANGUAGES: Language[] = ['nl', 'en'];
const NAMESPACES = Object.keys(JSON.parse(readFileSync('apps/web/src/i18n/nl.json', 'utf8')) as object);
/** A missing translation shows its key ("home.title"); none may reach the screen. */
const UNTRANSLATED_KEY = new RegExp(`\\b(?:${NAMESPACES.join('|')})\\.[A-Za-z]`);

/**
 * axe-core (WCAG 2.1 A + AA) on every page, in Dutch and English, for every role, on the seeded
 * demo city: zero violations. Also: the page is in the chosen language (`<html lang>`, no stray
 * translation keys), nothing crashed, and screenshots of the main pages are saved under
 * test-output/screenshots for people to look at.
 */
export function describeAccessibility(audiences: Audience[], options: { plantedViolation?: boolean } = {}): void {
  describe(`web app: accessibility of every page in Dutch and English (${audiences.join(', ')})`, () => {
    let t: TestApp;
    let browser: Browser;
    let ids: DemoIds;

    beforeAll(async () => {
      t = await startWebApp({ demo: true });
      ids = await demoIds(t.url);
      browser = await launchBrowser();
    }, 180_000);
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    if (options.plantedViolation) it('axe finds a planted violation (so a clean result means something)', async () => {
      const context = await newContext(browser, t.url, 'nl');
      const page = await context.newPage();
      await page.goto('/');
      await settled(page);
      await page.evaluate(`document.querySelector('main').insertAdjacentHTML('beforeend', '<img src="x.png"><input type="text">')`);
      const violations = await axeViolations(page);
      expect(violations.join('\n')).toMatch(/image-alt/);
      expect(violations.join('\n')).toMatch(/label/);
      await context.close();
    });

    for (const language of LANGUAGES) {
      for (const audience of audiences) {
        const pages = WEB_PAGES.filter((p) => p.audiences.includes(audience));
        it(`${audience} in ${language}: ${pages.map((p) => p.name).join(', ')}`, async () => {
          const context = await newContext(browser, t.url, language);
          if (audience !== 'anonymous') await signIn(context, DEMO_ACCOUNTS[audience], DEMO_PASSWORD);
          const page = await context.newPage();
          const problems = watchProblems(page);
          const failures: string[] = [];
          for (const webPage of pages) {
            const path = webPage.path(ids);
            await page.goto(path);
            await settled(page);
            expect(await page.locator('html').getAttribute('lang')).toBe(language);
            const text = await page.locator('body').innerText();
            if (UNTRANSLATED_KEY.test(text)) failures.push(`${path}: untranslated key ${text.match(UNTRANSLATED_KEY)?.[0]}`);
            if (/\b(Er ging iets mis|Something went wrong|Deze pagina is niet voor jou|This page is not for you)\b/.test(text)) {
              failures.push(`${path}: shows an error instead of the page`);
            }
            const violations = await axeViolations(page);
            if (violations.length) failures.push(`${path}:\n  ${violations.join('\n  ')}`);
            if (webPage.screenshot) await screenshot(page, `${language}-${audience}-${webPage.name}`);
          }
          await context.close();
          expect(problems.errors).toEqual([]);
          expect(failures).toEqual([]);
        }, 180_000);
      }
    }
  });
}
