// Money across roles, through the screens: the employer confirms a hire from a candidate card
// after seeing the subsidy preview, then claims a pay period; the coordinator approves the claim
// and records its payment; the budget figures of the phase move by exactly those amounts.
import { expect, type Page, test } from '@playwright/test';
import { addDays, quebecToday } from '../../shared/dates';
import { maxWageSubsidyCents } from '../../shared/money/calculator';
import {
  acceptAgreement,
  apiAs,
  COORDINATOR,
  COUNSELLOR,
  centsOf,
  EMPLOYER,
  money,
  moneyPattern,
  newLoggedInPage,
  openPhase,
  uniqueSuffix,
} from './support';

async function wageFigures(page: Page, phaseId: number) {
  await page.goto(`/phases/${phaseId}`);
  const card = page.getByRole('region', { name: 'Subventions salariales' }).first();
  await expect(card).toBeVisible();
  const read = async (label: string) =>
    centsOf(
      await card
        .locator('dt', { hasText: new RegExp(`^${label}$`) })
        .locator('xpath=following-sibling::dd[1]')
        .innerText(),
    );
  return {
    committed: await read('Engagé'),
    approved: await read('Approuvé'),
    paid: await read('Payé'),
  };
}

test('hire with preview, claim, approval and payment move the phase budget', async ({
  browser,
  playwright,
  baseURL,
}) => {
  // Four people's pages, the agreement accepted by both, the review and the payment: over the
  // default 30 s on a busy machine.
  test.setTimeout(90_000);
  const base = baseURL ?? '';
  const today = quebecToday(new Date());
  const suffix = uniqueSuffix();
  const coordinatorApi = await apiAs(playwright, base, COORDINATOR);
  const phase = await openPhase(coordinatorApi, today);
  const rules = phase.rules;

  // A proposal waiting for the employer (set up over HTTP: the earlier steps have their own tests).
  const employerApi = await apiAs(playwright, base, EMPLOYER);
  const counsellorApi = await apiAs(playwright, base, COUNSELLOR);
  const title = `Pâtissier·ère ${suffix}`;
  const posting = await employerApi.call<{ id: number }>('postings.create', {
    title,
    nocCode: '63202',
    regionCode: '06',
    city: 'Montréal',
    hoursPerWeek: 40,
    hourlyWageCents: 2500,
    positions: 1,
    startDate: today,
    durationWeeks: 12,
    languages: ['fr'],
    publish: true,
  });
  const first = `Flore${suffix.replace(/\d/g, '').slice(0, 3)}`;
  const seeker = await counsellorApi.call<{ id: number }>('jobSeekers.create', {
    firstName: first,
    lastName: 'Dumas',
    regionCode: '06',
    targetNocCodes: ['63202'],
    hoursPerWeek: 40,
    availableFrom: today,
    languages: ['fr'],
    consents: { participation: true, proposal: true, contactSharing: true, givenOn: today },
  });
  await counsellorApi.call('proposals.create', {
    postingId: posting.id,
    jobSeekerId: seeker.id,
    message: '',
  });

  const coordinator = await newLoggedInPage(browser, COORDINATOR);
  const before = await wageFigures(coordinator, phase.id);

  // 1. The employer confirms the hire, seeing the maximum subsidy first.
  const employer = await newLoggedInPage(browser, EMPLOYER);
  await employer.goto(`/postings/${posting.id}`);
  const name = `${first} D.`;
  await employer.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await employer.getByRole('button', { name: `Modifier les conditions — ${name}` }).click();
  const form = employer.getByRole('form', { name: `Confirmer l’embauche de ${name}` });
  const start = addDays(today, -14) < phase.startDate ? phase.startDate : addDays(today, -14);
  await form.getByLabel('Date d’entrée en poste').fill(start);
  await form.getByLabel('Durée prévue (semaines)').fill('12');
  const max = maxWageSubsidyCents(rules, { hourlyWageCents: 2500, hoursPerWeek: 40, weeks: 12 });
  await expect(form).toContainText(
    new RegExp(`Subvention salariale maximale\\s:\\s${moneyPattern(max)}`),
  );
  // A start in the past is recorded after the fact: the employer confirms it (a checkbox).
  if (start < today) {
    await form.getByRole('checkbox', { name: /Je confirme que l’emploi a commencé le/ }).check();
  }
  await form.getByRole('button', { name: `Confirmer l’embauche — ${name}` }).click();
  await expect(employer).toHaveURL(/\/pairings\/\d+$/);
  const pairingId = Number(employer.url().split('/').pop());
  // Both parties accept the agreement (paperwork.spec.ts does it on screen).
  await acceptAgreement(employerApi, pairingId);
  await acceptAgreement(counsellorApi, pairingId);
  await employer.reload();

  // 2. The employer claims the first two weeks: 80 h, 2 000,00 $ → 50 % × 25,00 $ × 80 h.
  await employer.getByLabel('Début de la période').fill(start);
  await employer.getByLabel('Fin de la période').fill(addDays(start, 13));
  await employer.getByLabel('Heures travaillées').fill('80');
  await employer.getByLabel('Salaire brut versé').fill('2000,00');
  await employer.getByRole('button', { name: 'Soumettre la réclamation' }).click();
  const claimCents = Math.round(
    (rules.wageSubsidyRateBp / 10_000) *
      Math.min(2500, rules.hourlyWageCapCents) *
      Math.min(80, rules.maxHoursPerWeekCounted * 2),
  );
  await expect(
    employer.getByRole('status').filter({ hasText: 'Réclamation soumise' }),
  ).toContainText(new RegExp(moneyPattern(claimCents)));

  // 3. The coordinator approves it and records the payment.
  await coordinator.goto('/money/review');
  const business = 'Boulangerie du Plateau inc.';
  const card = coordinator
    .getByRole('listitem')
    .filter({ has: coordinator.getByRole('link', { name: `Jumelage n° ${pairingId}` }) })
    .filter({
      has: coordinator.getByRole('heading', { name: `${business} — ${money(claimCents)}` }),
    });
  await card.getByRole('button', { name: /^Approuver la réclamation/ }).click();
  // Approving commits money: a confirmation step first.
  await card.getByRole('button', { name: 'Oui, approuver' }).click();
  await expect(
    coordinator.getByRole('status').filter({ hasText: `Réclamation de ${business} approuvée` }),
  ).toBeVisible();
  const afterApproval = await wageFigures(coordinator, phase.id);
  expect(afterApproval.committed - before.committed).toBe(max);
  expect(afterApproval.approved - before.approved).toBe(claimCents);
  expect(afterApproval.paid).toBe(before.paid);

  await coordinator.goto('/money/review');
  const reference = `VIR-E2E-${suffix}`;
  const toPay = coordinator
    .locator('#to-pay')
    .getByRole('listitem')
    .filter({
      has: coordinator.getByRole('heading', { name: `${business} — ${money(claimCents)}` }),
    })
    .last();
  await toPay.getByRole('button', { name: /^Marquer payé/ }).click();
  await toPay.getByLabel('Référence du paiement').fill(reference);
  await toPay.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(
    coordinator
      .getByRole('status')
      .filter({ hasText: `Paiement de ${money(claimCents)} à ${business} enregistré.` }),
  ).toBeVisible();
  const afterPayment = await wageFigures(coordinator, phase.id);
  expect(afterPayment.paid - before.paid).toBe(claimCents);
  expect(afterPayment.approved).toBe(afterApproval.approved);

  // 4. The employer sees the payment on the pairing.
  await employer.reload();
  await expect(employer.getByText(reference)).toBeVisible();
});
