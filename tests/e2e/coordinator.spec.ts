// Coordination screens end to end: a draft phase created after a field error (tranche shares not
// adding up to 100 %), with the maximum per pairing computed as the rules are typed; opening it
// while another phase is open is refused with the message; then the money: two claims submitted
// by an employer (through tRPC over HTTP, so the spec does not depend on the other spec files),
// one rejected with a coded reason, the other approved, marked paid and reversed in the ledger.
import { expect, test } from '@playwright/test';
import { addDays, quebecToday } from '../../shared/dates';
import { apiAs, COORDINATOR, EMPLOYER, login, money, uniqueSuffix } from './support';

interface PairingRow {
  id: number;
  status: string;
  phaseNumber: number;
  startDate: string;
  plannedEndDate: string;
  hourlyWageCents: number;
}

test.describe('coordination', () => {
  test('creates a draft phase after a field error, sees the maximum; a second open phase is refused', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const api = await apiAs(playwright, baseURL ?? '', COORDINATOR);
    const phases = await api.query<{ number: number; status: string }[]>('phases.list');
    const open = phases.find((p) => p.status === 'open') ?? null;
    await api.ctx.dispose();

    await login(page, COORDINATOR);
    await page.getByRole('navigation').getByRole('link', { name: 'Phases' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phases du projet');
    await page.getByRole('link', { name: 'Nouvelle phase' }).click();
    await expect(page).toHaveURL(/\/phases\/new$/);

    // Prefilled with the current FIT terms, and the maximum per pairing computed from them.
    await expect(page.getByLabel('Taux de subvention')).toHaveValue('50');
    await expect(page.getByLabel('Plafond du salaire horaire')).toHaveValue('25,00');
    const max = page.getByText(/^Maximum de subvention salariale par jumelage/);
    await expect(max).toHaveText(/9\s000,00\s\$/u);

    const number = String(1000 + Math.floor(Math.random() * 8000));
    await page.getByLabel('Numéro').fill(number);
    await expect(page.getByLabel('Nom', { exact: false }).first()).toHaveValue(`Phase ${number}`);
    await page.getByLabel('Subventions salariales').fill('450 000');
    await page.getByLabel('Soutien à l’accompagnement').first().fill('70 000');
    await page.getByRole('button', { name: 'Ajouter un organisme' }).click();
    await page.getByRole('combobox', { name: /^Organisme/ }).selectOption({ index: 1 });
    await page.getByLabel('Cible de jumelages').fill('5');

    // 40 + 30 + 20 = 90 %: refused next to the shares, nothing created.
    await page.getByLabel('Fin du stage').fill('30');
    await expect(page.getByText('Total : 90 %')).toBeVisible();
    await page.getByRole('button', { name: /Créer la phase/ }).click();
    await expect(page.getByRole('alert')).toContainText('Veuillez corriger les champs signalés.');
    await expect(page.getByText('Les parts des versements doivent totaliser 100 %.')).toBeVisible();
    await expect(page.getByLabel('Embauche')).toBeFocused();
    await expect(page).toHaveURL(/\/phases\/new$/);

    // Fixed; a 60 % rate shows its maximum at once: 0,6 × 25 $ × 40 h × 18 weeks.
    await page.getByLabel('Fin du stage').fill('40');
    await page.getByLabel('Taux de subvention').fill('60');
    await expect(max).toHaveText(/10\s800,00\s\$/u);
    await expect(page.getByText(/600,00\s\$ à l’embauche/u)).toBeVisible();
    await page.getByRole('button', { name: /Créer la phase/ }).click();

    await expect(page).toHaveURL(/\/phases\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Phase ${number}`);
    await expect(page.getByRole('status').filter({ hasText: 'Phase créée' })).toBeVisible();
    await expect(page.getByText('En préparation', { exact: true })).toBeVisible();
    await expect(page.getByText(/^10\s800,00\s\$$/u)).toBeVisible();

    if (open) {
      // Only one phase may be open: the server says which one.
      await page.getByRole('button', { name: 'Ouvrir la phase' }).click();
      await page.getByRole('button', { name: 'Oui, ouvrir la phase' }).click();
      await expect(page.getByRole('alert')).toHaveText(
        `La phase ${open.number} est déjà ouverte : fermez-la d’abord.`,
      );
      await expect(page.getByText('En préparation', { exact: true })).toBeVisible();
    }
  });

  test('rejects a claim with a reason, approves another, marks it paid, then reverses it', async ({
    page,
    playwright,
    baseURL,
  }) => {
    // Two claims of the employer on one of their active pairings, after the claims it has.
    const employer = await apiAs(playwright, baseURL ?? '', EMPLOYER);
    const pairings = (
      await employer.query<{ items: PairingRow[] }>('pairings.list', {
        status: 'active',
        limit: 100,
      })
    ).items;
    const today = quebecToday(new Date());
    let chosen: { pairing: PairingRow; start: string } | null = null;
    for (const p of pairings.filter((x) => x.status === 'active')) {
      // A pairing whose agreement both parties accepted (claims wait for that).
      const agreement = await employer.query<{ current: { missing: string[] } | null }>(
        'agreements.get',
        { pairingId: p.id, locale: 'fr-CA' },
      );
      if ((agreement.current?.missing.length ?? 1) > 0) continue;
      const detail = await employer.query<{
        claims: { periodEnd: string; status: string }[];
      }>('pairings.get', { pairingId: p.id });
      const lastEnd = detail.claims
        .filter((c) => c.status !== 'rejected')
        .reduce((latest, c) => (c.periodEnd > latest ? c.periodEnd : latest), '');
      const start = lastEnd ? addDays(lastEnd, 1) : p.startDate;
      // Two 3-day periods, both ended by today (a period can be claimed once it has ended).
      if (addDays(start, 5) <= p.plannedEndDate && addDays(start, 5) <= today) {
        chosen = { pairing: p, start };
        break;
      }
    }
    if (!chosen) throw new Error(`no active pairing to claim on (${today})`);
    const { pairing, start } = chosen;
    const claimA = await employer.call<{ id: number; amountCents: number }>('money.submitClaim', {
      pairingId: pairing.id,
      periodStart: start,
      periodEnd: addDays(start, 2),
      hoursWorked: 14,
      grossWagesCents: 14 * pairing.hourlyWageCents,
    });
    const claimB = await employer.call<{ id: number; amountCents: number }>('money.submitClaim', {
      pairingId: pairing.id,
      periodStart: addDays(start, 3),
      periodEnd: addDays(start, 5),
      hoursWorked: 12,
      grossWagesCents: 12 * pairing.hourlyWageCents,
    });
    await employer.ctx.dispose();
    const business = 'Boulangerie du Plateau inc.';
    const amountB = money(claimB.amountCents);

    await login(page, COORDINATOR);
    await page.getByRole('link', { name: /réclamations? à examiner/ }).click();
    await expect(page).toHaveURL(/\/money\/review/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('À traiter');

    const claimCard = (amountCents: number) =>
      page
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: `Jumelage n° ${pairing.id}` }) })
        .filter({
          has: page.getByRole('heading', { name: `${business} — ${money(amountCents)}` }),
        });

    // Rejecting needs a coded reason.
    const cardA = claimCard(claimA.amountCents);
    await cardA.getByRole('button', { name: /^Refuser la réclamation/ }).click();
    await cardA.getByRole('button', { name: 'Refuser', exact: true }).click();
    await expect(cardA.getByText('Ce champ est obligatoire.')).toBeVisible();
    await expect(cardA.getByLabel('Motif')).toBeFocused();
    await cardA.getByLabel('Motif').selectOption({ label: 'Heures non admissibles' });
    await cardA.getByLabel('Commentaire').fill('Heures de formation non admissibles.');
    await cardA.getByRole('button', { name: 'Refuser', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Réclamation de ${business} refusée.` }),
    ).toBeVisible();
    await expect(cardA).toHaveCount(0);

    // Approving puts it in the ledger, to be paid.
    const cardB = claimCard(claimB.amountCents);
    await cardB.getByRole('button', { name: /^Approuver la réclamation/ }).click();
    // Approving commits money: a confirmation step first.
    await cardB.getByRole('button', { name: 'Oui, approuver' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Réclamation de ${business} approuvée` }),
    ).toBeVisible();
    await expect(cardB).toHaveCount(0);

    const reference = `E2E-${uniqueSuffix()}`;
    const toPay = page
      .locator('#to-pay')
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: `${business} — ${amountB}` }) })
      .last();
    await toPay.getByRole('button', { name: /^Marquer payé/ }).click();
    await expect(toPay.getByLabel('Date du paiement')).toHaveValue(quebecToday(new Date()));
    await toPay.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await expect(toPay.getByText('Ce champ est obligatoire.')).toBeVisible();
    await toPay.getByLabel('Référence du paiement').fill(reference);
    await toPay.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Paiement de ${amountB} à ${business} enregistré.` }),
    ).toBeVisible();

    // The ledger, filtered by phase in the URL: the paid entry, then its reversal.
    await page.getByRole('navigation').getByRole('link', { name: 'Registre' }).click();
    const openOption = page.getByLabel('Phase').locator('option', { hasText: '(ouverte)' });
    await page.getByLabel('Phase').selectOption((await openOption.getAttribute('value')) ?? '');
    await expect(page).toHaveURL(/\/money\/ledger\?phase=\d+$/);
    const row = page.getByRole('row').filter({ hasText: reference });
    await expect(row).toContainText(amountB);
    const entryId = (await row.getByRole('rowheader').innerText()).split(/\s/u)[0];
    await row.getByRole('button', { name: /^Contrepasser/ }).click();
    await page.getByRole('button', { name: 'Confirmer la contrepassation' }).click();
    await expect(page.getByText('Ce champ est obligatoire.')).toBeVisible();
    await page.getByLabel('Raison de la contrepassation').fill('Montant approuvé par erreur.');
    await page.getByRole('button', { name: 'Confirmer la contrepassation' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Écriture n° ${entryId} contrepassée.` }),
    ).toBeVisible();
    const reversal = page
      .getByRole('row')
      .filter({ hasText: `Contrepasse l’écriture n° ${entryId}` });
    await expect(reversal).toContainText(amountB);
    await expect(reversal.getByRole('cell').filter({ hasText: amountB })).toHaveText(/^[-−]/u);
    await expect(reversal).toContainText('Montant approuvé par erreur.');
    await expect(row).toContainText('Contrepassée');
    await expect(row.getByRole('button', { name: /^Contrepasser/ })).toHaveCount(0);
  });
});
