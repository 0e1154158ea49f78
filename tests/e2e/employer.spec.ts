// Employer screens end to end: publishing a hiring need (with a field error first), finding it
// in "Mes offres" with the URL filters, editing it, closing a draft after confirming, and
// answering proposed candidates. Titles are unique per run so other spec files do not matter.
import { expect, type Page, test } from '@playwright/test';
import { apiAs, COUNSELLOR, EMPLOYER, horizontalOverflow, isoDate, login, unique } from './support';

async function fillNeed(page: Page, need: { title?: string; wage: string }) {
  if (need.title !== undefined) await page.getByLabel('Titre du poste').fill(need.title);
  await page.getByLabel('Profession (CNP 2021)').fill('63202');
  await page.getByLabel('Salaire horaire').fill(need.wage);
  await page
    .getByLabel('Description des tâches')
    .fill('Préparer les pâtes et surveiller la cuisson.');
}

test.describe('employeur', () => {
  test('publishes a need (after a field error), finds it in the list, edits it', async ({
    page,
  }) => {
    const title = unique('Boulanger·ère e2e');
    await login(page, EMPLOYER);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boulangerie du Plateau inc.');
    await page.getByRole('link', { name: 'Publier un besoin' }).first().click();
    await expect(page).toHaveURL(/\/postings\/new$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Publier un besoin de main-d’œuvre',
    );

    // Sensible defaults: the business's place, a usual full-time job, French.
    await expect(page.getByLabel('Heures par semaine')).toHaveValue('35');
    await expect(page.getByLabel('Nombre de postes')).toHaveValue('1');
    await expect(page.getByLabel('Durée prévue (semaines)')).toHaveValue('12');
    await expect(page.getByLabel('Ville')).toHaveValue('Montréal');
    await expect(page.getByRole('checkbox', { name: 'Français' })).toBeChecked();

    // No title: the error is next to the field, which gets the focus; nothing is created.
    await fillNeed(page, { wage: '18,50' });
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    const titleField = page.getByLabel('Titre du poste');
    await expect(titleField).toHaveAttribute('aria-invalid', 'true');
    await expect(titleField).toBeFocused();
    await expect(page.getByText('Ce champ est obligatoire.')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText('Veuillez corriger les champs signalés.');
    await expect(page).toHaveURL(/\/postings\/new$/);

    await titleField.fill(title);
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await expect(page).toHaveURL(/\/postings\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('status').filter({ hasText: 'Offre publiée.' })).toBeVisible();
    await expect(page.getByText('Ouverte', { exact: true })).toBeVisible();
    await expect(page.getByText(/^18,50\s\$ l’heure$/)).toBeVisible();
    await expect(
      page.getByText('63202 — Boulangers-pâtissiers/boulangères-pâtissières'),
    ).toBeVisible();
    const detailUrl = page.url();

    // In "Mes offres", with the status filter in the URL.
    await page.getByRole('navigation').getByRole('link', { name: 'Mes offres' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes offres');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await page.getByLabel('Statut').selectOption('open');
    await expect(page).toHaveURL(/\/postings\?status=open$/);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await page.getByLabel('Statut').selectOption('draft');
    await expect(page).toHaveURL(/\/postings\?status=draft$/);
    await expect(page.getByRole('link', { name: title })).toHaveCount(0);
    // A bookmarked view opens as it was saved.
    await page.goto(`/postings?status=open&q=${encodeURIComponent(title)}`);
    await expect(page.getByLabel('Statut')).toHaveValue('open');
    await expect(page.getByRole('link', { name: title })).toHaveCount(1);

    // Edit: the form comes back filled, the wage in dollars.
    await page.goto(detailUrl);
    await page.getByRole('link', { name: 'Modifier l’offre' }).click();
    await expect(page).toHaveURL(/\/postings\/\d+\/edit$/);
    await expect(page.getByLabel('Titre du poste')).toHaveValue(title);
    await expect(page.getByLabel('Salaire horaire')).toHaveValue('18,50');
    await page.getByLabel('Titre du poste').fill(`${title} (nuit)`);
    await page.getByLabel('Salaire horaire').fill('19.75');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await expect(page).toHaveURL(detailUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (nuit)`);
    await expect(page.getByText(/^19,75\s\$ l’heure$/)).toBeVisible();
    await expect(page.getByText('Modifications enregistrées.')).toBeVisible();
  });

  test('saves a draft, then closes it after confirming', async ({ page }) => {
    const title = unique('Livreur·euse e2e');
    await login(page, EMPLOYER);
    await page.goto('/postings/new');
    await fillNeed(page, { title, wage: '17' });
    await page.getByRole('button', { name: 'Enregistrer comme brouillon' }).click();
    await expect(page).toHaveURL(/\/postings\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('Brouillon', { exact: true })).toBeVisible();
    await expect(page.getByText(/^17,00\s\$ l’heure$/)).toBeVisible();

    await page.getByRole('button', { name: 'Fermer l’offre' }).click();
    await expect(page.getByText('Fermer cette offre?')).toBeVisible();
    await page.getByRole('button', { name: 'Oui, fermer l’offre' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Offre fermée.' })).toBeVisible();
    await expect(page.getByText('Fermée', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Modifier l’offre' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Publier', exact: true })).toHaveCount(0);

    await page.goto('/postings?status=closed');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  });

  test('answers proposed candidates: invite shows consented contact details, decline needs a reason', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const base = baseURL ?? '';
    const title = unique('Pâtissier·ère e2e');
    const employer = await apiAs(playwright, base, EMPLOYER);
    const posting = await employer.call<{ id: number }>('postings.create', {
      title,
      nocCode: '63202',
      regionCode: '06',
      city: 'Montréal',
      hoursPerWeek: 35,
      hourlyWageCents: 1850,
      positions: 2,
      startDate: isoDate(14),
      durationWeeks: 12,
      description: '',
      requirements: '',
      skills: [],
      languages: ['fr'],
      publish: true,
    });
    const counsellor = await apiAs(playwright, base, COUNSELLOR);
    const seeker = async (firstName: string, lastName: string, shareContact: boolean) =>
      (
        await counsellor.call<{ id: number }>('jobSeekers.create', {
          firstName,
          lastName,
          email: `${firstName.toLowerCase()}.${Date.now()}@example.ca`,
          phone: '514 555-0199',
          regionCode: '06',
          city: 'Montréal',
          targetNocCodes: ['63202'],
          skills: ['pétrissage'],
          hoursPerWeek: 35,
          availableFrom: isoDate(0),
          languages: ['fr'],
          presentation: 'Dix ans en boulangerie artisanale.',
          clientGroups: ['immigrants'],
          privateNotes: 'Note privée de l’organisme',
          consents: {
            participation: true,
            proposal: true,
            contactSharing: shareContact,
            givenOn: isoDate(0),
          },
          confirmDuplicate: true,
        })
      ).id;
    const shares = await seeker('Lucia', 'Ramirez', true);
    const private_ = await seeker('Marc', 'Dube', false);
    for (const jobSeekerId of [shares, private_]) {
      await counsellor.call('proposals.create', {
        postingId: posting.id,
        jobSeekerId,
        message: 'Très motivée, disponible tout de suite.',
      });
    }

    await login(page, EMPLOYER);
    await page.goto(`/postings/${posting.id}`);
    await expect(page.getByRole('heading', { name: 'Candidatures proposées (2)' })).toBeVisible();
    // Only what the person agreed to share: never the last name, client groups or notes.
    await expect(page.getByText('Ramirez')).toHaveCount(0);
    await expect(page.getByText('Note privée')).toHaveCount(0);

    // Opening a card marks it seen.
    const lucia = page.getByRole('button', { name: /^Lucia R\./ });
    await expect(lucia).toHaveAccessibleName(/Nouvelle/);
    await lucia.click();
    await expect(lucia).toHaveAttribute('aria-expanded', 'true');
    await expect(lucia).not.toHaveAccessibleName(/Nouvelle/);
    const luciaCard = page.getByRole('listitem').filter({ has: lucia });
    await expect(luciaCard.getByText('Dix ans en boulangerie artisanale.')).toBeVisible();
    await page.getByRole('button', { name: 'Inviter en entrevue — Lucia R.' }).click();
    await expect(
      page.getByText('Lucia R. est invité·e en entrevue.', { exact: false }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: /^lucia\..*@example\.ca$/ })).toBeVisible();
    // No hire button: confirming a hire comes with the phases-and-money feature.
    await expect(page.getByRole('button', { name: /Embaucher/ })).toHaveCount(0);

    const marc = page.getByRole('button', { name: /^Marc D\./ });
    await marc.click();
    await page.getByRole('button', { name: 'Inviter en entrevue — Marc D.' }).click();
    await expect(
      page.getByText('Cette personne n’a pas consenti à partager ses coordonnées.', {
        exact: false,
      }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Décliner — Marc D.' }).click();
    await expect(page.getByLabel('Raison')).toBeFocused();
    await page.getByRole('button', { name: 'Décliner la candidature — Marc D.' }).click();
    await expect(page.getByLabel('Raison')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Raison').selectOption('no_show');
    await page.getByRole('button', { name: 'Décliner la candidature — Marc D.' }).click();
    await expect(
      page.getByText('Candidature de Marc D. déclinée.', { exact: false }),
    ).toBeVisible();
    await expect(
      page.getByText(/^Raison\s:\sLa personne ne s’est pas présentée à l’entrevue/),
    ).toBeVisible();

    await employer.ctx.dispose();
    await counsellor.ctx.dispose();
  });

  test('keeps the business profile: a wrong NEQ is refused next to the field', async ({ page }) => {
    await login(page, EMPLOYER);
    await page.getByRole('navigation').getByRole('link', { name: 'Mon entreprise' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon entreprise');
    const neq = page.getByLabel('Numéro d’entreprise du Québec (NEQ)');
    await expect(neq).toHaveValue('1171234567');
    await neq.fill('123');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(neq).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Le NEQ compte 10 chiffres (ex. : 1171234567).')).toBeVisible();
    // Spaces and dashes as people copy them are accepted.
    await neq.fill('117 123-4567');
    await page.getByLabel('Secteur d’activité').fill('Boulangerie');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' }),
    ).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Secteur d’activité')).toHaveValue('Boulangerie');
    await expect(neq).toHaveValue('1171234567');
  });

  test('usable at 390 px: home, form and posting without horizontal scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, EMPLOYER);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.goto('/postings/new');
    await expect(page.getByLabel('Titre du poste')).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.goto('/postings');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes offres');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.goto('/business');
    await expect(page.getByLabel('Numéro d’entreprise du Québec (NEQ)')).toHaveValue('1171234567');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
