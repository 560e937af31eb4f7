import { readFileSync } from 'node:fs';
import { test, expect, gotoHydrated } from './fixtures';

// Downloads in Chromium: on a filtered directory, "Tải Excel" gives a real XLSX file of that
// list. No XLSX parser is among end2end's dependencies, so the file is checked by its zip
// signature, its size and the workbook parts named in the zip's directory (stored
// uncompressed); the server tests (server/tests/it/export.rs) parse the content.

test('“Tải Excel” on a filtered startup list downloads a valid XLSX', async ({ page }) => {
  await gotoHydrated(page, '/startups');
  const sector = await page.getByTestId('facet-sector').locator('a[data-value]').first().getAttribute('data-value');
  expect(sector).toBeTruthy();
  await gotoHydrated(page, `/startups?sector=${sector}`);

  const link = page.getByTestId('download-xlsx');
  await expect(link).toHaveText('Tải Excel');
  await expect(link).toHaveAttribute('href', new RegExp(`^/export/startups\\.xlsx\\?sector=${sector}&lang=vi$`));

  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^startups-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const path = await download.path();
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])), 'zip signature PK\\3\\4').toBe(true);
  expect(bytes.length).toBeGreaterThan(2_000);
  const names = bytes.toString('latin1');
  expect(names).toContain('xl/workbook.xml');
  expect(names).toContain('xl/worksheets/sheet1.xml');
});

test('“Tải CSV” downloads UTF-8 with a BOM and the list’s Vietnamese headers', async ({ page }) => {
  await gotoHydrated(page, '/offers');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/^offers-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'UTF-8 BOM').toBe(true);
  const firstLine = bytes.subarray(3).toString('utf8').split('\r\n')[0];
  expect(firstLine.startsWith('Tiêu đề,Tổ chức,')).toBe(true);
});
