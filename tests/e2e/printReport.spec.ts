// The printable funder report fits Letter paper: printed to PDF by Chromium, its pages are
// Letter (portrait, and landscape for the budget section), and in print media every table
// fits the content width of its page (half-inch margins: 720 px portrait, 960 px landscape).
import { expect, type Page, test } from '@playwright/test';
import { COORDINATOR, login } from './support';

const PORTRAIT_CONTENT_PX = 7.5 * 96;
const LANDSCAPE_CONTENT_PX = 10 * 96;

/** The page boxes of a PDF, in points ("612x792" is Letter portrait). */
function pageSizes(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
    (m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`,
  );
}

interface TableFit {
  caption: string;
  wide: boolean;
  scrollWidth: number;
  frameWidth: number;
}

/** Each table's width in print media, laid out at a viewport as wide as a page's content. */
async function tablesAt(page: Page, width: number): Promise<TableFit[]> {
  await page.setViewportSize({ width, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() =>
    [...document.querySelectorAll('table')].map((t) => ({
      caption: t.caption?.textContent ?? '',
      wide: t.closest('.dash-section--wide') !== null,
      scrollWidth: t.scrollWidth,
      frameWidth: document.documentElement.clientWidth,
    })),
  );
}

async function openPrintable(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: /^Rapport de la phase/ })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
}

test('the coordinator’s printed report fits Letter pages, the budget on a landscape one', async ({
  page,
}) => {
  await login(page, COORDINATOR);
  await openPrintable(page, '/dashboard/print');
  const portrait = await tablesAt(page, PORTRAIT_CONTENT_PX);
  expect(portrait.length).toBeGreaterThanOrEqual(8);
  expect(portrait.some((t) => t.caption === 'Budget par organisme' && t.wide)).toBe(true);
  for (const t of portrait.filter((x) => !x.wide)) {
    expect(t.scrollWidth, t.caption).toBeLessThanOrEqual(PORTRAIT_CONTENT_PX);
  }
  const landscape = await tablesAt(page, LANDSCAPE_CONTENT_PX);
  for (const t of landscape.filter((x) => x.wide)) {
    expect(t.scrollWidth, t.caption).toBeLessThanOrEqual(LANDSCAPE_CONTENT_PX);
  }

  const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
  const sizes = pageSizes(pdf);
  expect(sizes.length).toBeGreaterThanOrEqual(3);
  expect(
    sizes.every((s) => s === '612x792' || s === '792x612'),
    sizes.join(' '),
  ).toBe(true);
  expect(sizes).toContain('612x792');
  expect(sizes.at(-1)).toBe('792x612');
  // Printed by a browser set to Letter (the page's sizes not preferred): Letter pages still.
  const plain = pageSizes(await page.pdf({ format: 'Letter' }));
  expect(
    plain.every((s) => s === '612x792' || s === '792x612'),
    plain.join(' '),
  ).toBe(true);
});

test('the report of one organisation fits portrait Letter pages, in English too', async ({
  page,
}) => {
  await login(page, 'direction.org1@passerelle.test');
  await openPrintable(page, '/dashboard/print');
  for (const t of await tablesAt(page, PORTRAIT_CONTENT_PX)) {
    expect(t.wide, t.caption).toBe(false);
    expect(t.scrollWidth, t.caption).toBeLessThanOrEqual(PORTRAIT_CONTENT_PX);
  }
  const sizes = pageSizes(await page.pdf({ format: 'Letter', preferCSSPageSize: true }));
  expect(
    sizes.every((s) => s === '612x792'),
    sizes.join(' '),
  ).toBe(true);

  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Phase \d+ report/ })).toBeVisible();
  for (const t of await tablesAt(page, PORTRAIT_CONTENT_PX)) {
    expect(t.scrollWidth, t.caption).toBeLessThanOrEqual(PORTRAIT_CONTENT_PX);
  }
  // The account's language back to French, for the tests that follow.
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Passer au français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
});
