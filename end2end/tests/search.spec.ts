import { test, expect, countOf, gotoHydrated, resultCount } from './fixtures';

// Search as users do it: typing without diacritics, picking a suggestion with the keyboard,
// narrowing results with facets (the URL and the counts follow).

test('typing without diacritics suggests Vietnamese names; the keyboard picks one', async ({ page }) => {
  await gotoHydrated(page, '/');
  const box = page.locator('#header-q');
  await box.click();
  await box.pressSequentially('nong ngh', { delay: 40 });
  const list = page.getByTestId('suggestions');
  await expect(list).toBeVisible();
  const options = list.getByRole('option');
  await expect(options.first()).toBeVisible();
  // the suggestions are spelled with diacritics although none were typed
  await expect(options.first()).toContainText(/nông nghiệp/i);
  await expect(box).toHaveAttribute('aria-expanded', 'true');

  await box.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', 'header-suggestion-0');
  const title = ((await options.first().locator('.suggestion-title').textContent()) ?? '').trim();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/(org|offers|challenges)\/[^/?#]+$/);
  await expect(page.locator('h1')).toHaveText(title);
});

test('Escape closes the suggestions; Enter without a choice runs a full search', async ({ page }) => {
  await gotoHydrated(page, '/');
  const box = page.locator('#header-q');
  await box.click();
  await box.pressSequentially('vuon uom', { delay: 40 });
  const list = page.getByTestId('suggestions');
  await expect(list.getByRole('option').first()).toContainText(/vườn ươm/i);
  await box.press('Escape');
  await expect(list).toBeHidden();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=vuon(\+|%20)uom/);
  expect(await resultCount(page)).toBeGreaterThan(0);
  await expect(page.getByTestId('search-hit').first()).toContainText(/vườn ươm/i);
});

test('a search narrows with two facets; the URL and the counts change', async ({ page }) => {
  await gotoHydrated(page, '/search?q=cong+nghe');
  const total = await resultCount(page);
  expect(total).toBeGreaterThan(10);
  // highlighted words in the snippets
  await expect(page.getByTestId('search-hit').locator('mark').first()).toBeVisible();

  // first facet: a kind with fewer results than the total
  const pick = async (facet: string, below: number) => {
    const options = page.getByTestId(`facet-${facet}`).locator('a[data-value]');
    const n = await options.count();
    for (let i = 0; i < n; i++) {
      const c = await countOf(options.nth(i).locator('.count'));
      if (c > 0 && c < below) return { link: options.nth(i), count: c, value: await options.nth(i).getAttribute('data-value') };
    }
    throw new Error(`no ${facet} value with 0 < count < ${below}`);
  };
  const kind = await pick('kind', total);
  await kind.link.click();
  await expect(page).toHaveURL(new RegExp(`[?&]kind=${kind.value}`));
  await expect.poll(() => resultCount(page)).toBe(kind.count);

  const sector = await pick('sector', kind.count + 1);
  await sector.link.click();
  await expect(page).toHaveURL(new RegExp(`[?&]sector=${sector.value}`));
  await expect(page).toHaveURL(new RegExp(`[?&]kind=${kind.value}`));
  await expect.poll(() => resultCount(page)).toBe(sector.count);
  expect(sector.count).toBeLessThanOrEqual(kind.count);
  // every hit is of the chosen kind
  const groups = await page.getByTestId('search-hit').count();
  expect(groups).toBeGreaterThan(0);
});

test('sorting by newest keeps the query and the filters', async ({ page }) => {
  await gotoHydrated(page, '/search?q=nong+nghiep&kind=offer');
  const total = await resultCount(page);
  await page.getByTestId('sort-select').selectOption('newest');
  await expect(page).toHaveURL(/sort=newest/);
  await expect(page).toHaveURL(/kind=offer/);
  await expect(page).toHaveURL(/q=nong/);
  expect(await resultCount(page)).toBe(total);
});

test('a misspelt query offers "did you mean" that finds results', async ({ page }) => {
  await gotoHydrated(page, '/search?q=vuuoon+uuomm');
  const suggestion = page.getByTestId('did-you-mean').locator('a');
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page).toHaveURL(/\/search\?q=/);
  expect(await resultCount(page)).toBeGreaterThan(0);
});
