// Notifications end to end: a counsellor proposes a candidate (through the API); the employer
// sees the bell's count, opens the list and follows the notification to the candidate's card on
// the posting, which marks it read. Titles are unique per run so other spec files do not matter.
import { expect, test } from '@playwright/test';
import { apiAs, COUNSELLOR, EMPLOYER, horizontalOverflow, isoDate, login, unique } from './support';

const bellName = (n: number) =>
  n === 0
    ? 'Notifications : aucune non lue'
    : `${n} notification${n > 1 ? 's' : ''} non lue${n > 1 ? 's' : ''}`;

test('the employer is told of a proposed candidate and follows the notification to the card', async ({
  page,
  playwright,
  baseURL,
}) => {
  const base = baseURL ?? '';
  const title = unique('Tourier·ère e2e');
  const employer = await apiAs(playwright, base, EMPLOYER);
  const posting = await employer.call<{ id: number }>('postings.create', {
    title,
    nocCode: '63202',
    regionCode: '06',
    city: 'Montréal',
    hoursPerWeek: 35,
    hourlyWageCents: 1900,
    positions: 1,
    startDate: isoDate(14),
    durationWeeks: 12,
    description: '',
    requirements: '',
    skills: [],
    languages: ['fr'],
    publish: true,
  });
  const counsellor = await apiAs(playwright, base, COUNSELLOR);
  const seeker = await counsellor.call<{ id: number }>('jobSeekers.create', {
    firstName: 'Inès',
    lastName: 'Bouchard',
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
  const { count } = await employer.query<{ count: number }>('notifications.unreadCount');
  expect(count).toBeGreaterThan(0);

  await login(page, EMPLOYER);
  const bell = page.getByRole('banner').getByRole('link', { name: bellName(count) });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notifications');
  const item = page.getByRole('link', {
    name: `Nouveau Nouvelle candidature proposée par Accès-Travail Montréal pour « ${title} »`,
  });
  await expect(item).toBeVisible();
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });

  await item.click();
  await expect(page).toHaveURL(new RegExp(`/postings/${posting.id}\\?proposal=${proposal.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // The candidate's card is open, with the focus on it; the bell counts one less.
  const card = page.getByRole('button', { name: /^Inès B\./ });
  await expect(card).toBeFocused();
  await expect(card).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('Disponible dès lundi.')).toBeVisible();
  await expect(
    page.getByRole('banner').getByRole('link', { name: bellName(count - 1) }),
  ).toBeVisible();

  // Back in the list, it reads as read; "mark all as read" empties the bell.
  await page.goto('/notifications?show=unread');
  await expect(item).toHaveCount(0);
  await page.goto('/notifications');
  await expect(
    page.getByRole('link', {
      name: `Nouvelle candidature proposée par Accès-Travail Montréal pour « ${title} »`,
    }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'marquées comme lues' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: bellName(0) })).toBeVisible();
});

test('each person chooses how each kind reaches them, on the account page', async ({ page }) => {
  await login(page, COUNSELLOR);
  await page.getByRole('link', { name: 'Mon compte' }).click();
  const table = page.getByRole('table', { name: 'Mode de réception par type de notification' });
  await expect(table).toBeVisible();
  // Only the kinds of a counsellor's role.
  await expect(table.getByRole('rowheader')).toHaveText([
    'Réponse de l’employeur à une candidature',
    'Embauche confirmée',
    'Entente ou avenant à accepter',
    'Réclamation ou versement approuvé ou refusé',
    'Paiement effectué',
    'Suivi à faire',
    'Vérification du maintien en emploi à faire',
  ]);
  const digest = page.getByRole('radio', { name: 'Embauche confirmée Résumé quotidien' });
  await expect(digest).toBeChecked();
  const email = page.getByRole('radio', { name: 'Embauche confirmée Courriel immédiat' });
  await email.check();
  await expect(
    page.getByRole('status').filter({ hasText: 'Préférence enregistrée' }),
  ).toBeVisible();
  await page.reload();
  await expect(email).toBeChecked();
  await page.getByRole('radio', { name: 'Embauche confirmée Résumé quotidien' }).check();
  await expect(digest).toBeChecked();
});
