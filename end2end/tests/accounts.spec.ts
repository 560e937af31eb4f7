import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, gotoHydrated, signIn, DEMO_PASSWORD } from './fixtures';

// Accounts in Chromium: sign-up with refused input kept, the confirmation mail, a new
// organisation, hostile text in every profile field rendered inert, demo sign-in and out.
// scripts/test.sh points the server's mail at MAIL_DIR (one .eml file per message).

const MAIL_DIR = process.env.MAIL_DIR ?? '';

/** The newest link to `path` in a mail to `to` (quoted-printable undone). */
function mailLink(to: string, path: string): string {
  const files = readdirSync(MAIL_DIR).filter((f) => f.endsWith('.eml')).sort().reverse();
  for (const f of files) {
    const text = readFileSync(join(MAIL_DIR, f), 'utf8').replace(/\r\n/g, '\n').replace(/=\n/g, '').replace(/=3D/g, '=');
    if (!text.includes(`To: ${to}`)) continue;
    const m = text.match(new RegExp(`https?://[^\\s]*${path.replace(/[?]/g, '\\?')}[^\\s]*`));
    if (m) return new URL(m[0]).pathname + new URL(m[0]).search;
  }
  throw new Error(`no mail to ${to} with ${path} in ${MAIL_DIR}`);
}

test('sign up, fix refused input, confirm the e-mail, create an organisation', async ({ page }) => {
  test.skip(!MAIL_DIR, 'MAIL_DIR is set by scripts/test.sh');
  const email = `lan.${Date.now()}@vien-nong-nghiep.example.vn`;
  await gotoHydrated(page, '/signup');
  await page.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
  await page.getByLabel('Địa chỉ e-mail').fill('khong-phai-email');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('ngan');
  await page.getByRole('button', { name: 'Đăng ký' }).click();

  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Địa chỉ e-mail không hợp lệ');
  await expect(summary).toContainText('Mật khẩu cần ít nhất 10 ký tự');
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Thị Lan');
  await expect(page.getByLabel('Địa chỉ e-mail')).toHaveValue('khong-phai-email');
  // the summary links to the fields
  await expect(summary.getByRole('link', { name: /e-mail/ })).toHaveAttribute('href', '#f-email');
  await expect(summary.getByRole('link', { name: /10 ký tự/ })).toHaveAttribute('href', '#f-password');

  const password = 'Tràng An mùa lúa chín 2026';
  await page.getByLabel('Địa chỉ e-mail').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByLabel('Nhập lại mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId('notice')).toContainText('Đã tạo tài khoản');
  await expect(page.getByTestId('account-email')).toHaveText(email);
  await expect(page.getByTestId('unverified')).toBeVisible();

  await gotoHydrated(page, mailLink(email, '/auth/verify?token='));
  await expect(page.getByTestId('notice')).toContainText('Đã xác nhận');
  await expect(page.getByTestId('unverified')).toHaveCount(0);

  await page.getByRole('link', { name: 'Tạo trang tổ chức mới' }).click();
  await page.getByLabel('Tên tổ chức (tiếng Việt)').fill('Phòng thí nghiệm Lúa Thông Minh Yên Mô');
  await page.getByLabel('Loại tổ chức').selectOption('startup');
  await page.getByLabel('Giới thiệu ngắn (tiếng Việt)').fill('Cảm biến độ ẩm cho ruộng lúa');
  await page.getByLabel('Nông nghiệp công nghệ cao').check();
  await page.getByRole('button', { name: 'Tạo trang' }).click();
  await expect(page).toHaveURL(/\/org\/phong-thi-nghiem-lua-thong-minh-yen-mo\/manage$/);
  await expect(page.getByTestId('notice')).toContainText('chưa xác minh');

  // hostile text in every free-text field of the profile
  const corpus = [
    '<script>window.__xss = 1</script>',
    '"><img src=x onerror="window.__xss = 2">',
    '<svg onload="window.__xss = 3"></svg>',
    "'';!--\"<XSS>=&{()}",
    '<iframe src="javascript:window.__xss = 4"></iframe>',
  ];
  const fields = ['Tên tiếng Anh', 'Giới thiệu ngắn (tiếng Anh)', 'Địa chỉ', 'Người liên hệ'];
  for (const [i, label] of fields.entries()) {
    await page.getByLabel(label, { exact: true }).fill(corpus[i % corpus.length]);
  }
  await page.getByLabel('Giới thiệu ngắn (tiếng Việt)').fill(corpus[1]);
  await page.getByLabel('Giới thiệu chi tiết (tiếng Việt)').fill(`**Giới thiệu**\n\n${corpus.join('\n\n')}\n\n[bấm vào](javascript:window.__xss=5)`);
  await page.getByLabel('Giới thiệu chi tiết (tiếng Anh)').fill(corpus.join(' '));
  await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(page.getByTestId('notice')).toContainText('Đã lưu hồ sơ');

  for (const lang of ['vi', 'en']) {
    await gotoHydrated(page, `/org/phong-thi-nghiem-lua-thong-minh-yen-mo?lang=${lang}`);
    await expect(page.locator('h1')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    const injected = await page.locator('main img[src="x"], main svg[onload], main iframe, main script').count();
    expect(injected, 'no element from the corpus became live').toBe(0);
    const jsLinks = await page.locator('main a[href^="javascript:"]').count();
    expect(jsLinks).toBe(0);
  }
  await gotoHydrated(page, '/org/phong-thi-nghiem-lua-thong-minh-yen-mo?lang=vi');
  await expect(page.getByText(corpus[1]).first()).toBeVisible();
});

test('a demo account signs in, sees its organisations and signs out', async ({ page }) => {
  await signIn(page, 'demo.admin@example.com', DEMO_PASSWORD);
  await expect(page.getByTestId('account-link')).toBeVisible();
  await expect(page.getByTestId('my-orgs').locator('li').first()).toBeVisible();
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('notice')).toContainText('Bạn đã đăng xuất');
  await expect(page.getByTestId('sign-in-link')).toBeVisible();
});

test('a wrong password is refused without losing the e-mail typed', async ({ page }) => {
  await gotoHydrated(page, '/login?next=/startups');
  await page.getByLabel('Địa chỉ e-mail').fill('demo.moderator@example.com');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('không phải mật khẩu');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('E-mail hoặc mật khẩu không đúng');
  await expect(page.getByLabel('Địa chỉ e-mail')).toHaveValue('demo.moderator@example.com');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/startups$/);
});
