// Demo paperwork: each party accepts its agreement through the real use case (the PDF rendered,
// its fingerprint checked and stored), and pay stubs made as real PDFs are uploaded as proofs of
// pay through the real upload (type recognised from the bytes).
import { eq } from 'drizzle-orm';
import type { PrintableDocument } from '../../shared/documents/printable';
import { formatDate, formatMoney } from '../../shared/format';
import { businesses } from '../db/schema';
import type { Actor, Deps } from '../deps';
import { renderPdf } from '../documents/pdf';
import { getAgreement } from '../features/agreements/readAgreement';
import { signAgreement } from '../features/agreements/signAgreement';
import { uploadProof } from '../features/proofs/proofs';

const req = { ip: '192.0.2.10', userAgent: 'seed' };

/** The actor accepts the pairing's agreement in force, as its page would let them. */
export async function acceptAgreement(deps: Deps, actor: Actor, pairingId: number) {
  const agreement = await getAgreement(deps, actor, { pairingId, locale: 'fr-CA' });
  if (!agreement.current || !agreement.canSign) return;
  await signAgreement(
    deps,
    actor,
    {
      pairingId,
      versionId: agreement.current.versionId,
      locale: 'fr-CA',
      documentSha256: agreement.current.documentSha256,
    },
    req,
  );
}

/** A pay stub for one pay period, uploaded by the employer; returns the staged proof's id. */
export async function uploadPayStub(
  deps: Deps,
  employer: Actor,
  p: { periodStart: string; periodEnd: string; hours: number; grossCents: number },
): Promise<number> {
  const business = deps.db
    .select({ name: businesses.legalName })
    .from(businesses)
    .where(eq(businesses.id, employer.businessId ?? 0))
    .get();
  const document: PrintableDocument = {
    locale: 'fr-CA',
    title: 'Talon de paie',
    subtitle: [
      business?.name ?? '',
      `Période du ${formatDate(p.periodStart, 'fr-CA')} au ${formatDate(p.periodEnd, 'fr-CA')}`,
    ],
    sections: [
      {
        heading: 'Rémunération',
        blocks: [
          {
            type: 'table',
            columns: ['Description', 'Heures', 'Montant'],
            numeric: [false, true, true],
            rows: [
              ['Salaire régulier', String(p.hours), formatMoney(p.grossCents, 'fr-CA')],
              ['Brut', '', formatMoney(p.grossCents, 'fr-CA')],
            ],
          },
        ],
      },
    ],
    footer: 'Document de démonstration',
  };
  const bytes = await renderPdf(document, {
    createdAt: new Date(`${p.periodEnd}T20:00:00.000Z`),
    subject: 'Talon de paie',
  });
  const proof = await uploadProof(
    deps,
    employer,
    { name: `talon-de-paie-${p.periodEnd}.pdf`, bytes },
    req,
  );
  return proof.id;
}
