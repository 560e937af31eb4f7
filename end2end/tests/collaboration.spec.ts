import { test, expect, gotoHydrated, signIn } from './fixtures';
import type { Page } from '@playwright/test';

// A collaboration from first contact to signed agreement, in two browsers: an enterprise's
// member finds an institute's offer by searching without diacritics and sends a request; the
// institute's member sees the notification, opens it and accepts; both then see each other's
// contacts and the requester sees the offer's confidential details; they record the agreement
// and the KPI "innovation products commercialised" (indicator 12) counts it this year.
// Demo data (seed-demo, seed 2030): the offer and the two members below.

const REQUESTER = 'demo.duong.thu.ngan@example.com'; // Công ty Cổ phần Du lịch Sinh thái Quang Hà
const REQUESTER_ORG = /Quang Hà/;
const PROVIDER = 'demo.dang.hong.yen@example.com'; // the institute that offers the e-signature solution
// Live in the demo data: its expiry moves with the demo's "now" (seed/offers.rs).
const OFFER_TITLE = 'Chữ ký số và hợp đồng điện tử kết nối phần mềm kế toán, hóa đơn điện tử';
const OFFER_SLUG = 'chu-ky-so-va-hop-dong-dien-tu-ket-noi-phan-mem-ke-toan-hoa-don-dien-tu';
const CONFIDENTIAL = 'Bản vẽ kỹ thuật';

/** This year's figure of indicator 12, from the open-data API. */
async function commercialised(page: Page): Promise<number> {
  const res = await page.request.get('/api/v1/kpi');
  expect(res.ok()).toBeTruthy();
  const rows: { code: string; actuals: { year: number; value: number }[] }[] = (await res.json()).hits;
  const row = rows.find((r) => r.code === 'products_commercialised');
  const year = Number(new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).slice(0, 4));
  return row?.actuals.find((a) => a.year === year)?.value ?? 0;
}

test('request, accept, share contacts, record the agreement, count it', async ({ page, browser }) => {
  const before = await commercialised(page);

  // the enterprise's member searches without diacritics and opens the offer
  await signIn(page, REQUESTER);
  await gotoHydrated(page, '/search?q=' + encodeURIComponent('chu ky so hop dong dien tu'));
  await page.locator(`a[href$="/offers/${OFFER_SLUG}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/offers/${OFFER_SLUG}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OFFER_TITLE);
  await expect(page.getByTestId('confidential')).toHaveCount(0);

  // the request: a refused empty message keeps the choices, then it is sent
  await page.getByTestId('collab-request').click();
  await expect(page).toHaveURL(/\/collab\/new\?offer=/);
  const fromOrg = page.getByLabel('Gửi với tư cách');
  const orgValue = await fromOrg.locator('option', { hasText: REQUESTER_ORG }).first().getAttribute('value');
  await fromOrg.selectOption(orgValue ?? '');
  await page.getByLabel('Mục đích hợp tác').selectOption('licence');
  await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Vui lòng điền mục này');
  await expect(page.getByLabel('Mục đích hợp tác')).toHaveValue('licence');
  await page.getByLabel('Lời nhắn').fill('Công ty chúng tôi muốn dùng chữ ký số và hợp đồng điện tử cho các tour du lịch sinh thái.');
  await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await expect(page).toHaveURL(/\/collab\/\d+$/);
  const requestUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId('collab-state')).toHaveText('Đã gửi');
  await expect(page.getByTestId('contacts-hidden')).toBeVisible();
  await expect(page.getByTestId('collab-request')).not.toContainText(PROVIDER);

  // the institute's member, in a second browser: badge, list, open, accept. Through nginx on
  // several nodes (scripts/test.sh, e2e_cluster) it comes in by another door, served by another
  // node than the requester's: sessions, notifications and the request live in the database.
  const other = await browser.newContext(process.env.PROVIDER_URL ? { baseURL: process.env.PROVIDER_URL } : {});
  const inst = await other.newPage();
  await signIn(inst, PROVIDER);
  await expect(inst.getByTestId('notification-badge')).toBeVisible();
  await inst.getByTestId('notification-link').click();
  await expect(inst).toHaveURL(/\/notifications$/);
  const note = inst.getByTestId('notification').filter({ hasText: OFFER_TITLE }).first();
  await expect(note).toContainText('Chưa đọc');
  await note.getByRole('button').click();
  await expect(inst).toHaveURL(new RegExp(`${requestUrl}$`));
  if (process.env.PROVIDER_URL) expect(inst.url().startsWith(process.env.PROVIDER_URL)).toBeTruthy();
  await expect(inst.getByTestId('collab-state')).toHaveText('Đã xem');
  await expect(inst.getByTestId('collab-request')).not.toContainText(REQUESTER);
  await inst.getByTestId('step-accept').click();
  await expect(inst.getByTestId('collab-state')).toHaveText('Đã chấp nhận');
  await expect(inst.getByTestId('collab-request')).toContainText(REQUESTER);

  // the requester now sees the institute's contact and the confidential details
  await gotoHydrated(page, requestUrl);
  await expect(page.getByTestId('collab-state')).toHaveText('Đã chấp nhận');
  await expect(page.getByTestId('collab-request')).toContainText(PROVIDER);
  await expect(page.getByTestId('confidential')).toContainText(CONFIDENTIAL);

  // a message with markup stays text
  await page.getByLabel('Tin nhắn mới').fill('<b>Lịch khảo sát</b> thứ Hai tuần sau?');
  await page.getByRole('button', { name: 'Gửi tin nhắn' }).click();
  await expect(page.getByTestId('message').last()).toContainText('<b>Lịch khảo sát</b>');

  // work starts, then the institute records the signed agreement
  await page.getByTestId('step-start').click();
  await expect(page.getByTestId('collab-state')).toHaveText('Đang triển khai');
  await gotoHydrated(inst, requestUrl);
  await inst.getByText('Ghi nhận thỏa thuận đã ký').click();
  await inst.getByLabel('Loại thỏa thuận').selectOption('licence');
  await inst.getByLabel('Giá trị (đồng)').fill('350000000');
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
  await inst.getByLabel('Ngày ký').fill(today);
  await inst.getByTestId('step-agree').click();
  await expect(inst.getByTestId('collab-state')).toHaveText('Đã ký thỏa thuận');
  await expect(inst.getByTestId('agreement')).toContainText('350.000.000');
  await other.close();

  // indicator 12 counts it, live, this year
  await expect.poll(() => commercialised(page)).toBe(before + 1);
  // and the indicator's page shows this year's new figure
  await gotoHydrated(page, '/kpi');
  await page.getByRole('link', { name: /Sản phẩm đổi mới sáng tạo được thương mại hóa/ }).first().click();
  await expect(page).toHaveURL(/\/kpi\/products_commercialised$/);
  const year = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).slice(0, 4);
  await expect(page.locator(`[data-testid="kpi-year-row"][data-year="${year}"] td`).first()).toContainText(`${before + 1} sản phẩm`);
});
