import { test, expect, gotoHydrated, waitForHydration } from './fixtures';

test('the language switch changes the UI text and persists to the next page', async ({ page, context }) => {
  await gotoHydrated(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  const headerVi = (await page.locator('header').first().innerText()).trim();
  const labelVi = (await page.getByTestId('count-startups').innerText()).trim();

  const toggle = page.getByTestId('lang-toggle');
  await expect(toggle).toHaveAttribute('href', /lang=en/);
  await toggle.click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await waitForHydration(page);
  const headerEn = (await page.locator('header').first().innerText()).trim();
  const labelEn = (await page.getByTestId('count-startups').innerText()).trim();
  expect(headerEn, 'header text in English differs from Vietnamese').not.toBe(headerVi);
  expect(labelEn, 'home directory label in English differs from Vietnamese').not.toBe(labelVi);

  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === 'lang')?.value).toBe('en');

  // The next page, reached without ?lang, stays English.
  await gotoHydrated(page, '/startups');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect((await page.locator('header').first().innerText()).trim()).toBe(headerEn);
  await expect(page.getByTestId('lang-toggle')).toHaveAttribute('href', /lang=vi/);

  // And back.
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await gotoHydrated(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  expect((await page.getByTestId('count-startups').innerText()).trim()).toBe(labelVi);
});

test('?lang=en works as a plain link', async ({ page }) => {
  await gotoHydrated(page, '/incubators?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await gotoHydrated(page, '/investors');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
