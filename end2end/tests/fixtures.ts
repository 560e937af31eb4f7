import { test as base, expect, type Locator, type Page } from '@playwright/test';

// Every test gets a guard that records console errors and uncaught page errors on its `page`
// and fails the test if any occurred. Favicon 404s are the only thing ignored by default; a test
// that expects an error (a 404 page logs its own status) widens `allowedConsoleErrors`.
type Fixtures = {
  allowedConsoleErrors: RegExp[];
  consoleGuard: void;
};

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  consoleGuard: [
    async ({ page, allowedConsoleErrors, baseURL }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const where = msg.location()?.url ?? '';
        if (/favicon/i.test(where) || /favicon/i.test(msg.text())) return;
        if (allowedConsoleErrors.some((re) => re.test(msg.text()))) return;
        errors.push(`console.error on ${page.url()}: ${msg.text()} (${where})`);
      });
      // A page's policy must carry this render's nonce, or hydration is blocked: say which header came.
      page.on('response', (res) => {
        if (res.request().resourceType() !== 'document' || !res.url().startsWith(baseURL ?? '')) return;
        const csp = res.headers()['content-security-policy'] ?? '';
        if (res.headers()['content-type']?.startsWith('text/html') && !csp.includes("'nonce-")) {
          errors.push(`page ${res.url()} (${res.status()}) came without a nonce policy: ${JSON.stringify(res.headers())}`);
        }
      });
      page.on('pageerror', (err) => {
        errors.push(`page error on ${page.url()}: ${err.message}`);
      });
      await use();
      expect(errors, 'no console errors or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const DIRECTORIES = [
  'incubators',
  'startups',
  'investors',
  'institutes',
  'enterprises',
  'agencies',
] as const;

export const LISTS = ['offers', 'challenges', 'research', 'programmes', 'events'] as const;

/** The numbers in a text, Vietnamese style ("1.234" is one thousand two hundred and thirty-four). */
export function numbersIn(text: string): number[] {
  return (text.match(/\d[\d.]*/g) ?? []).map((s) => Number(s.replace(/\./g, '')));
}

/** The count a `.count` element (or the element itself) shows. */
export async function countOf(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? '';
  const nums = numbersIn(text);
  if (nums.length === 0) throw new Error(`no number in ${JSON.stringify(text)}`);
  return nums[0];
}

/** The total of a `[data-testid="result-count"]` ("1–20 / 153" → 153: the largest number). */
export async function resultCount(page: Page): Promise<number> {
  const el = page.getByTestId('result-count');
  await expect(el).toBeVisible();
  const text = (await el.textContent()) ?? '';
  const nums = numbersIn(text);
  if (nums.length === 0) throw new Error(`no number in result-count ${JSON.stringify(text)}`);
  return Math.max(...nums);
}

/** Load a page and wait until the app has hydrated (the app sets body[data-hydrated="1"]). */
export async function gotoHydrated(page: Page, url: string) {
  const response = await page.goto(url);
  await waitForHydration(page);
  return response;
}

export async function waitForHydration(page: Page) {
  await page.locator('body[data-hydrated="1"]').waitFor({ state: 'attached', timeout: 15_000 });
}

/** The password of every demo account (seed-demo). */
export const DEMO_PASSWORD = 'KetNoi-demo-2030';

/** Signs in through the form, as a person does; the account page follows. */
export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD) {
  await gotoHydrated(page, '/login');
  await page.getByLabel('Địa chỉ e-mail').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/account$/);
}
