import {
  test,
  expect,
  DIRECTORIES,
  countOf,
  gotoHydrated,
  resultCount,
} from './fixtures';

for (const dir of DIRECTORIES) {
  test(`/${dir} lists organisations that link to their pages`, async ({ page }) => {
    const response = await gotoHydrated(page, `/${dir}`);
    expect(response?.status()).toBe(200);
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(0);
    const cards = page.getByTestId('org-card');
    await expect(cards.first()).toBeVisible();
    const first = cards.first().locator('a.card-title');
    await expect(first).toHaveAttribute('href', /\/org\/[^/?#]+$/);
  });
}

test('the incubator directory lists at least 7', async ({ page }) => {
  await gotoHydrated(page, '/incubators');
  expect(await resultCount(page)).toBeGreaterThanOrEqual(7);
  expect(await page.getByTestId('org-card').count()).toBeGreaterThanOrEqual(1);
});

test('filtering startups by a sector narrows the list and keeps it in the URL', async ({ page }) => {
  await gotoHydrated(page, '/startups');
  const before = await resultCount(page);

  // A sector with some startups, but not all of them.
  const options = page.getByTestId('facet-sector').locator('a[data-value]');
  const n = await options.count();
  expect(n, 'sector facet values').toBeGreaterThan(0);
  let chosen = -1;
  let expected = 0;
  for (let i = 0; i < n; i++) {
    const c = await countOf(options.nth(i).locator('.count'));
    if (c > 0 && c < before) {
      chosen = i;
      expected = c;
      break;
    }
  }
  expect(chosen, 'a sector facet with 0 < count < total').toBeGreaterThanOrEqual(0);
  const code = await options.nth(chosen).getAttribute('data-value');
  expect(code).toBeTruthy();

  await options.nth(chosen).click();
  await expect(page).toHaveURL(new RegExp(`[?&]sector=${code}(&|$)`));
  await expect.poll(() => resultCount(page)).toBe(expected);
  const after = await resultCount(page);
  expect(before).toBeGreaterThan(after);
  expect(after).toBeGreaterThan(0);
  await expect(page.getByTestId('org-card').first()).toBeVisible();
});

test('the sort control works after hydration (no button press)', async ({ page }) => {
  await gotoHydrated(page, '/startups');
  const select = page.getByTestId('sort-select');
  await expect(select).toHaveAttribute('name', 'sort');
  await expect(select.locator('option[value="name"]')).toHaveCount(1);
  await expect(select.locator('option[value="newest"]')).toHaveCount(1);

  await select.selectOption('newest');
  await expect(page).toHaveURL(/[?&]sort=newest(&|$)/);
  await expect(page.getByTestId('sort-select')).toHaveValue('newest');
  await expect(page.getByTestId('org-card').first()).toBeVisible();
});

test('the pager leads to the next page', async ({ page }) => {
  await gotoHydrated(page, '/startups');
  const firstOnPage1 = await page.getByTestId('org-card').first().locator('a.card-title').getAttribute('href');
  const next = page.getByTestId('pager').locator('a[rel="next"]');
  await expect(next).toBeVisible();
  await next.click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(page.getByTestId('org-card').first()).toBeVisible();
  await expect
    .poll(() => page.getByTestId('org-card').first().locator('a.card-title').getAttribute('href'))
    .not.toBe(firstOnPage1);
});
