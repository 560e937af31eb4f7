import { test, expect, countOf, resultCount } from './fixtures';

// Server-rendered pages must work without JavaScript (search engines, slow phones, failures).
test.use({ javaScriptEnabled: false });

test('without JavaScript the directory shows cards and facet counts', async ({ page }) => {
  const response = await page.goto('/startups');
  expect(response?.status()).toBe(200);
  const total = await resultCount(page);
  expect(total).toBeGreaterThan(0);
  await expect(page.getByTestId('org-card').first()).toBeVisible();
  await expect(page.getByTestId('org-card').first().locator('a.card-title')).toHaveAttribute(
    'href',
    /\/org\/[^/?#]+$/,
  );

  const facet = page.getByTestId('facet-sector').locator('a[data-value]');
  expect(await facet.count()).toBeGreaterThan(0);
  const counts: number[] = [];
  for (let i = 0; i < (await facet.count()); i++) {
    counts.push(await countOf(facet.nth(i).locator('.count')));
  }
  expect(Math.max(...counts)).toBeGreaterThan(0);

  // A facet is a plain link: following it filters on the server.
  const i = counts.findIndex((c) => c > 0 && c < total);
  expect(i, 'a sector facet with 0 < count < total').toBeGreaterThanOrEqual(0);
  const code = await facet.nth(i).getAttribute('data-value');
  await facet.nth(i).click();
  await expect(page).toHaveURL(new RegExp(`[?&]sector=${code}(&|$)`));
  expect(await resultCount(page)).toBe(counts[i]);
});

test('without JavaScript the home page shows the counts', async ({ page }) => {
  await page.goto('/');
  const n = await countOf(page.getByTestId('count-startups').locator('.count'));
  expect(n).toBeGreaterThanOrEqual(150);
});

test('without JavaScript a search shows ranked hits, highlights and facets', async ({ page }) => {
  const response = await page.goto('/search?q=nong+nghiep');
  expect(response?.status()).toBe(200);
  expect(await resultCount(page)).toBeGreaterThan(0);
  await expect(page.getByTestId('search-hit').first().locator('mark').first()).toHaveText(/nông|nghiệp/i);
  const kinds = page.getByTestId('facet-kind').locator('a[data-value]');
  expect(await kinds.count()).toBeGreaterThan(1);
  // the header box is a plain GET form
  await page.locator('#header-q').fill('vuon uom');
  await page.locator('#header-q').press('Enter');
  await expect(page).toHaveURL(/\/search\?q=vuon(\+|%20)uom/);
  expect(await resultCount(page)).toBeGreaterThan(0);
});
