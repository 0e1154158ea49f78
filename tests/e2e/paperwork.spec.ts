// The paperwork of a placement, through the screens of three people: after a hire (made over
// HTTP: the hire itself has its own specs), a claim is refused until both parties have accepted
// the agreement, saying who has not; the employer accepts it on its page, then the member
// organisation's counsellor; the employer claims with a proof of pay attached (a file that is no
// PDF, PNG or JPEG is refused from its content); the coordinator sees the proof on the review
// card, downloads it and refuses the claim « preuve manquante ou illisible »; the employer claims
// again with another proof; the coordinator approves and pays; the employer reads the payment
// notice (page and PDF); an amendment of the wage makes version 2, waiting for both again.
import { expect, type Page, test } from '@playwright/test';
import { addDays, quebecToday } from '../../shared/dates';
import { claimAmountCents } from '../../shared/money/calculator';
import {
  apiAs,
  COORDINATOR,
  COUNSELLOR,
  EMPLOYER,
  moneyPattern,
  newLoggedInPage,
  openPhase,
  uniqueSuffix,
} from './support';

/** A small PDF (the server recognises the type from the « %PDF- » bytes, not from the name). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
/** A 1 × 1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

async function fillClaim(page: Page, start: string) {
  const claim = page.locator('#claim');
  await claim.getByLabel('Début de la période').fill(start);
  await claim.getByLabel('Fin de la période').fill(addDays(start, 13));
  await claim.getByLabel('Heures travaillées').fill('80');
  await claim.getByLabel('Salaire brut versé').fill('2000,00');
  return claim;
}

test('agreement accepted by both, a claim with its proof refused then approved and paid, the payment notice, an amendment', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const base = baseURL ?? '';
  const today = quebecToday(new Date());
  const suffix = uniqueSuffix();
  const coordinatorApi = await apiAs(playwright, base, COORDINATOR);
  const phase = await openPhase(coordinatorApi, today);
  const twoWeeksAgo = addDays(today, -14);
  const start = twoWeeksAgo < phase.startDate ? phase.startDate : twoWeeksAgo;

  // The hire (over HTTP): a posting, a person, a proposal, the employer's confirmation.
  const employerApi = await apiAs(playwright, base, EMPLOYER);
  const counsellorApi = await apiAs(playwright, base, COUNSELLOR);
  const title = `Commis d’entrepôt ${suffix}`;
  const posting = await employerApi.call<{ id: number }>('postings.create', {
    title,
    nocCode: '75101',
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
  const seeker = await counsellorApi.call<{ id: number }>('jobSeekers.create', {
    firstName: `Noé${suffix.replace(/\d/g, '').slice(0, 3)}`,
    lastName: 'Gagnon',
    regionCode: '06',
    city: 'Montréal',
    targetNocCodes: ['75101'],
    skills: [],
    hoursPerWeek: 40,
    availableFrom: today,
    languages: ['fr'],
    presentation: '',
    clientGroups: [],
    privateNotes: '',
    consents: { participation: true, proposal: true, contactSharing: false, givenOn: today },
    confirmDuplicate: true,
  });
  const proposal = await counsellorApi.call<{ id: number }>('proposals.create', {
    postingId: posting.id,
    jobSeekerId: seeker.id,
    message: '',
  });
  const { pairingId } = await employerApi.call<{ pairingId: number }>('pairings.confirmHire', {
    proposalId: proposal.id,
    startDate: start,
    hourlyWageCents: 2500,
    hoursPerWeek: 40,
    plannedWeeks: 18,
  });

  // 1. No claim before both parties accepted: the form says who has not.
  const employer = await newLoggedInPage(browser, EMPLOYER);
  await employer.goto(`/pairings/${pairingId}`);
  const card = employer.getByRole('region', { name: 'Entente de jumelage' });
  await expect(card).toContainText(
    'En attente de l’acceptation de : l’employeur et l’organisme membre.',
  );
  await fillClaim(employer, start);
  await expect(employer.locator('#claim')).toContainText(
    'ni l’employeur ni l’organisme membre ne l’ont encore acceptée (version 1)',
  );

  // 2. The employer reads the agreement and accepts it (the box must be ticked).
  await card.getByRole('link', { name: 'Lire et accepter l’entente' }).click();
  await expect(employer).toHaveURL(new RegExp(`/agreements/${pairingId}$`));
  await expect(employer.getByRole('heading', { level: 1 })).toContainText('Entente de jumelage');
  await expect(employer.getByRole('article')).toContainText(title);
  const acceptance = employer.getByRole('region', { name: 'Acceptation électronique' });
  await acceptance.getByRole('button', { name: 'Accepter' }).click();
  await expect(
    acceptance.getByText('Cochez la case pour confirmer que vous acceptez le document.'),
  ).toBeVisible();
  await acceptance.getByLabel(/J’ai lu le document ci-dessus/).check();
  await acceptance.getByRole('button', { name: 'Accepter' }).click();
  await expect(acceptance.getByRole('status')).toHaveText(
    'Accepté. L’empreinte du document accepté est enregistrée.',
  );
  await expect(acceptance).toContainText(/Employeur — Acceptée par .+ \(Employeur·e\) le /);
  await expect(acceptance).toContainText('Organisme membre — Pas encore acceptée.');
  const pdf = await employer.request.get(`/files/agreements/${pairingId}/v1.pdf?locale=fr-CA`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');

  // 3. The coordination sees it waiting for the organisation.
  const coordinator = await newLoggedInPage(browser, COORDINATOR);
  await coordinator
    .getByRole('navigation')
    .getByRole('link', { name: 'Ententes à accepter' })
    .click();
  const waiting = coordinator.getByRole('row').filter({ hasText: `N° ${pairingId} — ${title}` });
  await expect(waiting).toContainText('Organisme membre');
  await expect(waiting).not.toContainText('Employeur,');

  // 4. The counsellor accepts for the member organisation.
  const counsellor = await newLoggedInPage(browser, COUNSELLOR);
  await counsellor.goto(`/agreements/${pairingId}`);
  const orgAcceptance = counsellor.getByRole('region', { name: 'Acceptation électronique' });
  await orgAcceptance.getByLabel(/J’ai lu le document ci-dessus/).check();
  await orgAcceptance.getByRole('button', { name: 'Accepter' }).click();
  await expect(orgAcceptance).toContainText(/Organisme membre — Acceptée par .+ le /);
  await coordinator.reload();
  await expect(
    coordinator.getByRole('row').filter({ hasText: `N° ${pairingId} — ${title}` }),
  ).toHaveCount(0);

  // 5. The employer claims with a proof of pay; a file that is not one is refused.
  await employer.goto(`/pairings/${pairingId}`);
  await expect(card).toContainText('Acceptée par les deux parties (version 1).');
  const claim = await fillClaim(employer, start);
  const proofs = claim.getByLabel('Preuves de paie (talon ou registre de paie)');
  await proofs.setInputFiles({
    name: 'talon.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('Ceci est un texte, pas un PDF.'),
  });
  await expect(claim.getByText(/n’est pas un PDF, un PNG ni un JPEG/)).toBeVisible();
  await proofs.setInputFiles({ name: 'talon.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(claim.getByRole('list', { name: 'Preuves jointes' })).toContainText('talon.pdf');
  const amount = claimAmountCents(
    phase.rules,
    {
      periodStart: start,
      periodEnd: addDays(start, 13),
      hoursWorked: 80,
      grossWagesCents: 200_000,
      hourlyWageCents: 2500,
    },
    Number.MAX_SAFE_INTEGER,
  ).amountCents;
  await claim.getByRole('button', { name: 'Soumettre la réclamation' }).click();
  await expect(
    employer.getByRole('status').filter({ hasText: 'Réclamation soumise' }),
  ).toContainText(new RegExp(moneyPattern(amount)));

  // 6. The coordinator sees the proof on the review card, opens it, and refuses the claim.
  await coordinator.goto('/money/review');
  const reviewCard = coordinator
    .locator('#claims')
    .getByRole('listitem')
    .filter({ has: coordinator.getByRole('link', { name: `Jumelage n° ${pairingId}` }) });
  const proofLink = reviewCard.getByRole('link', { name: /^talon\.pdf/ });
  await expect(proofLink).toBeVisible();
  const download = await coordinator.request.get((await proofLink.getAttribute('href')) ?? '');
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  await reviewCard.getByRole('button', { name: /^Refuser la réclamation/ }).click();
  await reviewCard.getByLabel('Motif').selectOption({ label: 'Preuve manquante ou illisible' });
  await reviewCard.getByLabel('Commentaire').fill('Le talon ne montre pas les heures.');
  await reviewCard.getByRole('button', { name: 'Refuser', exact: true }).click();
  await expect(coordinator.getByRole('status').filter({ hasText: 'refusée' })).toBeVisible();

  // 7. The employer sees why, and claims again with a readable proof (a PNG).
  await employer.reload();
  const claims = employer.getByRole('table', {
    name: 'Réclamations de subvention salariale de ce jumelage',
  });
  await expect(claims).toContainText('Preuve manquante ou illisible');
  await fillClaim(employer, start);
  await proofs.setInputFiles({ name: 'registre.png', mimeType: 'image/png', buffer: PNG });
  await expect(claim.getByRole('list', { name: 'Preuves jointes' })).toContainText('registre.png');
  await claim.getByRole('button', { name: 'Soumettre la réclamation' }).click();
  await expect(
    employer.getByRole('status').filter({ hasText: 'Réclamation soumise' }),
  ).toBeVisible();

  // 8. Approved and paid by the coordination.
  await coordinator.goto('/money/review');
  await expect(reviewCard.getByRole('link', { name: /^registre\.png/ })).toBeVisible();
  await reviewCard.getByRole('button', { name: /^Approuver la réclamation/ }).click();
  await reviewCard.getByRole('button', { name: 'Oui, approuver' }).click();
  await expect(coordinator.getByRole('status').filter({ hasText: 'approuvée' })).toBeVisible();
  const reference = `AVIS-${suffix}`;
  const business = await employerApi.query<{ legalName: string }>('directory.myBusiness');
  const toPay = coordinator
    .locator('#to-pay')
    .getByRole('listitem')
    .filter({
      has: coordinator.getByRole('heading', {
        name: new RegExp(
          `^${business.legalName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — ${moneyPattern(amount)}$`,
        ),
      }),
    })
    .last();
  await toPay.getByRole('button', { name: /^Marquer payé/ }).click();
  await toPay.getByLabel('Référence du paiement').fill(reference);
  await toPay.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(coordinator.getByRole('status').filter({ hasText: 'enregistré' })).toBeVisible();

  // 9. The employer's payment notice: listed, shown with its item, and as a PDF.
  await employer.getByRole('navigation').getByRole('link', { name: 'Avis de paiement' }).click();
  const noticeRow = employer.getByRole('row').filter({ hasText: reference });
  await expect(noticeRow).toContainText(new RegExp(moneyPattern(amount)));
  await noticeRow.getByRole('link', { name: /^Avis n° \d+$/ }).click();
  await expect(employer.getByRole('heading', { level: 1 })).toHaveText(/^Avis de paiement n° \d+$/);
  const notice = employer.getByRole('article');
  await expect(notice).toContainText(reference);
  await expect(notice).toContainText(new RegExp(moneyPattern(amount)));
  const noticePdf = await employer.request.get(
    (await employer.getByRole('link', { name: 'Télécharger le PDF' }).getAttribute('href')) ?? '',
  );
  expect(noticePdf.status()).toBe(200);
  expect(noticePdf.headers()['content-type']).toBe('application/pdf');

  // 10. An amendment: a raise from next week, previewed, saved as version 2 for both to accept.
  await employer.goto(`/agreements/${pairingId}`);
  const amend = employer.getByRole('region', { name: 'Modifier le jumelage (avenant)' });
  await amend
    .getByLabel(/^Modification/)
    .selectOption({ label: 'Changer le salaire ou les heures à partir d’une date' });
  await amend.getByLabel(/^À partir du/).fill(addDays(today, 7));
  await amend.getByLabel(/^Salaire horaire/).fill('27,00');
  await amend.getByLabel(/^Heures par semaine/).fill('40');
  await expect(amend.getByRole('status').last()).toContainText(/Subvention maximale : .+ → .+/);
  await amend.getByRole('button', { name: 'Enregistrer l’avenant' }).click();
  await expect(amend).toContainText('Avenant enregistré (version 2)');
  const history = employer.getByRole('table', {
    name: 'Versions de l’entente, la plus récente d’abord',
  });
  await expect(history.getByRole('row')).toHaveCount(3);
  await employer.goto(`/pairings/${pairingId}`);
  await expect(card).toContainText(
    'En attente de l’acceptation de : l’employeur et l’organisme membre.',
  );
});
