import { test, expect, gotoHydrated, signIn } from './fixtures';

// Feedback on suggestions, as a member gives it in Chromium: on the dashboard, "Không phù hợp"
// removes a suggestion and it does not come back; a suggestion's link (counted on the way)
// opens the suggested page; the Department's admins see both in the matching-quality table.
// Demo data (seed-demo, seed 2030): a member of a ceramics company and a startup, used by no
// other journey.

const MEMBER = 'demo.phan.xuan.an@example.com';

test('a member dismisses a suggestion; it stays gone; the admins see it counted', async ({ page, browser }) => {
  await signIn(page, MEMBER);
  await gotoHydrated(page, '/dashboard');
  const section = page.getByTestId('dashboard-section').first();
  const cards = section.getByTestId('suggestion');
  await expect(cards.first()).toBeVisible();
  const title = ((await cards.first().locator('.card-title').textContent()) ?? '').trim();
  expect(title.length).toBeGreaterThan(0);

  await cards.first().getByTestId('dismiss').click();
  await expect(page).toHaveURL(/\/dashboard#dash-/);
  await expect(section.getByTestId('suggestion').first()).toBeVisible();
  await expect(section.getByTestId('suggestion').filter({ hasText: title })).toHaveCount(0);

  // after a fresh load too
  await gotoHydrated(page, '/dashboard');
  await expect(page.getByTestId('dashboard-section').first().getByTestId('suggestion').first()).toBeVisible();
  await expect(page.getByTestId('dashboard-section').first().getByTestId('suggestion').filter({ hasText: title })).toHaveCount(0);

  // a suggestion's link is counted on the way and lands on the suggested page itself
  const link = page.getByTestId('dashboard-section').first().getByTestId('suggestion').first().locator('.card-title');
  const opened = ((await link.textContent()) ?? '').trim();
  await link.click();
  await expect(page).toHaveURL(/\/(org|offers|challenges|programmes)\/[^/?#]+$/);
  await expect(page.locator('h1')).toHaveText(opened);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'demo.admin@example.com');
  await gotoHydrated(admin, '/admin/kpi');
  const row = admin.getByTestId('match-quality-row').first();
  await expect(row).toBeVisible();
  // month, shown, opened, dismissed, requested: something was opened and dismissed this month
  await expect(row.locator('td').nth(1)).not.toHaveText(/^0/);
  await expect(row.locator('td').nth(2)).not.toHaveText(/^0/);
  await admin.close();
});
