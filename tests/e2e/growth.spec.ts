// Growing the network: an employer comes on their own through « Recruter avec FIT » and a
// counsellor takes the request in charge; an organisation manager imports a file with a bad row,
// fixes it and imports.
import { expect, test } from '@playwright/test';
import { addDays, quebecToday } from '../../shared/dates';
import { lastLinkSentTo, newLoggedInPage, uniqueSuffix } from './support';

// Several people and pages in one story: more than the default 30 s on a shared machine.
test.describe.configure({ timeout: 120_000 });

test('an employer sends a need, confirms the email; a counsellor takes it in charge; the employer accepts the invitation and publishes', async ({
  page,
  browser,
}) => {
  const suffix = String(Date.now()).slice(-8);
  const neq = `11${suffix}`;
  const email = `recrute.${suffix}@exemple.ca`;
  const title = `Commis d’épicerie ${suffix}`;
  const start = addDays(quebecToday(new Date()), 21);

  await page.goto('/login');
  await page.getByRole('link', { name: 'Vous êtes un employeur? Recruter avec FIT' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recruter avec FIT' })).toBeVisible();
  await expect(page.getByText(/au moins 30 heures par semaine/)).toBeVisible();
  await page.getByLabel('Nom de l’entreprise').fill(`Épicerie ${suffix} inc.`);
  await page.getByLabel('Numéro d’entreprise du Québec (NEQ)').fill(neq);
  await page.getByLabel('Région').selectOption('06');
  await page.getByLabel('Ville').fill('Montréal');
  await page.getByLabel('Votre nom').fill('Josée Gagnon');
  await page.getByLabel('Votre adresse courriel').fill(email);
  await page.getByLabel('Titre du poste').fill(title);
  await page.getByLabel('Code CNP 2021 du poste').fill('65100');
  // The rules are shown as they type.
  await page.getByLabel('Heures par semaine').fill('20');
  await expect(page.getByText('Moins de 30 heures par semaine')).toBeVisible();
  await page.getByLabel('Heures par semaine').fill('35');
  await page.getByLabel('Salaire horaire ($)').fill('18,50');
  await page.getByLabel('Date d’entrée en poste souhaitée').fill(start);
  await page.getByLabel('Durée prévue (semaines)').fill('12');
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
  await expect(page.getByText(/Merci! Si l’adresse est valide/)).toBeVisible();

  // Nothing is visible before the email is confirmed.
  const counsellor = await newLoggedInPage(browser, 'conseil.org1@passerelle.test');
  await counsellor.goto('/employer-requests');
  await expect(
    counsellor.getByRole('heading', { level: 1, name: 'Demandes d’employeurs' }),
  ).toBeVisible();
  await expect(counsellor.getByRole('heading', { name: new RegExp(title) })).toHaveCount(0);

  await page.goto(await lastLinkSentTo(email));
  await page.getByRole('button', { name: 'Confirmer ma demande' }).click();
  await expect(page.getByText(/a été transmis à/)).toBeVisible();

  await counsellor.reload();
  const card = counsellor.getByRole('listitem').filter({ hasText: title });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Prendre en charge' }).click();
  await expect(
    counsellor.getByText(/l’invitation de l’employeur et l’offre en brouillon sont créées/),
  ).toBeVisible();

  // The employer accepts the invitation and publishes the draft.
  const employerContext = await browser.newContext({ locale: 'fr-CA' });
  const employer = await employerContext.newPage();
  await employer.goto(await lastLinkSentTo(email));
  await employer
    .getByLabel('Choisissez un mot de passe', { exact: false })
    .first()
    .fill('une phrase de passe solide');
  await employer.getByRole('button', { name: 'Accepter et me connecter' }).click();
  await expect(employer).not.toHaveURL(/invitation/);
  await employer.goto('/postings');
  await employer.getByRole('link', { name: title }).click();
  await employer.getByRole('button', { name: 'Publier' }).click();
  await expect(employer.getByText(/Offre publiée/).first()).toBeVisible();
});

function csv(rows: string[][]): string {
  const header =
    'prenom;nom;date_naissance;courriel;region;heures_semaine;disponible_le;consentement_participation;consentement_propositions;consentement_coordonnees;date_consentement';
  return `${header}\r\n${rows.map((r) => r.join(';')).join('\r\n')}`;
}

test('an organisation manager imports a file with one bad row, fixes it and imports', async ({
  browser,
}) => {
  const suffix = uniqueSuffix().replace(/\W/g, '');
  const page = await newLoggedInPage(browser, 'direction.org1@passerelle.test');
  await page.goto('/people/import');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Importer des dossiers' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Modèle CSV (français)' })).toHaveAttribute(
    'href',
    /template\.csv\?locale=fr-CA/,
  );
  const good = [
    'Nadia',
    `Importée${suffix}`,
    '1991-04-02',
    `nadia.${suffix}@exemple.ca`,
    '06',
    '35',
    '2026-12-01',
    'oui',
    'oui',
    'non',
    '2026-11-01',
  ];
  const bad = [
    'Luc',
    `Importé${suffix}`,
    '1988-09-09',
    `luc.${suffix}@exemple.ca`,
    '06',
    '120',
    '2026-12-01',
    'oui',
    'oui',
    'non',
    '2026-11-01',
  ];
  await page.getByLabel('Fichier CSV ou XLSX').setInputFiles({
    name: 'personnes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv([good, bad])),
  });
  await expect(
    page.getByRole('heading', { name: /2 ligne\(s\) : 1 avec erreur\(s\)/ }),
  ).toBeVisible();
  const badRow = page.getByRole('row').filter({ hasText: `Luc Importé${suffix}` });
  await expect(badRow).toContainText('heures_semaine');
  await expect(badRow).toContainText('La valeur doit être au plus 80.');
  await expect(page.getByText('Corrigez les lignes en erreur')).toBeVisible();
  await expect(page.getByRole('button', { name: /Importer \d/ })).toHaveCount(0);

  bad[5] = '30';
  await page.getByLabel('Fichier CSV ou XLSX').setInputFiles({
    name: 'personnes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv([good, bad])),
  });
  await expect(
    page.getByRole('heading', { name: /2 ligne\(s\) : 0 avec erreur\(s\)/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Importer 2 personnes' }).click();
  await expect(page.getByText('2 dossier(s) créé(s)')).toBeVisible();
  await page.goto(`/job-seekers?q=${encodeURIComponent(suffix)}`);
  await expect(page.getByText(`Importé${suffix}`).first()).toBeVisible();
});
