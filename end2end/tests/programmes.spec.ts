import { test, expect, gotoHydrated, signIn } from './fixtures';

// The programme journey in Chromium: a startup's member applies to the standing incubation
// programme of the demo data (open 2026–2030, whatever today is), the incubator's member moves
// the application through the board to "accepted", and the startup's public page then names
// the incubator. The accounts are the seed's fixed ones (app/src/backend/seed/journeys.rs).

const PROGRAMME = '/programmes/chuong-trinh-uom-tao-thuong-xuyen-2026-2030';

test('a startup applies, the incubator accepts it, the startup page names the incubator', async ({ page }) => {
  // the startup's member opens the programme and applies
  await signIn(page, 'demo.startup@example.com');
  await gotoHydrated(page, PROGRAMME);
  const incubator = ((await page.locator('.detail-org a').first().textContent()) ?? '').trim();
  expect(incubator.length).toBeGreaterThan(0);
  await page.getByTestId('apply-link').first().click();
  await expect(page).toHaveURL(/\/apply\?org=/);
  const startupSlug = new URL(page.url()).searchParams.get('org') ?? '';
  const startup = ((await page.locator('.page-header strong').first().textContent()) ?? '').trim();
  expect(startupSlug).not.toBe('');

  // submitting with a required answer missing is refused, the typed answer kept
  const form = page.getByTestId('apply-form');
  const answers = form.locator('textarea');
  await expect(answers).toHaveCount(3);
  await answers.nth(0).fill('Cảm biến độ ẩm đất giúp ruộng lúa tiết kiệm 30 % nước tưới.');
  await form.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Vui lòng điền mục này');
  await expect(page.getByTestId('apply-form').locator('textarea').nth(0)).toHaveValue(/tiết kiệm 30 % nước/);

  // a draft, then the submission
  await page.getByTestId('apply-form').locator('textarea').nth(1).fill('Hai kỹ sư điện tử và một kỹ sư nông nghiệp.');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByTestId('notice')).toContainText('Đã lưu bản nháp');
  await page.getByTestId('apply-form').getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(page.getByTestId('notice')).toContainText('Đã nộp hồ sơ');
  await expect(page.getByTestId('read-only')).toBeVisible();
  await expect(page.getByTestId('apply-form')).toHaveCount(0);
  await expect(page.getByTestId('app-state').first()).toHaveText('Đã nộp');

  // the incubator's member runs the board
  await page.context().clearCookies();
  await signIn(page, 'demo.incubator@example.com');
  await gotoHydrated(page, `${PROGRAMME}/applications`);
  const card = (column: string) =>
    page.getByTestId(`column-${column}`).getByTestId('board-card').filter({ hasText: startup });
  await expect(card('submitted')).toHaveCount(1);
  // no skipping ahead: a submitted card offers screening or rejection only
  await expect(card('submitted').getByRole('button', { name: /Được chấp nhận/ })).toHaveCount(0);
  for (const [from, step, to] of [
    ['submitted', 'Sàng lọc', 'screening'],
    ['screening', 'Phỏng vấn', 'interview'],
    ['interview', 'Được chấp nhận', 'accepted'],
  ]) {
    await card(from).getByRole('button', { name: `Chuyển sang ${step}` }).click();
    await expect(page.getByTestId('notice')).toContainText('Đã chuyển hồ sơ');
    await expect(card(to)).toHaveCount(1);
  }

  // the startup's public page now names its incubator
  await gotoHydrated(page, `/org/${startupSlug}`);
  await expect(page.getByTestId('rel-incubator')).toContainText(incubator);
});
