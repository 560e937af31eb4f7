import { test, expect, LISTS, gotoHydrated } from './fixtures';

for (const list of LISTS) {
  test(`/${list} lists items whose detail pages open`, async ({ page }) => {
    const response = await gotoHydrated(page, `/${list}`);
    expect(response?.status()).toBe(200);
    const cards = page.getByTestId('item-card');
    await expect(cards.first()).toBeVisible();
    // The card is a link itself, or holds one.
    const link = page
      .locator(
        `[data-testid="item-card"] a[href*="/${list}/"], a[data-testid="item-card"][href*="/${list}/"]`,
      )
      .first();
    const href = await link.getAttribute('href');
    expect(href, `a link to /${list}/<slug> in the first item card`).toMatch(
      new RegExp(`/${list}/[^/?#]+$`),
    );

    const detail = await gotoHydrated(page, href!);
    expect(detail?.status()).toBe(200);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('h1')).not.toBeEmpty();
  });
}
