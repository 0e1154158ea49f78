// Accompaniment after the hire, through the counsellor's screens: open a pairing from the list,
// log a follow-up (a field error first: the next date before the date), see it in the history
// and on the home agenda, complete the pairing; end another one early with a reason, then record
// its 12-week retention check. The spec makes its own two pairings through tRPC over HTTP (a
// posting of employer 1, two people of organisation 1, the hires), in the open phase, or in one
// it opens when none is, so it depends on no other spec and on no demo pairing.
import { type APIResponse, expect, type Page, request, test } from '@playwright/test';
import { addDays, quebecToday } from '../../shared/dates';
import { currentFitRules } from '../../shared/money/rules';

const PASSWORD = 'Passerelle-demo-2026';
const COUNSELLOR = 'conseil.org1@passerelle.test';
const EMPLOYER = 'employeur1@passerelle.test';
const COORDINATOR = 'coordination@passerelle.test';

type Call = (path: string, input?: unknown) => Promise<unknown>;

/** A signed-in tRPC client over HTTP, as the browser would call it (same Origin). */
async function apiAs(
  baseURL: string,
  email: string,
): Promise<{ mutate: Call; query: Call; dispose: () => Promise<void> }> {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const unwrap = async (res: APIResponse, path: string): Promise<unknown> => {
    expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
    const body = (await res.json()) as { result: { data: unknown } };
    return body.result.data;
  };
  const mutate: Call = async (path, input) =>
    unwrap(await api.post(`/trpc/${path}`, { data: input ?? {} }), path);
  const query: Call = async (path, input) =>
    unwrap(
      await api.get(`/trpc/${path}`, { params: { input: JSON.stringify(input ?? {}) } }),
      path,
    );
  await mutate('auth.login', { email, password: PASSWORD });
  return { mutate, query, dispose: () => api.dispose() };
}

async function login(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Adresse courriel').fill(email);
  await page.getByLabel('Mot de passe', { exact: false }).first().fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/$/);
}

function stamp() {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

test('a counsellor follows a pairing, completes it, ends another early and records its 12-week check', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const base = baseURL ?? '';
  const today = quebecToday(new Date());
  const id = stamp();
  const first = { firstName: 'Rosalie', lastName: `Suivi-${id}` };
  const second = { firstName: 'Yannick', lastName: `Fin-${id}` };

  // --- Set-up over HTTP: an open phase, a posting, two people proposed and hired. ----------
  const coordinator = await apiAs(base, COORDINATOR);
  let phase = (await coordinator.query('phases.current')) as {
    id: number;
    startDate: string;
    endDate: string;
  } | null;
  if (!phase) {
    const created = (await coordinator.mutate('phases.create', {
      number: 5000 + Math.floor(Math.random() * 4000),
      name: `Phase d'essai ${id}`,
      startDate: addDays(today, -30),
      endDate: addDays(today, 300),
      wageEnvelopeCents: 100_000_000,
      accompanimentEnvelopeCents: 10_000_000,
      rules: currentFitRules,
      organisations: [1, 2, 3, 4].map((organisationId) => ({ organisationId, pairingTarget: 10 })),
    })) as { id: number };
    await coordinator.mutate('phases.transition', { phaseId: created.id, action: 'open' });
    phase = (await coordinator.query('phases.current')) as NonNullable<typeof phase>;
  }
  await coordinator.dispose();
  const startDate = phase.startDate > today ? phase.startDate : today;

  const employer = await apiAs(base, EMPLOYER);
  const posting = (await employer.mutate('postings.create', {
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
  })) as { id: number };

  const counsellorApi = await apiAs(base, COUNSELLOR);
  const proposalIds: number[] = [];
  for (const person of [first, second]) {
    const seeker = (await counsellorApi.mutate('jobSeekers.create', {
      ...person,
      regionCode: '06',
      hoursPerWeek: 35,
      availableFrom: today,
      consents: { participation: true, proposal: true, givenOn: today },
    })) as { id: number };
    const proposal = (await counsellorApi.mutate('proposals.create', {
      postingId: posting.id,
      jobSeekerId: seeker.id,
      message: '',
    })) as { id: number };
    proposalIds.push(proposal.id);
  }
  await counsellorApi.dispose();
  for (const proposalId of proposalIds) {
    await employer.mutate('pairings.confirmHire', {
      proposalId,
      startDate,
      hourlyWageCents: 2000,
      hoursPerWeek: 35,
      plannedWeeks: 12,
    });
  }
  await employer.dispose();

  // --- The counsellor opens the first pairing from the list. ------------------------------
  const firstName = `${first.firstName} ${first.lastName}`;
  const secondName = `${second.firstName} ${second.lastName}`;
  await login(page, COUNSELLOR);
  await page.getByRole('navigation').getByRole('link', { name: 'Jumelages' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jumelages');
  await page.getByLabel('Statut').selectOption('active');
  await expect(page).toHaveURL(/\/accompaniment\?status=active$/);
  await page.getByRole('link', { name: firstName }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstName);
  await expect(page.getByText('En cours', { exact: true })).toBeVisible();

  // A next follow-up before the follow-up itself: the error is next to the field.
  const form = page.locator('form').filter({ has: page.getByLabel('Date du suivi') });
  await expect(page.getByLabel('Date du suivi')).toHaveValue(today);
  const withWhom = page.getByRole('group', { name: 'Avec qui?' });
  await withWhom.getByRole('radio', { name: "L'employeur" }).check();
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
  await expect(history.getByText(/Visite en entreprise avec l'employeur/)).toBeVisible();
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
  const tranches = page.getByRole('table', { name: "Soutien à l'accompagnement" });
  await expect(tranches.getByRole('row', { name: /Fin du jumelage/ })).toContainText(
    "Due — en attente d'approbation",
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

  const retention = page.getByRole('region', { name: 'Vérification à 12 semaines' });
  await expect(retention).toContainText(`Prévue le`);
  await retention
    .getByRole('group', { name: /La personne est-elle toujours en emploi/ })
    .getByRole('radio', { name: 'Toujours en emploi' })
    .check();
  await retention
    .getByRole('button', { name: `Consigner la vérification — ${secondName}` })
    .click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Vérification à 12 semaines consignée : Toujours en emploi.' }),
  ).toBeVisible();
  await expect(retention.getByRole('button', { name: /^Corriger la vérification/ })).toBeVisible();

  // The list shows both outcomes.
  await page.getByRole('link', { name: '← Jumelages' }).click();
  await page.getByLabel('Statut').selectOption('ended_early');
  const row = page.getByRole('row').filter({ hasText: secondName });
  await expect(row).toContainText('Fin anticipée');
  await expect(row).toContainText('12 semaines : Toujours en emploi');
});
