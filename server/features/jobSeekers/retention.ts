// Closing a file, anonymising it (at the person's request, or when the retention period set by
// the coordinator is over), and the program's privacy settings. Anonymising removes names,
// contacts, birth date and every free text written about the person wherever it was copied
// (the file, proposals and their history, follow-ups, the pairing's end, claims' and tranches'
// rejection comments, ledger notes), and keeps ids, dates, amounts, codes and the client groups
// (needed, only ever in aggregate, by reports): every report and ledger total stays the same.
// The append-only tables (proposal_events, ledger_entries) allow exactly this erasure, and only
// for an anonymised person's rows (migration 0010); audit and notification parameters never
// hold free text. tests/api/anonymisationScan.test.ts scans every column of every table.
import { and, eq, inArray, isNotNull, isNull, lt, max, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { appError } from '../../../shared/errors';
import type { privacySettingsInput } from '../../../shared/jobSeekers/schemas';
import type { DbOrTx } from '../../db/client';
import {
  claims,
  followUps,
  jobSeekers,
  ledgerEntries,
  pairings,
  programSettings,
  proposalEvents,
  proposals,
  tranches,
  transferRequests,
} from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { sweepFiles } from '../../files/fileReferences';
import { erasePaperwork } from '../agreements/erasePaperwork';
import { recordAudit } from '../audit/recordAudit';
import { ownJobSeeker } from '../guards';
import { hasActivePairing } from '../pairings/activePairing';
import { applyProposalTransition } from '../proposals/proposalTransition';

export function privacySettings(db: DbOrTx) {
  const row = db.select().from(programSettings).where(eq(programSettings.id, 1)).get();
  return (
    row ?? {
      id: 1,
      retentionYears: 7,
      privacyOfficerName: '',
      privacyOfficerTitle: '',
      privacyOfficerTitleEn: '',
      privacyOfficerEmail: '',
      privacyOfficerPhone: '',
      updatedAt: '',
    }
  );
}

export function updatePrivacySettings(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof privacySettingsInput>,
  req: RequestInfo,
) {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    tx.insert(programSettings)
      .values({ id: 1, ...input, updatedAt: now.toISOString() })
      .onConflictDoUpdate({
        target: programSettings.id,
        set: { ...input, updatedAt: now.toISOString() },
      })
      .run();
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'settings.privacy_updated',
      ip: req.ip,
      details: { retentionYears: input.retentionYears },
    });
  });
}

function withdrawWaitingProposals(tx: DbOrTx, jobSeekerId: number, actor: Actor | null, now: Date) {
  const waiting = tx
    .select({ id: proposals.id, status: proposals.status, answeredAt: proposals.answeredAt })
    .from(proposals)
    .where(
      and(
        eq(proposals.jobSeekerId, jobSeekerId),
        inArray(proposals.status, ['proposed', 'interview']),
      ),
    )
    .all();
  for (const p of waiting) {
    applyProposalTransition(tx, {
      proposal: p,
      action: 'withdraw',
      by: 'counsellor',
      actorUserId: actor?.userId ?? null,
      now,
      reason: 'file_closed',
    });
  }
}

export function closeFile(deps: Deps, actor: Actor, jobSeekerId: number, req: RequestInfo) {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    const seeker = ownJobSeeker(tx, actor, jobSeekerId);
    if (seeker.status === 'closed') throw appError('jobSeeker.closed');
    if (hasActivePairing(tx, seeker.id)) throw appError('jobSeeker.activePairing');
    withdrawWaitingProposals(tx, seeker.id, actor, now);
    tx.update(jobSeekers)
      .set({
        status: 'closed',
        closedAt: now.toISOString(),
        canBeProposed: false,
        updatedAt: now.toISOString(),
      })
      .where(eq(jobSeekers.id, seeker.id))
      .run();
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'jobSeeker.closed',
      subjectType: 'job_seeker',
      subjectId: seeker.id,
      ip: req.ip,
    });
  });
}

/**
 * Whether the person of a pairing has been anonymised. Their records then keep no free text:
 * text written later about them (a follow-up, a rejection comment, a reversal note) would
 * outlive the erasure, so it is refused or not kept.
 */
export function pairingPersonAnonymised(tx: DbOrTx, pairingId: number): boolean {
  const row = tx
    .select({ anonymisedAt: jobSeekers.anonymisedAt })
    .from(pairings)
    .innerJoin(jobSeekers, eq(jobSeekers.id, pairings.jobSeekerId))
    .where(eq(pairings.id, pairingId))
    .get();
  return Boolean(row?.anonymisedAt);
}

/**
 * Removes the person's personal data; ids, dates, amounts and aggregates stay. Returns the
 * stored files whose rows went with it (signed agreements, proofs of pay): the caller sweeps them
 * once the transaction has committed.
 */
