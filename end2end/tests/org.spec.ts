import { test, expect, gotoHydrated } from './fixtures';
import type { Page } from '@playwright/test';

/** The address of an incubator page that lists at least one startup, and one of those startups. */
async function incubatorWithStartup(page: Page): Promise<{ incubator: string; startup: string }> {
  await gotoHydrated(page, '/incubators');
  const hrefs = await page
    .getByTestId('org-card')
    .locator('a.card-title')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  for (const href of hrefs) {
    await gotoHydrated(page, href);
    const links = page.getByTestId('rel-startups').locator('a');
    if ((await links.count()) > 0) {
      const startup = await links.first().getAttribute('href');
      if (startup) return { incubator: new URL(href, page.url()).pathname, startup };
    }
  }
  throw new Error('no incubator on /incubators lists a startup (rel-startups)');
}

test('a startup shows its incubator, and the incubator lists its startups', async ({ page }) => {
  const { incubator, startup } = await incubatorWithStartup(page);

  // The journey proper starts on the startup's page.
  const response = await gotoHydrated(page, startup);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toBeVisible();
  const rel = page.getByTestId('rel-incubator').locator('a');
  await expect(rel.first()).toHaveAttribute('href', /\/org\/[^/?#]+$/);
  await expect(rel.first()).toHaveAttribute('href', new RegExp(`${incubator}$`));

  await rel.first().click();
  await expect(page).toHaveURL(new RegExp(`${incubator}$`));
  await expect(page.locator('h1')).toBeVisible();
  const startups = page.getByTestId('rel-startups').locator('a');
  await expect(startups.first()).toBeVisible();
  expect(await startups.count()).toBeGreaterThan(0);
  await expect(startups.first()).toHaveAttribute('href', /\/org\/[^/?#]+$/);
});

test('an organisation page marks demo data as sample', async ({ page }) => {
  await gotoHydrated(page, '/startups');
  const href = await page.getByTestId('org-card').first().locator('a.card-title').getAttribute('href');
  expect(href).toBeTruthy();
  await gotoHydrated(page, href!);
  await expect(page.locator('h1')).toBeVisible();
  // The organisation's own badge (related items on the page may carry one too).
  await expect(page.getByTestId('sample-badge').first()).toBeVisible();
});

test.describe('unknown addresses', () => {
  // The browser logs the document's own 404 status as a console error; that one is expected.
  test.use({ allowedConsoleErrors: [/status of 404/] });

  for (const path of ['/org/khong-ton-tai', '/no-such-page']) {
    test(`${path} answers 404 with a not-found page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByTestId('not-found')).toBeVisible();
    });
  }
});
