import { test, expect, gotoHydrated } from './fixtures';
import type { Page } from '@playwright/test';

// Sign-in through a real OpenID Connect provider (npm oidc-provider on loopback, started by
// scripts/test.sh, configured as provider "test"). OIDC_URL is the provider's address; its
// /__test/mode control makes it tamper with the ID tokens it issues for one account.

const OIDC_URL = process.env.OIDC_URL ?? '';

async function setMode(mode: string, account?: string) {
  const res = await fetch(`${OIDC_URL}/__test/mode`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account ? { mode, account } : { mode }),
  });
  expect(res.ok).toBe(true);
}

async function signInWithProvider(page: Page, account: string) {
  await gotoHydrated(page, '/login?next=/account');
  await page.getByRole('link', { name: /Tiếp tục với Test OIDC/ }).click();
  await expect(page).toHaveTitle('Test OIDC provider');
  await page.locator('#login').fill(account);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('OpenID Connect', () => {
  test.skip(!OIDC_URL, 'OIDC_URL is set by scripts/test.sh');

  test('a verified account signs in through the provider', async ({ page }) => {
    await signInWithProvider(page, 'alice');
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByTestId('account-email')).toHaveText('alice@example.org');
    await expect(page.getByTestId('account-link')).toContainText('Alice Nguyễn');
  });

  test('an address the provider has not verified is refused, with no session', async ({ page }) => {
    await signInWithProvider(page, 'bob');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByTestId('error-summary')).toContainText('chưa xác nhận địa chỉ e-mail');
    await expect(page.getByTestId('sign-in-link')).toBeVisible();
  });

  test('a token with the wrong nonce is refused', async ({ page }) => {
    await setMode('wrong_nonce', 'carol');
    try {
      await signInWithProvider(page, 'carol');
      await expect(page).toHaveURL(/\/login/);
      await expect(page.getByTestId('error-summary')).toContainText('không thành công');
      await gotoHydrated(page, '/account');
      await expect(page.getByTestId('sign-in-prompt')).toBeVisible();
    } finally {
      await setMode('none');
    }
  });
});
