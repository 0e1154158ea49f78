// Writes one row of the append-only audit history. Call it inside the use case's transaction
// so the event and the change it records commit together. Given the database handle (not the
// transaction's), the insert is prepared once per database and runs in the transaction open on
// its connection.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { prepared } from '../../db/prepared';
import { auditEvents } from '../../db/schema';

export type AuditAction =
  | 'auth.login_succeeded'
  | 'auth.login_failed'
  | 'auth.logout'
  | 'auth.logout_everywhere'
  | 'invitation.sent'
  | 'invitation.accepted'
  | 'password.changed'
  | 'password.reset_requested'
  | 'password.reset'
  | 'password.reset_link_issued'
  | 'role.changed'
  | 'profile.updated'
  | 'business.created'
  | 'business.updated'
  | 'jobSeeker.created'
  | 'jobSeeker.updated'
  | 'jobSeeker.exported'
  | 'jobSeeker.closed'
  | 'jobSeeker.anonymised'
  | 'settings.privacy_updated'
  | 'consent.given'
  | 'consent.withdrawn'
  | 'phase.created'
  | 'phase.updated'
  | 'phase.opened'
  | 'phase.closed'
  | 'pairing.created'
  | 'pairing.completed'
  | 'pairing.ended_early'
  | 'pairing.retention_recorded'
  | 'claim.submitted'
  | 'claim.approved'
  | 'claim.rejected'
  | 'tranche.approved'
  | 'tranche.rejected'
  | 'ledger.paid'
  | 'ledger.reversed'
  | 'agreement.signed'
  | 'pairing.amended'
  | 'proof.uploaded'
  | 'proof.attached'
  | 'proof.download_refused'
  | 'notice.issued'
  | 'report.exported'
  | 'auth.second_factor_failed'
  | 'auth.passkey_sign_in'
  | 'mfa.totp_enabled'
  | 'mfa.totp_disabled'
  | 'mfa.passkey_added'
  | 'mfa.passkey_removed'
  | 'mfa.recovery_codes_generated'
  | 'mfa.recovery_code_used'
  | 'mfa.reset'
  | 'mfa.policy_updated'
  | 'employerRequest.submitted'
  | 'employerRequest.confirmed'
  | 'employerRequest.taken'
  | 'employerRequest.purged'
  | 'employerRequest.purgedUntaken'
  | 'posting.created'
  | 'jobSeeker.imported'
  | 'transfer.requested'
  | 'transfer.accepted'
  | 'transfer.declined'
  | 'transfer.cancelled'
  | 'apiToken.created'
  | 'apiToken.revoked'
  | 'api.called';

export interface AuditEntry {
  at: Date;
  actorUserId: number | null;
  action: AuditAction;
  subjectType?:
    | 'user'
    | 'organisation'
    | 'business'
    | 'job_seeker'
    | 'phase'
    | 'pairing'
    | 'claim'
    | 'tranche'
    | 'ledger_entry'
    | 'proof'
    | 'payment_notice'
    | 'employer_request'
    | 'posting'
    | 'import_batch'
    | 'transfer_request'
    | 'api_token';
  subjectId?: number;
  ip?: string | null;
  details?: Record<string, unknown>;
}

const param = sql.placeholder;
const insertStatement = (db: DbOrTx) =>
  prepared(db, 'audit.insert', () =>
    db
      .insert(auditEvents)
      .values({
        at: param('at'),
        actorUserId: param('actorUserId'),
        action: param('action'),
        subjectType: param('subjectType'),
        subjectId: param('subjectId'),
        ip: param('ip'),
        details: param('details'),
      })
      .prepare(),
  );

export function recordAudit(db: DbOrTx, e: AuditEntry): void {
  insertStatement(db).run({
    at: e.at.toISOString(),
    actorUserId: e.actorUserId,
    action: e.action,
    subjectType: e.subjectType ?? null,
    subjectId: e.subjectId ?? null,
    ip: e.ip ?? null,
    details: e.details ?? {},
  });
}
