// The employer's money side end to end: confirming a hire from a candidate card after seeing the
// maximum wage subsidy, finding the pairing, a claim refused next to its field (hours above the
// weekly maximum, nothing written), then submitted with the computed amount. The data comes from
// tRPC over HTTP; a phase is created and opened only when none is open (independent of the other
// spec files).
import { expect, test } from '@playwright/test';
import { addDays, quebecToday } from '../../shared/dates';
import { claimAmountCents, maxWageSubsidyCents } from '../../shared/money/calculator';
import {
  acceptAgreement,
  apiAs,
  COORDINATOR,
  COUNSELLOR,
  EMPLOYER,
  login,
  moneyPattern,
  openPhase,
  uniqueSuffix,
} from './support';

test('employer confirms a hire after seeing the subsidy, then claims a pay period', async ({
  page,
  playwright,
  baseURL,
}) => {
  const base = baseURL ?? '';
  const today = quebecToday(new Date());
  const suffix = uniqueSuffix();
  const title = `Boulanger·ère subventionné·e ${suffix}`;
  const firstName = `Lina${suffix.replace(/\d/g, '').slice(0, 4)}`;

  const coordinator = await apiAs(playwright, base, COORDINATOR);
  const phase = await openPhase(coordinator, today);
  const rules = phase.rules;
  // Two weeks ago when the phase allows it: the first pay period is then behind us.
  const twoWeeksAgo = addDays(today, -14);
  const start = twoWeeksAgo < phase.startDate ? phase.startDate : twoWeeksAgo;

  const employer = await apiAs(playwright, base, EMPLOYER);
  const posting = await employer.call<{ id: number }>('postings.create', {
    title,
    nocCode: '63202',
    regionCode: '06',
    city: 'Montréal',
    hoursPerWeek: 40,
    hourlyWageCents: 2500,
    positions: 1,
    startDate: today,
    durationWeeks: 18,
    description: '',
    requirements: '',
    skills: [],
    languages: ['fr'],
    publish: true,
  });
  const counsellor = await apiAs(playwright, base, COUNSELLOR);
  const seeker = await counsellor.call<{ id: number }>('jobSeekers.create', {
    firstName,
    lastName: 'Bergeron',
    email: `${firstName.toLowerCase()}@example.ca`,
    phone: '514 555-0142',
    regionCode: '06',
    city: 'Montréal',
    targetNocCodes: ['63202'],
    skills: ['pétrissage'],
    hoursPerWeek: 40,
    availableFrom: today,
    languages: ['fr'],
    presentation: 'Cinq ans en boulangerie.',
    clientGroups: [],
    privateNotes: '',
    consents: { participation: true, proposal: true, contactSharing: true, givenOn: today },
    confirmDuplicate: true,
  });
  await counsellor.call('proposals.create', {
    postingId: posting.id,
    jobSeekerId: seeker.id,
    message: 'Disponible tout de suite.',
  });

  // 1. The hire, from the candidate card: the maximum subsidy shows before confirming.
  await login(page, EMPLOYER);
  await page.goto(`/postings/${posting.id}`);
  const name = `${firstName} B.`;
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('button', { name: `Modifier les conditions — ${name}` }).click();
  const form = page.getByRole('form', { name: `Confirmer l’embauche de ${name}` });
  await expect(form.getByLabel('Date d’entrée en poste')).toBeFocused();
  await expect(form.getByLabel('Salaire horaire')).toHaveValue('25,00');
  await expect(form.getByLabel('Heures par semaine')).toHaveValue('40');
  await expect(form.getByLabel('Durée prévue (semaines)')).toHaveValue('18');
  await form.getByLabel('Date d’entrée en poste').fill(start);
  const max = maxWageSubsidyCents(rules, { hourlyWageCents: 2500, hoursPerWeek: 40, weeks: 18 });
  if (rules.wageSubsidyRateBp === 5000 && rules.hourlyWageCapCents === 2500) {
    // The current FIT terms: the brief's own example.
    await expect(form).toContainText(
      /Subvention salariale maximale\s:\s9\s000,00\s\$\s\(50\s%\s×\s25,00\s\$\s×\s40\sh\s×\s18\ssemaines\)/,
    );
  }
  await expect(form).toContainText(
    new RegExp(`Subvention salariale maximale\\s:\\s${moneyPattern(max)}`),
  );
  // A rule broken is said next to its field before anything is sent.
  await form.getByLabel('Heures par semaine').fill(String(rules.minHoursPerWeek - 5));
  await expect(form.getByLabel('Heures par semaine')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText(/heures par semaine sont requises/).first()).toBeVisible();
  await form.getByLabel('Heures par semaine').fill('40');
  await expect(form.getByLabel('Heures par semaine')).not.toHaveAttribute('aria-invalid', 'true');
  if (start < today) {
    // A start date in the past (within the phase's window) is confirmed first.
    await form.getByRole('button', { name: `Confirmer l’embauche — ${name}` }).click();
    const confirmPast = form.getByRole('checkbox', { name: /Je confirme que l’emploi a commencé/ });
    await expect(confirmPast).toHaveAttribute('aria-invalid', 'true');
    await confirmPast.check();
  }
  await form.getByRole('button', { name: `Confirmer l’embauche — ${name}` }).click();

  // 2. The pairing page.
  await expect(page).toHaveURL(/\/pairings\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name} — ${title}`);
  await expect(page.getByRole('status').filter({ hasText: 'Embauche confirmée' })).toContainText(
    new RegExp(moneyPattern(max)),
  );
  const pairingUrl = new URL(page.url()).pathname;
  // Both parties accept the agreement (its own spec, paperwork.spec.ts, does it on screen).
  const pairingId = Number(pairingUrl.split('/').at(-1));
  await acceptAgreement(employer, pairingId);
  await acceptAgreement(counsellor, pairingId);
  await page.reload();

  // 3. A claim refused: more hours than the weekly maximum allows for the period.
  const claim = page.locator('#claim');
  await expect(claim.getByLabel('Début de la période')).toHaveValue(start);
  const periodDays = rules.claimPeriodWeeks * 7;
  await expect(claim.getByLabel('Fin de la période')).toHaveValue(addDays(start, periodDays - 1));
  const limit = (rules.maxHoursPerWeekCounted * periodDays) / 7;
  await claim.getByLabel('Heures travaillées').fill(String(limit + 20));
  await claim.getByLabel('Salaire brut versé').fill('2500,00');
  const hoursError = `Au plus ${limit} heures peuvent être réclamées pour cette période (vous avez indiqué ${limit + 20}).`;
  await expect(claim.getByLabel('Heures travaillées')).toHaveAttribute('aria-invalid', 'true');
  await expect(claim.getByLabel('Heures travaillées')).toHaveAccessibleDescription(
    new RegExp(hoursError.replace(/[().]/g, (c) => `\\${c}`)),
  );
  await claim.getByRole('button', { name: 'Soumettre la réclamation' }).click();
  await expect(claim.getByRole('alert')).toHaveText('Veuillez corriger les champs signalés.');
  await expect(claim.getByLabel('Heures travaillées')).toBeFocused();
  await expect(page.getByText('Aucune réclamation pour l’instant.')).toBeVisible();

  // 4. Corrected: the amount is previewed, then submitted and listed with its status.
  await claim.getByLabel('Heures travaillées').fill(String(limit));
  const gross = limit * 2500;
  await claim.getByLabel('Salaire brut versé').fill(`${gross / 100},00`);
  const amount = claimAmountCents(
    rules,
    {
      periodStart: start,
      periodEnd: addDays(start, periodDays - 1),
      hoursWorked: limit,
      grossWagesCents: gross,
      hourlyWageCents: 2500,
    },
    max,
  ).amountCents;
  await expect(claim).toContainText(
    new RegExp(`Montant remboursable\\s:\\s${moneyPattern(amount)}`),
  );
  await expect(claim.getByLabel('Heures travaillées')).not.toHaveAttribute('aria-invalid', 'true');
  await claim.getByRole('button', { name: 'Soumettre la réclamation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Réclamation soumise' })).toContainText(
    new RegExp(moneyPattern(amount)),
  );
  const claims = page.getByRole('table', {
    name: 'Réclamations de subvention salariale de ce jumelage',
  });
  const row = claims.getByRole('row').nth(1);
  await expect(row).toContainText('Soumise');
  await expect(row).toContainText(new RegExp(moneyPattern(amount)));
  // The form moves on to the next pay period.
  await expect(claim.getByLabel('Début de la période')).toHaveValue(addDays(start, periodDays));

  // 5. "Mes jumelages" and the home list it.
  await page.getByRole('navigation').getByRole('link', { name: 'Mes jumelages' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes jumelages');
  await expect(page.getByRole('link', { name: `${name} — ${title}` })).toHaveAttribute(
    'href',
    pairingUrl,
  );
  await page.getByRole('navigation').getByRole('link', { name: 'Accueil' }).click();
  await expect(page.getByRole('heading', { name: 'Jumelages et subventions' })).toBeVisible();
  await expect(page.getByRole('link', { name: `${name} — ${title}` })).toBeVisible();

  for (const api of [coordinator, employer, counsellor]) await api.ctx.dispose();
});
