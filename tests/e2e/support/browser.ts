// Browser test helpers: Debian's Chromium through playwright-core, logging in through the real login page.
import fs from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, Locator, Page, chromium } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3210';
export const OUTPUT_DIR = path.join(__dirname, '..', '..', 'output');
export const DEMO_PASSWORD = 'Demo#2026';
export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function newPage(browser: Browser, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
  const page = await context.newPage();
  page.setDefaultTimeout(45000); // generous: CI machines share two cores with the server and the build
  return { context, page };
}

/** Fills a text box whether the test id sits on the <input> itself or on an Ant Design wrapper around it. */
export async function fillBox(box: Locator, text: string) {
  // Wait for the box to be rendered first: counting its inputs before then would pick the wrapper itself.
  await box.waitFor();
  const inner = box.locator('input, textarea');
  const target = (await inner.count()) ? inner.first() : box;
  await target.fill(text);
  return target;
}

/** Closes an open select dropdown. Escape with none open would reach (and close) the drawer or modal around it. */
export async function closeDropdown(page: Page) {
  if (await page.locator('.ant-select-dropdown:visible').count()) await page.keyboard.press('Escape');
}

/** Waits until the select shows `text` as its chosen value (or one of its chosen tags), not as a placeholder. */
export function waitForChosen(page: Page, testId: string, text: string | RegExp, timeout = 5000) {
  return page.getByTestId(testId).locator('.ant-select-content-has-value, .ant-select-selection-item').filter({ hasText: text }).first().waitFor({ timeout });
}

/**
 * Opens an Ant Design select and picks the option matching `text`. Options may arrive a moment later (they
 * depend on another field or on data still loading), so the dropdown is reopened until the option shows.
 * A click on an option can be lost while the drawer around it is still sliding in: the choice is checked too.
 */
export async function pickOption(page: Page, testId: string, text: string | RegExp) {
  for (let attempt = 1; ; attempt++) {
    await page.getByTestId(testId).click();
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first();
    try {
      await option.waitFor({ timeout: 5000 });
      await option.click();
      await waitForChosen(page, testId, text);
      return;
    } catch (error) {
      if (attempt >= 4) throw error;
      await closeDropdown(page);
      await page.waitForTimeout(500);
    }
  }
}

/** Logs in through the login form and waits for the app shell. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${BASE_URL}/login`);
  // Typing before React has hydrated the form is lost: wait until the page has settled first.
  await page.waitForLoadState('networkidle');
  for (let attempt = 1; ; attempt++) {
    const user = await fillBox(page.getByTestId('login-username'), username);
    const pass = await fillBox(page.getByTestId('login-password'), password);
    if ((await user.inputValue()) === username && (await pass.inputValue()) === password) {
      await page.getByTestId('login-submit').click();
      try {
        await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30000 });
        return;
      } catch (error) {
        const refusal = await page.getByTestId('login-error').textContent().catch(() => null);
        if (refusal || attempt >= 2) throw new Error(`login as ${username} failed: ${refusal ?? String(error)}`);
      }
    } else if (attempt >= 3) {
      throw new Error(`could not type into the login form as ${username}`);
    }
    await page.waitForTimeout(500);
  }
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** True when the page is wider than the viewport (horizontal scrolling). */
export const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

/** A GraphQL call from inside the page, with the page's session cookie. */
export async function api<T = any>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const body = await page.evaluate(async ([q, v]) => {
    const res = await fetch('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: v }) });
    return res.json();
  }, [query, variables] as const);
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}
