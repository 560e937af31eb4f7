import { readFileSync } from 'node:fs';
import { test, expect, gotoHydrated, signIn, DEMO_PASSWORD } from './fixtures';

// The plan's targets in Chromium: the Department's admin enters a year's figure for a target it
// maintains and the public dashboard's chart shows it (bar and text alternative); the annual
// report downloads as a real XLSX workbook.

const CODE = 'researchers_per_10k';

test('an admin enters a figure and the dashboard chart shows it', async ({ page }) => {
  await signIn(page, 'demo.admin@example.com', DEMO_PASSWORD);
  await gotoHydrated(page, `/admin/kpi?code=${CODE}`);
  // the form opens on this year; a value the seed never has (9,1 … 9,9 people per 10,000)
  const year = await page.locator('#f-year').inputValue();
  const tenths = 1 + Math.floor(Math.random() * 9);
  await page.getByLabel('Giá trị', { exact: true }).fill(`9,${tenths}`);
  await page.getByLabel('Nguồn', { exact: true }).fill('Điều tra thống kê KH&CN tỉnh Ninh Bình');
  await page.getByLabel('Ghi chú', { exact: true }).fill('Số liệu sơ bộ');
  await page.getByRole('button', { name: 'Lưu số liệu' }).click();
  await expect(page.getByTestId('notice')).toBeVisible();

  await gotoHydrated(page, '/kpi');
  const card = page.locator(`[data-testid="kpi-card"][data-code="${CODE}"]`);
  const bar = card.locator(`g.kpi-bar[data-year="${year}"]`);
  await expect(bar).toHaveAttribute('data-value', `9.${tenths}`);
  await expect(bar.locator('text.kpi-bar-value')).toHaveText(`9,${tenths}`);
  // the text alternative says the same: the hidden data table and the SVG's description
  await expect(card.getByTestId('kpi-chart-data')).toContainText(`9,${tenths} người/vạn dân`);
  await expect(card.locator('svg desc')).toContainText(`${year}: 9,${tenths}`);
  await expect(card.locator('svg')).toHaveAttribute('role', 'img');

  // the indicator's page shows the source to everyone and the history to the admin
  await gotoHydrated(page, `/kpi/${CODE}`);
  await expect(page.getByTestId('kpi-years')).toContainText('Điều tra thống kê KH&CN tỉnh Ninh Bình');
  await expect(page.getByTestId('kpi-history-row').first()).toContainText(`9,${tenths}`);
});

test('the annual report prints as a table and downloads as a valid XLSX', async ({ page }) => {
  await gotoHydrated(page, '/kpi/report');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Báo cáo kết quả thực hiện các chỉ tiêu');
  await expect(page.getByTestId('kpi-report-row')).toHaveCount(15);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('kpi-xlsx').click()]);
  expect(download.suggestedFilename()).toMatch(/^bao-cao-chi-tieu-\d{4}\.xlsx$/);
  const bytes = readFileSync(await download.path());
  // an XLSX is a zip container: local file header signature, then the workbook's parts
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  expect(bytes.length).toBeGreaterThan(4000);
  expect(bytes.includes(Buffer.from('xl/worksheets/sheet1.xml'))).toBe(true);
});