export function anonymise(tx: DbOrTx, jobSeekerId: number, now: Date): string[] {
  const at = now.toISOString();
  // First: the append-only tables let an anonymised person's text be erased, nobody else's.
  tx.update(jobSeekers)
    .set({
      firstName: 'Personne',
      lastName: `anonymisée n° ${jobSeekerId}`,
      birthDate: null,
      email: '',
      phone: '',
      city: '',
      skills: [],
      languages: [],
      presentation: '',
      privateNotes: '',
      canBeProposed: false,
      canShareContact: false,
      status: 'closed',
      anonymisedAt: at,
      updatedAt: at,
    })
    .where(eq(jobSeekers.id, jobSeekerId))
    .run();
  tx.update(proposals)
    .set({ message: '', declineComment: null })
    .where(eq(proposals.jobSeekerId, jobSeekerId))
    .run();
  const proposalIds = tx
    .select({ id: proposals.id })
    .from(proposals)
    .where(eq(proposals.jobSeekerId, jobSeekerId));
  tx.update(proposalEvents)
    .set({ comment: null })
    .where(and(inArray(proposalEvents.proposalId, proposalIds), isNotNull(proposalEvents.comment)))
    .run();
  // Transfer requests' free text may name or describe the person.
  tx.update(transferRequests)
    .set({ message: '', declineComment: null })
    .where(eq(transferRequests.jobSeekerId, jobSeekerId))
    .run();
  const pairingIds = tx
    .select({ id: pairings.id })
    .from(pairings)
    .where(eq(pairings.jobSeekerId, jobSeekerId));
  tx.update(followUps).set({ notes: '' }).where(inArray(followUps.pairingId, pairingIds)).run();
  tx.update(pairings).set({ endComment: null }).where(inArray(pairings.id, pairingIds)).run();
  tx.update(claims)
    .set({ rejectComment: null })
    .where(and(inArray(claims.pairingId, pairingIds), isNotNull(claims.rejectComment)))
    .run();
  tx.update(tranches)
    .set({ rejectComment: null })
    .where(and(inArray(tranches.pairingId, pairingIds), isNotNull(tranches.rejectComment)))
    .run();
  tx.update(ledgerEntries)
    .set({ note: '' })
    .where(and(inArray(ledgerEntries.pairingId, pairingIds), ne(ledgerEntries.note, '')))
    .run();
  const pairingIdList = tx
    .select({ id: pairings.id })
    .from(pairings)
    .where(eq(pairings.jobSeekerId, jobSeekerId))
    .all()
    .map((p) => p.id);
  return erasePaperwork(tx, { jobSeekerId, pairingIds: pairingIdList, now });
}

/** At the person's request (the UI confirms first). */
export function anonymiseOnRequest(
  deps: Deps,
  actor: Actor,
  jobSeekerId: number,
  req: RequestInfo,
) {
  const now = deps.clock.now();
  const files = deps.db.transaction((tx) => {
    const seeker = ownJobSeeker(tx, actor, jobSeekerId);
    if (seeker.anonymisedAt) throw appError('jobSeeker.anonymised');
    if (hasActivePairing(tx, seeker.id)) throw appError('jobSeeker.activePairing');
    withdrawWaitingProposals(tx, seeker.id, actor, now);
    const erased = anonymise(tx, seeker.id, now);
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'jobSeeker.anonymised',
      subjectType: 'job_seeker',
      subjectId: seeker.id,
      ip: req.ip,
      details: { reason: 'request' },
    });
    return erased;
  });
  sweepFiles(deps, files);
}

/**
 * The scheduled purge: closed files whose file closure and last pairing end are both older
 * than the retention period are anonymised. Idempotent: anonymised files are skipped.
 */
export function anonymiseExpiredFiles(deps: Pick<Deps, 'db' | 'clock' | 'files'>): number {
  const now = deps.clock.now();
  const { retentionYears } = privacySettings(deps.db);
  const cutoffDate = new Date(now);
  cutoffDate.setUTCFullYear(cutoffDate.getUTCFullYear() - retentionYears);
  const cutoff = cutoffDate.toISOString();
  const lastEnds = deps.db
    .select({ jobSeekerId: pairings.jobSeekerId, lastEnd: max(pairings.endDate).as('last_end') })
    .from(pairings)
    .groupBy(pairings.jobSeekerId)
    .as('last_ends');
  const due = deps.db
    .select({ id: jobSeekers.id, lastEnd: lastEnds.lastEnd })
    .from(jobSeekers)
    .leftJoin(lastEnds, eq(lastEnds.jobSeekerId, jobSeekers.id))
    .where(
      and(
        eq(jobSeekers.status, 'closed'),
        isNull(jobSeekers.anonymisedAt),
        lt(jobSeekers.closedAt, cutoff),
      ),
    )
    .all()
    .filter((r) => !r.lastEnd || r.lastEnd < cutoff.slice(0, 10));
  for (const r of due) {
    const files = deps.db.transaction((tx) => {
      if (hasActivePairing(tx, r.id)) return [];
      const erased = anonymise(tx, r.id, now);
      recordAudit(tx, {
        at: now,
        actorUserId: null,
        action: 'jobSeeker.anonymised',
        subjectType: 'job_seeker',
        subjectId: r.id,
        details: { reason: 'retention', retentionYears },
      });
      return erased;
    });
    sweepFiles(deps, files);
  }
  return due.length;
}
