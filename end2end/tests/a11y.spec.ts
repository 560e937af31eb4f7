import { test, expect } from './fixtures';

test('Tab from the top of the page reaches "skip to content" first', async ({ page }) => {
  for (const path of ['/', '/startups']) {
    await page.goto(path);
    await page.waitForLoadState('load');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveCount(1);
    const tag = await focused.evaluate((el) => el.tagName.toLowerCase());
    expect(tag, `first focusable element on ${path}`).toBe('a');
    const href = (await focused.getAttribute('href')) ?? '';
    expect(href, 'the skip link points into the page').toMatch(/^#.+/);
    await expect(focused).toBeVisible();
    // Its target exists.
    await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
  }
});
