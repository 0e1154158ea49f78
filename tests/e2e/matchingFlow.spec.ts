// The heart of the product, across roles and through the screens only: employer 1 posts a need;
// counsellor 1 opens its ranked candidates and proposes the top two; employer 1 sees the cards
// without contact details, invites the first to an interview and then sees the contact details,
// declines the second with a reason; the counsellor sees that answer with its reason.
import { expect, test } from '@playwright/test';
import { COUNSELLOR, EMPLOYER, newLoggedInPage, unique } from './support';

test('from hiring need to interview, and a decline the counsellor sees', async ({ browser }) => {
  const title = unique('Aide-boulanger·ère de jour');

  // 1. The employer posts the need.
  const employer = await newLoggedInPage(browser, EMPLOYER);
  await employer.getByRole('link', { name: 'Publier un besoin' }).first().click();
  await employer.getByLabel('Titre du poste').fill(title);
  await employer.getByLabel('Profession (CNP 2021)').fill('65201');
  await employer.getByLabel('Salaire horaire').fill('19,25');
  await employer.getByLabel('Compétences recherchées').fill('boulangerie');
  await employer.getByLabel('Description des tâches').fill('Façonner et cuire le pain du jour.');
  await employer.getByRole('button', { name: 'Publier', exact: true }).click();
  await expect(employer.getByRole('heading', { level: 1 })).toHaveText(title);
  const postingUrl = employer.url();

  // 2. The counsellor finds it and proposes the two best-ranked people of the organisation.
  const counsellor = await newLoggedInPage(browser, COUNSELLOR);
  await counsellor.getByRole('navigation').getByRole('link', { name: 'Offres ouvertes' }).click();
  await counsellor.getByLabel('Mots').fill(title);
  await counsellor.getByRole('button', { name: 'Rechercher' }).click();
  await counsellor.getByRole('link', { name: title }).click();
  await expect(counsellor.getByRole('heading', { level: 1 })).toHaveText(title);
  const proposeButtons = counsellor.getByRole('button', { name: /^Proposer .* pour « / });
  await expect(proposeButtons.first()).toBeVisible();
  // Moussa Traoré: same occupation, region, hours and the skill sought.
  await expect(proposeButtons.first()).toHaveAccessibleName(
    `Proposer Moussa Traoré pour « ${title} »`,
  );
  // The second best: the name on the second candidate card of the ranked list.
  const ranked = counsellor
    .getByRole('listitem')
    .filter({ has: counsellor.getByRole('button', { name: /^Proposer / }) });
  const secondName = (await ranked.nth(1).getByRole('link').first().innerText()).trim();
  expect(secondName).toBeTruthy();
  for (const name of ['Moussa Traoré', secondName]) {
    await counsellor.getByRole('button', { name: `Proposer ${name} pour « ${title} »` }).click();
    const firstName = name.split(' ')[0];
    await counsellor
      .getByLabel('Message à l’employeur')
      .fill(`${firstName} est prêt·e à commencer.`);
    await counsellor.getByRole('button', { name: 'Envoyer la candidature' }).click();
    await expect(
      counsellor.getByRole('status').filter({ hasText: `Candidature de ${name} envoyée` }),
    ).toBeVisible();
  }
  const [secondFirst = '', secondLast = ''] = secondName.split(' ');
  const secondShort = `${secondFirst} ${secondLast.charAt(0)}.`;

  // 3. The employer sees the candidate cards: first name and initial, no contact details.
  await employer.goto(postingUrl);
  await expect(employer.getByRole('button', { name: /^Moussa T\./ })).toBeVisible();
  await expect(employer.getByText('Traoré')).toHaveCount(0);
  await expect(employer.getByText(/@exemple\.ca/)).toHaveCount(0);
  await employer.getByRole('button', { name: /^Moussa T\./ }).click();
  await expect(employer.getByText('Moussa est prêt·e à commencer.')).toBeVisible();
  await employer.getByRole('button', { name: 'Inviter en entrevue — Moussa T.' }).click();
  await expect(
    employer.getByText('Moussa T. est invité·e en entrevue.', { exact: false }),
  ).toBeVisible();
  await expect(
    employer.getByRole('link', { name: /^personne\d+\.org1@exemple\.ca$/ }),
  ).toBeVisible();

  // 4. The employer declines the second candidate with a reason.
  await employer
    .getByRole('button', { name: new RegExp(`^${secondShort.replace('.', '\\.')}`) })
    .click();
  await employer.getByRole('button', { name: `Décliner — ${secondShort}` }).click();
  await employer.getByLabel('Raison').selectOption('profile_mismatch');
  await employer
    .getByLabel('Commentaire', { exact: false })
    .fill('Nous cherchons de l’expérience en boulangerie.');
  await employer.getByRole('button', { name: `Décliner la candidature — ${secondShort}` }).click();
  await expect(
    employer.getByText(`Candidature de ${secondShort} déclinée.`, { exact: false }),
  ).toBeVisible();

  // 5. The counsellor sees both answers; the decline comes with its reason and comment.
  await counsellor.goto('/');
  const answers = counsellor.getByRole('region', { name: /Nouvelles réponses des employeurs/ });
  const declined = answers
    .getByRole('listitem')
    .filter({ hasText: secondName })
    .filter({ hasText: title });
  await expect(declined.getByText('Refusée')).toBeVisible();
  await declined.getByRole('button', { name: /Voir la réponse/ }).click();
  await expect(declined.getByText('Nous cherchons de l’expérience en boulangerie.')).toBeVisible();
  const interview = answers
    .getByRole('listitem')
    .filter({ hasText: 'Moussa Traoré' })
    .filter({ hasText: title });
  await expect(interview.getByText('Entrevue demandée')).toBeVisible();
});
