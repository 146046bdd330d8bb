// Security headers in a real browser: a page on another origin (same site, another port) cannot frame the app,
// logged in or not; and the main pages (login, customers, a customer, the opportunity board, with a drawer and a
// dropdown opened so Ant Design injects styles at run time) render under the nonce CSP with no violation.
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Browser, Page } from 'playwright-core';
import { BASE_URL, api, launch, login, newPage, screenshot } from './support/browser';

let browser: Browser;
let framer: http.Server;
let framerUrl: string;

beforeAll(async () => {
  browser = await launch();
  // The attacker's page: frames the app's login and customer list, and (as a control) a page of its own.
  framer = http.createServer((req, res) => {
    if (req.url === '/own') { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<p id="own">framed fine</p>'); return; }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>framer</title>
      <iframe name="own" src="/own" width="400" height="200"></iframe>
      <iframe name="login" src="${BASE_URL}/login" width="800" height="600"></iframe>
      <iframe name="customers" src="${BASE_URL}/customers" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
  framerUrl = `http://127.0.0.1:${(framer.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => framer?.close(resolve));
});

/** Collects CSP violations (the page's own event, reported from every document) and console errors. */
async function watch(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction('__reportCsp', (text: string) => violations.push(`${page.url()}: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // The offending element, when it is a style or script tag without the nonce, named by its start.
      const unnonced = [...document.querySelectorAll('style, script')].filter((el) => !(el as HTMLElement).nonce && !(el as HTMLScriptElement).src).map((el) => el.outerHTML.slice(0, 160));
      const target = e.target instanceof Element ? e.target.outerHTML.slice(0, 160) : '';
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI} ${e.sample ?? ''} ${target} ${unnonced.join(' | ')}`);
    });
  });
  const errors: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { violations, errors };
}

test('another origin cannot frame the app, signed in or not; its own page frames fine', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'wang');
  const refusals: string[] = [];
  page.on('console', (msg) => { if (/frame-ancestors|X-Frame-Options/i.test(msg.text())) refusals.push(msg.text()); });
  await page.goto(framerUrl);
  await page.waitForTimeout(3000);
  const own = page.frame({ name: 'own' })!;
  expect(await own.locator('#own').textContent()).toBe('framed fine');
  for (const name of ['login', 'customers']) {
    const frame = page.frame({ name })!;
    expect(frame.url().startsWith(BASE_URL) && (await frame.locator('body *').count().catch(() => 0)) > 0 && (await frame.evaluate(() => location.origin).catch(() => 'blocked')) !== 'blocked' ? `${name} rendered inside the frame` : 'blocked').toBe('blocked');
  }
  expect(refusals.length).toBeGreaterThan(0);
  await screenshot(page, 'security-framing-refused');
  await context.close();
});

test('the main pages render under the nonce CSP without a single violation', async () => {
  const { context, page } = await newPage(browser);
  page.setDefaultTimeout(60000);
  const { violations, errors } = await watch(page);

  const loginResponse = await page.goto(`${BASE_URL}/login`);
  const headers = loginResponse!.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  await login(page, 'wang');

  await page.goto(`${BASE_URL}/customers`);
  await page.locator('.ant-table-row').first().waitFor();
  // Ant Design's styles arrived: the primary button has the theme colour, not the browser's default.
  const primary = page.locator('.ant-btn-primary').first();
  expect(await primary.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(29, 78, 216)');
  // A drawer and a dropdown make Ant Design insert new style tags in the browser: they need the nonce too.
  await primary.click();
  await page.locator('.ant-drawer-open, .ant-modal-wrap').first().waitFor();
  const select = page.locator('.ant-drawer-open .ant-select, .ant-modal-wrap .ant-select').first();
  if (await select.count()) {
    await select.click();
    await page.locator('.ant-select-dropdown').first().waitFor({ state: 'attached' });
  }
  await screenshot(page, 'security-csp-customers');

  const { customers } = await api(page, '{ customers(first: 1) { nodes { id } } }');
  await page.goto(`${BASE_URL}/customers/${customers.nodes[0].id}`);
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'security-csp-customer-detail');

  await page.goto(`${BASE_URL}/opportunities/board`);
  await page.getByTestId('board-column-3').waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'security-csp-board');

  expect(violations).toEqual([]);
  expect(errors.filter((e) => /Content Security Policy|Refused to (load|execute|apply)|nonce/i.test(e))).toEqual([]);
  await context.close();
});
