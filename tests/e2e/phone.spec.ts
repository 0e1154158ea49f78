// On a phone (390 × 844): a compact header (≤ 64 px) whose « Menu » opens the navigation, used
// with the keyboard only (Escape closes it and gives the focus back), the skip link still first
// and working; and every tap target on the main pages of every role at least 24 × 24 px.
import { expect, type Page, test } from '@playwright/test';
import { COORDINATOR, COUNSELLOR, EMPLOYER, login } from './support';

test.use({ viewport: { width: 390, height: 844 } });

/** The text (or name) of the element that has the keyboard focus. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });

test('the phone header is compact, its menu works with the keyboard, the skip link comes first', async ({
  page,
}) => {
  await login(page, COUNSELLOR);
  const header = page.locator('header.header');
  const height = await header.evaluate((h) => h.getBoundingClientRect().height);
  expect(height).toBeLessThanOrEqual(64);
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav).toBeHidden();
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  // From the top of a freshly loaded page: skip link, brand, bell, « Menu ».
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('Aller au contenu principal');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatch(/^Passerelle/);
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatch(/notification/i);
  await page.keyboard.press('Tab');
  await expect(menu).toBeFocused();

  // Open with Enter: the links follow the button in the focus order.
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('Accueil');
  // Escape closes and gives the focus back to the button.
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  // Space opens it too; following a link closes it and lands on the new page's title.
  await page.keyboard.press('Space');
  await expect(nav).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('Personnes participantes');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/job-seekers$/);
  await expect(nav).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await header.evaluate((h) => h.getBoundingClientRect().height)).toBeLessThanOrEqual(64);
  // The account links are in the menu too.
  await menu.click();
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Switch to English' })).toBeVisible();
  await menu.click();

  // The skip link moves the focus past the header: the next Tab is inside <main>.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() =>
    document.querySelector('main')?.contains(document.activeElement),
  );
  expect(inMain).toBe(true);
});

/** Visible interactive elements smaller than 24 × 24 px (WCAG 2.5.8), described. */
function smallTargets(page: Page) {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"]';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') return false;
        // A control inside its label: the label is the target (WCAG 2.5.8, equivalent).
        const label = el.closest('label');
        const box = label && el.matches('input') ? label.getBoundingClientRect() : r;
        return box.height < 24 || box.width < 24;
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        return `${el.tagName.toLowerCase()} « ${name} » ${Math.round(r.width)}×${Math.round(r.height)}`;
      });
  });
}

const mainPages: [string, string[]][] = [
  [COUNSELLOR, ['/', '/job-seekers', '/open-postings', '/proposals', '/accompaniment', '/account']],
  [EMPLOYER, ['/', '/postings', '/pairings', '/claims', '/business', '/notifications']],
  [COORDINATOR, ['/', '/dashboard', '/money/review', '/phases', '/pairings', '/claims', '/audit']],
  ['direction.org1@passerelle.test', ['/', '/accounts', '/organisation-budget', '/access-log']],
];

test('every tap target on the main pages is at least 24 × 24 px at 390 px', async ({ browser }) => {
  test.setTimeout(120_000);
  for (const [email, paths] of mainPages) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'fr-CA',
    });
    const page = await context.newPage();
    await login(page, email);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Chargement' })).toHaveCount(0);
      expect(await smallTargets(page), `${email} ${path}`).toEqual([]);
      // With the menu open, its links and buttons too.
      await page.getByRole('button', { name: 'Menu' }).click();
      expect(await smallTargets(page), `${email} ${path} (menu)`).toEqual([]);
    }
    await context.close();
  }
});
