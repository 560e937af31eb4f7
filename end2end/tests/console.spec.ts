import { test, expect, DIRECTORIES, LISTS, gotoHydrated } from './fixtures';

// The console guard in ./fixtures fails any test that logs an error; this one walks the main
// pages after hydration so hydration mismatches and failed asset loads surface even where no
// other journey goes.
test('no console errors or page errors on the main pages', async ({ page }) => {
  const paths = ['/', ...DIRECTORIES.map((d) => `/${d}`), ...LISTS.map((l) => `/${l}`), '/startups?sort=newest'];
  for (const path of paths) {
    const response = await gotoHydrated(page, path);
    expect(response?.status(), path).toBe(200);
  }
});
