// What people noticed, in the browser: the employer hires from a notification in three actions
// (open the bell, open the notification, confirm on the card); the phase's rules are said while a
// need is typed; the counsellor clears the employers' answers on the home at once.
import { expect, test } from '@playwright/test';
import {
  apiAs,
  COORDINATOR,
  COUNSELLOR,
  EMPLOYER,
  isoDate,
  login,
  openPhase,
  unique,
} from './support';

async function proposedCandidate(
  playwright: Parameters<typeof apiAs>[0],
  base: string,
  title: string,
  firstName: string,
) {
  const employer = await apiAs(playwright, base, EMPLOYER);
  const posting = await employer.call<{ id: number }>('postings.create', {
    title,
    nocCode: '63202',
    regionCode: '06',
    city: 'Montréal',
    hoursPerWeek: 35,
    hourlyWageCents: 1900,
    positions: 1,
    startDate: isoDate(7),
    durationWeeks: 12,
    description: '',
    requirements: '',
    skills: [],
    languages: ['fr'],
    publish: true,
  });
  const counsellor = await apiAs(playwright, base, COUNSELLOR);
  const seeker = await counsellor.call<{ id: number }>('jobSeekers.create', {
    firstName,
    lastName: 'Tremblay',
    regionCode: '06',
    city: 'Montréal',
    targetNocCodes: ['63202'],
    hoursPerWeek: 35,
    availableFrom: isoDate(0),
    languages: ['fr'],
    consents: { participation: true, proposal: true, contactSharing: false, givenOn: isoDate(0) },
    confirmDuplicate: true,
  });
  const proposal = await counsellor.call<{ id: number }>('proposals.create', {
    postingId: posting.id,
    jobSeekerId: seeker.id,
    message: 'Disponible dès lundi.',
  });
  return { employer, counsellor, posting, proposal };
}

test('the employer hires from the notification in three actions', async ({
  page,
  playwright,
  baseURL,
}) => {
  const base = baseURL ?? '';
  await openPhase(await apiAs(playwright, base, COORDINATOR));
  const title = unique('Pâtissier·ère e2e');
  const { posting } = await proposedCandidate(playwright, base, title, 'Maëlle');
  await login(page, EMPLOYER);

  // 1. The bell. 2. The notification: the card opens by itself, with the terms and the subsidy.
  await page
    .getByRole('banner')
    .getByRole('link', { name: /notification/ })
    .click();
  await page
    .getByRole('link', { name: new RegExp(`Nouvelle candidature proposée .*« ${title} »`) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/postings/${posting.id}\\?proposal=`));
  const card = page.getByRole('listitem').filter({ hasText: 'Maëlle T.' });
  await expect(card.getByText(/Conditions de l’offre : entrée le/)).toBeVisible();
  await expect(card.getByText(/Subvention salariale maximale/)).toBeVisible();
  // The interview stays possible, never required.
  await expect(card.getByRole('button', { name: /^Inviter en entrevue/ })).toBeVisible();

  // 3. Confirm: the pairing page follows.
  await card.getByRole('button', { name: 'Confirmer l’embauche — Maëlle T.' }).click();
  await expect(page).toHaveURL(/\/pairings\/\d+$/);
  await expect(page.getByRole('status').filter({ hasText: /Embauche confirmée/ })).toBeVisible();
});

test('the phase’s rules are said while a need is typed', async ({ page, playwright, baseURL }) => {
  const phase = await openPhase(await apiAs(playwright, baseURL ?? '', COORDINATOR));
  const min = phase.rules.minHoursPerWeek;
  await login(page, EMPLOYER);
  await page.goto('/postings/new');
  await expect(page.getByText(`Règles de la phase ${phase.number}`)).toBeVisible();
  const hours = page.getByLabel(/Heures par semaine/);
  await hours.fill('10');
  await expect(
    page
      .getByText(
        `10 h par semaine ne pourront jamais être subventionnées : la phase ${phase.number} demande au moins ${min} h par semaine.`,
      )
      .first(),
  ).toBeVisible();
  await page.getByLabel(/Durée prévue/).fill('52');
  await expect(
    page.getByText(/Un stage de 52 semaines dépasse la durée subventionnée/).first(),
  ).toBeVisible();
  // Back within the rules, the warnings go.
  await hours.fill('35');
  await page.getByLabel(/Durée prévue/).fill('12');
  await expect(page.getByText(/ne pourront jamais être subventionnées/)).toHaveCount(0);
  await expect(page.getByText(/dépasse la durée subventionnée/)).toHaveCount(0);
});

test('the counsellor marks every new answer as seen at once', async ({
  page,
  playwright,
  baseURL,
}) => {
  const base = baseURL ?? '';
  const a = await proposedCandidate(playwright, base, unique('Boulanger·ère e2e'), 'Noé');
  const b = await proposedCandidate(playwright, base, unique('Livreur·euse e2e'), 'Zoé');
  await a.employer.call('proposals.inviteToInterview', { proposalId: a.proposal.id });
  await b.employer.call('proposals.decline', { proposalId: b.proposal.id, reason: 'other' });

  await login(page, COUNSELLOR);
  const answers = page.getByRole('region', { name: /Nouvelles réponses des employeurs/ });
  await expect(answers.getByRole('link', { name: 'Noé Tremblay' })).toBeVisible();
  await expect(answers.getByRole('link', { name: 'Zoé Tremblay' })).toBeVisible();
  await expect(answers.getByText(/derniers jours pas encore ouvertes/)).toBeVisible();
  await answers.getByRole('button', { name: 'Tout marquer comme vu' }).click();
  await expect(answers.getByRole('status')).toContainText(/réponses? marquées? comme vues?/);
  await expect(answers.getByRole('link', { name: 'Noé Tremblay' })).toHaveCount(0);
  await expect(answers.getByRole('link', { name: 'Zoé Tremblay' })).toHaveCount(0);
  await expect(answers.getByRole('heading', { level: 2 })).toBeFocused();
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: /Nouvelles réponses des employeurs/ })
      .getByRole('link', { name: 'Noé Tremblay' }),
  ).toHaveCount(0);
});
