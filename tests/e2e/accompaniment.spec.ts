// Accompaniment after the hire, through the counsellor's screens: open a pairing from the list,
// log a follow-up (a field error first: the next date before the date), see it in the history
// and on the home agenda, complete the pairing; end another one early with a reason, and see
// that its 12-week retention check waits for its day. The spec makes its own two pairings through tRPC over HTTP (a
// posting of employer 1, two people of organisation 1, the hires), in the open phase, or in one
// it opens when none is, so it depends on no other spec and on no demo pairing.
import { expect, test } from '@playwright/test';
import { addDays, quebecToday } from '../../shared/dates';
import { formatDate } from '../../shared/format';
import {
  apiAs,
  COORDINATOR,
  COUNSELLOR,
  EMPLOYER,
  login,
  openPhase,
  uniqueSuffix,
} from './support';

test('a counsellor follows a pairing, completes it, ends another early and sees its 12-week check planned', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const base = baseURL ?? '';
  const today = quebecToday(new Date());
  const id = uniqueSuffix();
  const first = { firstName: 'Rosalie', lastName: `Suivi-${id}` };
  const second = { firstName: 'Yannick', lastName: `Fin-${id}` };

  // --- Set-up over HTTP: an open phase, a posting, two people proposed and hired. ----------
  const coordinator = await apiAs(playwright, base, COORDINATOR);
  const phase = await openPhase(coordinator, today);
  await coordinator.ctx.dispose();
  const startDate = phase.startDate > today ? phase.startDate : today;

  const employer = await apiAs(playwright, base, EMPLOYER);
  const posting = await employer.call<{ id: number }>('postings.create', {
    title: `Commis d'entrepôt ${id}`,
    nocCode: '75101',
    regionCode: '06',
    city: 'Montréal',
    hoursPerWeek: 35,
    hourlyWageCents: 2000,
    positions: 2,
    startDate: today,
    durationWeeks: 12,
    publish: true,
  });

  const counsellorApi = await apiAs(playwright, base, COUNSELLOR);
  const proposalIds: number[] = [];
  for (const person of [first, second]) {
    const seeker = await counsellorApi.call<{ id: number }>('jobSeekers.create', {
      ...person,
      regionCode: '06',
      hoursPerWeek: 35,
      availableFrom: today,
      consents: { participation: true, proposal: true, givenOn: today },
    });
    const proposal = await counsellorApi.call<{ id: number }>('proposals.create', {
      postingId: posting.id,
      jobSeekerId: seeker.id,
      message: '',
    });
    proposalIds.push(proposal.id);
  }
  await counsellorApi.ctx.dispose();
  for (const proposalId of proposalIds) {
    await employer.call('pairings.confirmHire', {
      proposalId,
      startDate,
      hourlyWageCents: 2000,
      hoursPerWeek: 35,
      plannedWeeks: 12,
    });
  }
  await employer.ctx.dispose();

  // --- The counsellor opens the first pairing from the list. ------------------------------
  const firstName = `${first.firstName} ${first.lastName}`;
  const secondName = `${second.firstName} ${second.lastName}`;
  await login(page, COUNSELLOR);
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('navigation').getByRole('link', { name: 'Jumelages' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jumelages');
  await page.getByLabel('Statut').selectOption('active');
  await expect(page).toHaveURL(/\/accompaniment\?status=active$/);
  // The phase filter offers the program's phases (a counsellor reads their list) and keeps the
  // pairing of the open phase in the list.
  await page.getByLabel('Phase', { exact: true }).selectOption(String(phase.number));
  await expect(page).toHaveURL(new RegExp(`[?&]phase=${phase.number}(&|$)`));
  await page.getByRole('link', { name: firstName }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstName);
  await expect(page.getByText('En cours', { exact: true })).toBeVisible();

  // A next follow-up before the follow-up itself: the error is next to the field.
  const form = page.locator('form').filter({ has: page.getByLabel('Date du suivi') });
  await expect(page.getByLabel('Date du suivi')).toHaveValue(today);
  const withWhom = page.getByRole('group', { name: 'Avec qui?' });
  await withWhom.getByRole('radio', { name: 'L’employeur' }).check();
  await page
    .getByRole('group', { name: 'Type de suivi' })
    .getByLabel('Visite en entreprise')
    .check();
  await form.getByLabel('Notes').fill('Première semaine : bonne intégration, horaire à ajuster.');
  const nextOn = page.getByLabel('Prochain suivi', { exact: true });
  await nextOn.fill(addDays(today, -1));
  await form.getByRole('button', { name: `Consigner le suivi — ${firstName}` }).click();
  await expect(form.getByRole('alert')).toHaveText('Veuillez corriger les champs signalés.');
  await expect(nextOn).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Le prochain suivi doit suivre la date de ce suivi.')).toBeVisible();

  await nextOn.fill(addDays(today, 3));
  await form.getByRole('button', { name: `Consigner le suivi — ${firstName}` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /consigné\. Prochain suivi le/ }),
  ).toBeVisible();
  const history = page.getByRole('region', { name: /Historique des suivis/ });
  await expect(history.getByText(/Visite en entreprise avec l’employeur/)).toBeVisible();
  await expect(
    history.getByText('Première semaine : bonne intégration, horaire à ajuster.'),
  ).toBeVisible();
  await expect(nextOn).not.toHaveAttribute('aria-invalid', 'true');

  // The home agenda lists the follow-up due within the week, with a link to the pairing.
  await page.getByRole('navigation').getByRole('link', { name: 'Accueil' }).click();
  const agenda = page.getByRole('region', { name: /Suivis à faire/ });
  const agendaItem = agenda.getByRole('listitem').filter({ hasText: firstName });
  await expect(agendaItem).toContainText('Suivi prévu le');
  await agendaItem.getByRole('link', { name: firstName }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstName);

  // Completing the pairing makes the completion tranche due.
  await page.getByRole('button', { name: `Terminer le jumelage — ${firstName}` }).click();
  await expect(page.getByLabel('Date de fin')).toHaveValue(today);
  await page.getByRole('button', { name: `Confirmer la fin du jumelage — ${firstName}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Jumelage terminé le' })).toBeVisible();
  await expect(page.getByText('Terminé', { exact: true })).toBeVisible();
  const tranches = page.getByRole('table', { name: 'Soutien à l’accompagnement' });
  await expect(tranches.getByRole('row', { name: /Fin du jumelage/ })).toContainText(
    'Due — en attente d’approbation',
  );

  // --- The second pairing ends early with a reason, then its 12-week check is recorded. ---
  await page.getByRole('link', { name: '← Jumelages' }).click();
  await page.getByRole('link', { name: secondName }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondName);
  await page.getByRole('button', { name: `Fin anticipée — ${secondName}` }).click();
  await page.getByRole('button', { name: `Confirmer la fin anticipée — ${secondName}` }).click();
  await expect(page.getByLabel('Raison')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Raison').selectOption({ label: 'Autre emploi trouvé' });
  await page.getByLabel('Commentaire').fill('A trouvé un poste plus près de chez lui.');
  await page.getByRole('button', { name: `Confirmer la fin anticipée — ${secondName}` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Fin anticipée consignée' }),
  ).toBeVisible();
  await expect(page.getByText('Autre emploi trouvé')).toBeVisible();

  // Its 12-week check comes 12 weeks after the end: the date is shown, nothing can be recorded
  // before it (the server refuses it too: tests/api).
  const retention = page.getByRole('region', { name: 'Vérification à 12 semaines' });
  await expect(retention).toContainText(
    `Prévue le ${formatDate(addDays(today, 84), 'fr-CA')}, 12 semaines après la fin du jumelage : elle se consigne à partir de ce jour-là.`,
  );
  await expect(retention.getByRole('button', { name: /Consigner la vérification/ })).toHaveCount(0);

  // The list shows both outcomes.
  await page.getByRole('link', { name: '← Jumelages' }).click();
  await page.getByLabel('Statut').selectOption('ended_early');
  const row = page.getByRole('row').filter({ hasText: secondName });
  await expect(row).toContainText('Fin anticipée');
});
