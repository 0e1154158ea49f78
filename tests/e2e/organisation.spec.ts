// Member organisation screens: registering a person with consents, the duplicate warning,
// withdrawing consent, and proposing a person for a posting. Names are unique per run so the
// spec does not depend on other spec files or on the demo data.
import { expect, test } from '@playwright/test';
import { apiAs, COUNSELLOR, EMPLOYER, isoDate, login, uniqueSuffix } from './support';

test.describe('organisme membre', () => {
  test('a counsellor registers a person with consents, meets the duplicate warning and withdraws consent to be proposed', async ({
    page,
  }) => {
    const id = uniqueSuffix();
    const firstName = 'Éloïse';
    const lastName = `Essai-${id}`;
    const fullName = `${firstName} ${lastName}`;
    const email = `eloise.${id}@exemple.ca`;

    await login(page, COUNSELLOR);
    await expect(page).toHaveURL(/\/$/);
    await page.getByRole('link', { name: 'Inscrire une personne' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inscrire une personne');

    // Sensible defaults: 35 h, French, the organisation's region, today.
    await expect(page.getByLabel('Heures par semaine')).toHaveValue('35');
    await expect(page.getByRole('checkbox', { name: 'Français' })).toBeChecked();
    // Privacy by default: no consent is pre-checked; the others wait for participation.
    const participation = page.getByRole('checkbox', { name: 'Participer au programme' });
    const proposal = page.getByRole('checkbox', { name: 'Être proposée à des employeurs' });
    await expect(participation).not.toBeChecked();
    await expect(proposal).toBeDisabled();

    // First attempt without the last name: the error is next to the field.
    await page.getByLabel('Prénom').fill(firstName);
    await page.getByLabel('Courriel').fill(email);
    await participation.check();
    await proposal.check();
    await page.getByRole('button', { name: 'Inscrire la personne' }).click();
    await expect(page.getByRole('alert').first()).toHaveText(
      'Veuillez corriger les champs signalés.',
    );
    const lastNameField = page.getByLabel('Nom de famille');
    await expect(lastNameField).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Ce champ est obligatoire.')).toBeVisible();

    await lastNameField.fill(lastName);
    await page.getByRole('button', { name: 'Inscrire la personne' }).click();
    await expect(page).toHaveURL(/\/job-seekers\/\d+\?done=created$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fullName);
    await expect(page.getByRole('status').filter({ hasText: 'Dossier créé.' })).toBeVisible();
    await expect(page.getByText('Peut être proposée', { exact: true })).toBeVisible();
    const fileUrl = new URL(page.url()).pathname;

    // The same person again (same email): warning with a link to the existing file.
    await page.goto('/job-seekers/new');
    await page.getByLabel('Prénom').fill(firstName);
    await page.getByLabel('Nom de famille').fill(lastName);
    await page.getByLabel('Courriel').fill(email);
    await page.getByRole('button', { name: 'Inscrire la personne' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'Une personne semblable existe' });
    await expect(warning).toContainText(fullName);
    await expect(warning.getByRole('button', { name: 'Créer quand même' })).toBeVisible();
    await warning.getByRole('link', { name: `Ouvrir le dossier de ${fullName}` }).click();
    await expect(page).toHaveURL(new RegExp(`${fileUrl}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fullName);

    // Withdraw consent to be proposed: dated, confirmed, and the person is no longer proposable.
    await page
      .getByRole('button', { name: 'Retirer ce consentement — Être proposée à des employeurs' })
      .click();
    const withdrawnOn = page.getByLabel('Date du retrait');
    await expect(withdrawnOn).toBeFocused();
    await expect(withdrawnOn).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByRole('button', { name: 'Confirmer le retrait' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Consentement retiré : Être proposée à des employeurs.' }),
    ).toBeVisible();
    await expect(page.getByText('Ne peut pas être proposée', { exact: true })).toBeVisible();
    await expect(page.getByText('Cette personne n’a pas consenti à être proposée')).toBeVisible();

    // The list says so too.
    await page.goto(`/job-seekers?q=${encodeURIComponent(lastName)}`);
    const row = page.getByRole('row').filter({ hasText: fullName });
    await expect(row).toHaveCount(1);
    await expect(row.getByText('Ne peut pas être proposée')).toBeVisible();
  });

  test('a counsellor proposes a ranked candidate for an open posting, then withdraws the proposal', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const origin = baseURL ?? '';
    const id = uniqueSuffix();
    const title = `Préposé·e au comptoir ${id}`;
    const start = isoDate(30);

    // The employer publishes a need (through the API: the employer's screens are not tested here).
    const employer = await apiAs(playwright, origin, EMPLOYER);
    await employer.call('postings.create', {
      title,
      nocCode: '65100',
      regionCode: '06',
      city: 'Montréal',
      hoursPerWeek: 35,
      hourlyWageCents: 1800,
      positions: 1,
      startDate: start,
      durationWeeks: 12,
      skills: ['Caisse'],
      languages: ['fr'],
      publish: true,
    });
    await employer.ctx.dispose();

    await login(page, COUNSELLOR);
    await expect(page).toHaveURL(/\/$/);
    const counsellor = await apiAs(playwright, origin, COUNSELLOR);
    const person = await counsellor.call<{ id: number }>('jobSeekers.create', {
      firstName: 'Noah',
      lastName: `Candidat-${id}`,
      regionCode: '06',
      targetNocCodes: ['65100'],
      skills: ['Caisse'],
      hoursPerWeek: 35,
      availableFrom: isoDate(),
      languages: ['fr'],
      consents: { participation: true, proposal: true, givenOn: '2025-01-15' },
    });
    await counsellor.ctx.dispose();
    const name = `Noah Candidat-${id}`;

    await page.goto('/open-postings');
    await page.getByLabel('Mots').fill(id);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(new RegExp(`q=${id}`));
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    const candidate = page.getByRole('listitem').filter({
      has: page.getByRole('link', { name }),
    });
    await expect(candidate.getByText('100 / 100')).toBeVisible();
    await expect(candidate.getByText('Correspond à une profession visée')).toBeVisible();
    await candidate.getByRole('button', { name: `Proposer ${name} pour « ${title} »` }).click();
    await expect(page.getByLabel('Message à l’employeur')).toBeFocused();
    await page.getByLabel('Message à l’employeur').fill('Très fiable, disponible tout de suite.');
    await page.getByRole('button', { name: 'Envoyer la candidature' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Candidature de ${name} envoyée` }),
    ).toBeVisible();
    const ours = page.getByRole('region', { name: 'Vos candidatures pour cette offre' });
    await expect(ours.getByRole('link', { name })).toBeVisible();
    await expect(ours.getByText('En attente de réponse')).toBeVisible();

    // On the proposals page, withdraw it (asks to confirm first).
    await page.goto('/proposals?status=proposed');
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByRole('button', { name: `Retirer ${name} pour « ${title} »` }).click();
    await row.getByRole('button', { name: 'Confirmer le retrait' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Candidature de ${name} pour « ${title} » retirée.` }),
    ).toBeVisible();
    await page.goto(`/job-seekers/${person.id}`);
    await expect(
      page.getByRole('region', { name: 'Candidatures de la personne' }).getByText('Retirée'),
    ).toBeVisible();
  });
});
