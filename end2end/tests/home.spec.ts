import { test, expect, DIRECTORIES, countOf, gotoHydrated, resultCount } from './fixtures';

test('home shows the directory counts, in Vietnamese by default', async ({ page }) => {
  await gotoHydrated(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  const counts: Record<string, number> = {};
  for (const dir of DIRECTORIES) {
    const link = page.getByTestId(`count-${dir}`);
    await expect(link, `count-${dir} on the home page`).toBeVisible();
    await expect(link).toHaveAttribute('href', new RegExp(`/${dir}/?$`));
    const count = link.locator('.count');
    // Vietnamese number formatting: digits, thousands separated by "."
    await expect(count).toHaveText(/^\s*\d{1,3}(\.\d{3})*\s*$/);
    counts[dir] = await countOf(count);
  }
  expect(counts.incubators, 'incubators and innovation spaces').toBeGreaterThanOrEqual(7);
  expect(counts.startups, 'startups').toBeGreaterThanOrEqual(150);
});

test('a home count leads to its directory with the same total', async ({ page }) => {
  await gotoHydrated(page, '/');
  const link = page.getByTestId('count-incubators');
  const expected = await countOf(link.locator('.count'));
  await link.click();
  await expect(page).toHaveURL(/\/incubators\/?$/);
  await expect.poll(() => resultCount(page)).toBe(expected);
});
