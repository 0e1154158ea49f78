// Every procedure of the router must appear in this table with who may call it. The list of
// procedures comes from the router itself, so a new procedure cannot escape the check.
import { TRPCError } from '@trpc/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { appRouter } from '../../server/trpc/router';
import { AppError } from '../../shared/errors';
import type { Role } from '../../shared/roles';
import { roles } from '../../shared/roles';
import { aUser, phaseFields } from '../helpers/builders';
import { anonymous, as } from '../helpers/callers';
import { type TestDeps, testDeps } from '../helpers/testDeps';

type Access = 'public' | 'authed' | readonly Role[];
interface Entry {
  access: Access;
  input?: unknown;
}

const token = 'x'.repeat(43);
const claim = {
  pairingId: 1,
  periodStart: '2026-12-07',
  periodEnd: '2026-12-20',
  hoursWorked: 80,
  grossWagesCents: 200_000,
};
const hire = {
  proposalId: 1,
  startDate: '2026-12-07',
  hourlyWageCents: 2000,
  hoursPerWeek: 35,
  plannedWeeks: 12,
};
const business = {
  legalName: 'Entreprise test inc.',
  neq: '1199999999',
  regionCode: '06',
  city: 'Montréal',
};
const posting = {
  title: 'Commis',
  nocCode: '65100',
  regionCode: '06',
  city: 'Montréal',
  hoursPerWeek: 35,
  hourlyWageCents: 1800,
  positions: 1,
  startDate: '2027-01-15',
  durationWeeks: 12,
};
const seeker = {
  firstName: 'Test',
  lastName: 'Personne',
  regionCode: '06',
  hoursPerWeek: 35,
  availableFrom: '2026-12-01',
  consents: { participation: true, proposal: true, contactSharing: false, givenOn: '2026-11-01' },
};
const assertion = {
  id: 'AAAA',
  rawId: 'AAAA',
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: 'e30', authenticatorData: 'AAAA', signature: 'AAAA' },
};
const attestation = {
  id: 'AAAA',
  rawId: 'AAAA',
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: 'e30', attestationObject: 'AAAA' },
};
const expected: Record<string, Entry> = {
  'auth.login': { access: 'public', input: { email: 'nobody@example.test', password: 'wrong' } },
  'auth.logout': { access: 'authed' },
  'auth.logoutEverywhere': { access: 'authed' },
  'auth.me': { access: 'public' },
  'auth.requestPasswordReset': { access: 'public', input: { email: 'nobody@example.test' } },
  'auth.resetPassword': { access: 'public', input: { token, password: 'a long passphrase' } },
  'accounts.invite': {
    access: ['coordinator', 'org_admin', 'counsellor'],
    input: { email: 'new@example.test', name: 'New', role: 'counsellor', organisationId: 1 },
  },
  'accounts.invitation': { access: 'public', input: { token } },
  'accounts.acceptInvitation': {
    access: 'public',
    input: { token, name: 'X', password: 'a long passphrase' },
  },
  'accounts.list': { access: ['coordinator', 'org_admin'] },
  'accounts.changeRole': { access: ['coordinator'], input: { userId: 999, role: 'org_admin' } },
  'accounts.resetLink': { access: ['coordinator'], input: { userId: 999 } },
  'accounts.updateProfile': { access: 'authed', input: { name: 'Nom', locale: 'fr-CA' } },
  'accounts.setLocale': { access: 'authed', input: { locale: 'en-CA' } },
  'accounts.changePassword': {
    access: 'authed',
    input: { currentPassword: 'wrong one', newPassword: 'a long passphrase' },
  },
  'directory.organisations': { access: 'authed' },
  'directory.myOrganisation': { access: ['org_admin', 'counsellor'] },
  'directory.businessesPage': { access: ['coordinator', 'org_admin', 'counsellor'], input: {} },
  'directory.myBusiness': { access: ['employer'] },
  'system.demo': { access: 'public' },
  'system.email': { access: 'public' },
  'businesses.get': {
    access: ['coordinator', 'org_admin', 'counsellor', 'employer'],
    input: { businessId: 1 },
  },
  'businesses.create': { access: ['coordinator', 'org_admin', 'counsellor'], input: business },
  'businesses.update': {
    access: ['coordinator', 'employer'],
    input: { ...business, businessId: 1 },
  },
  'postings.list': { access: 'authed', input: {} },
  'postings.get': { access: 'authed', input: { postingId: 1 } },
  'postings.create': { access: ['employer'], input: posting },
  'postings.update': { access: ['employer'], input: { ...posting, postingId: 1 } },
  'postings.transition': { access: ['employer'], input: { postingId: 1, action: 'publish' } },
  'jobSeekers.list': { access: ['org_admin', 'counsellor'], input: {} },
  'jobSeekers.get': { access: ['org_admin', 'counsellor'], input: { jobSeekerId: 1 } },
  'jobSeekers.create': { access: ['org_admin', 'counsellor'], input: seeker },
  'jobSeekers.update': {
    access: ['org_admin', 'counsellor'],
    input: { ...seeker, jobSeekerId: 1 },
  },
  'jobSeekers.exportData': { access: ['org_admin', 'counsellor'], input: { jobSeekerId: 1 } },
  'jobSeekers.accessLog': { access: ['org_admin'], input: {} },
  'jobSeekers.close': { access: ['org_admin', 'counsellor'], input: { jobSeekerId: 1 } },
  'jobSeekers.anonymise': { access: ['org_admin', 'counsellor'], input: { jobSeekerId: 1 } },
  'system.privacy': { access: 'public' },
  'system.privacySettings': { access: ['coordinator'] },
  'system.updatePrivacySettings': { access: ['coordinator'], input: { retentionYears: 7 } },
  'jobSeekers.giveConsent': {
    access: ['org_admin', 'counsellor'],
    input: { jobSeekerId: 1, purpose: 'proposal', givenOn: '2026-11-01' },
  },
  'jobSeekers.withdrawConsent': {
    access: ['org_admin', 'counsellor'],
    input: { jobSeekerId: 1, purpose: 'proposal', withdrawnOn: '2026-11-01' },
  },
  'matching.forPosting': { access: ['org_admin', 'counsellor'], input: { postingId: 1 } },
  'matching.forJobSeeker': { access: ['org_admin', 'counsellor'], input: { jobSeekerId: 1 } },
  'proposals.create': {
    access: ['org_admin', 'counsellor'],
    input: { postingId: 1, jobSeekerId: 1 },
  },
  'proposals.list': { access: ['org_admin', 'counsellor', 'employer'], input: {} },
  'proposals.open': { access: ['org_admin', 'counsellor', 'employer'], input: { proposalId: 1 } },
  'proposals.inviteToInterview': { access: ['employer'], input: { proposalId: 1 } },
  'proposals.decline': { access: ['employer'], input: { proposalId: 1, reason: 'other' } },
  'proposals.withdraw': { access: ['org_admin', 'counsellor'], input: { proposalId: 1 } },
  'proposals.markAnswersSeen': { access: ['org_admin', 'counsellor'] },
  'home.organisation': { access: ['org_admin', 'counsellor'] },
  'home.employer': { access: ['employer'] },
  'phases.list': { access: ['coordinator', 'org_admin', 'counsellor'] },
  'phases.get': { access: ['coordinator', 'org_admin'], input: { phaseId: 1 } },
  'phases.current': { access: 'authed' },
  'phases.create': { access: ['coordinator'], input: phaseFields() },
  'phases.update': { access: ['coordinator'], input: { phaseId: 1, phase: phaseFields() } },
  'phases.transition': { access: ['coordinator'], input: { phaseId: 1, action: 'open' } },
  'pairings.previewHire': { access: ['employer'], input: hire },
  'pairings.confirmHire': { access: ['employer'], input: hire },
  'pairings.list': { access: 'authed', input: {} },
  'pairings.counts': { access: 'authed', input: {} },
  'pairings.get': { access: 'authed', input: { pairingId: 1 } },
  'pairings.complete': {
    access: ['coordinator', 'org_admin', 'counsellor'],
    input: { pairingId: 1, endDate: '2027-03-01' },
  },
  'pairings.endEarly': {
    access: 'authed',
    input: { pairingId: 1, endDate: '2027-01-01', reason: 'quit' },
  },
  'pairings.recordRetention': {
    access: ['coordinator', 'org_admin', 'counsellor'],
    input: { pairingId: 1, outcome: 'employed', checkedOn: '2027-06-01' },
  },
  'pairings.logFollowUp': {
    access: ['org_admin', 'counsellor'],
    input: { pairingId: 1, on: '2026-12-10', withWhom: 'both', kind: 'call' },
  },
  'pairings.agenda': { access: ['org_admin', 'counsellor'] },
  'pairings.previewAmendment': {
    access: 'authed',
    input: { kind: 'weeks', pairingId: 1, plannedWeeks: 14 },
  },
  'pairings.amend': {
    access: ['employer', 'org_admin', 'counsellor', 'coordinator'],
    input: { kind: 'weeks', pairingId: 1, plannedWeeks: 14 },
  },
  'agreements.get': { access: 'authed', input: { pairingId: 1, locale: 'fr-CA' } },
  'agreements.sign': {
    access: ['employer', 'org_admin', 'counsellor'],
    input: { pairingId: 1, versionId: 1, locale: 'fr-CA', documentSha256: 'a'.repeat(64) },
  },
  'agreements.awaiting': { access: 'authed', input: {} },
  'money.attachProofs': { access: ['employer'], input: { claimId: 1, proofIds: [1] } },
  'money.stagedProofs': { access: ['employer'] },
  'notices.list': { access: ['employer', 'org_admin', 'coordinator'], input: {} },
  'notices.get': { access: ['employer', 'org_admin', 'coordinator'], input: { noticeId: 1 } },
  'money.previewClaim': { access: ['employer'], input: claim },
  'money.submitClaim': { access: ['employer'], input: claim },
  'money.reviewQueue': { access: ['coordinator'] },
  'money.claimsToReview': { access: ['coordinator'], input: {} },
  'money.tranchesToReview': { access: ['coordinator'], input: {} },
  'money.entriesToPay': { access: ['coordinator'], input: {} },
  'money.payBatch': {
    access: ['coordinator'],
    input: {
      batchKey: '9b2f1c7e-4d3a-4e6b-8f0a-1c2d3e4f5a6b',
      ledgerEntryIds: [999],
      paidOn: '2026-12-24',
      reference: 'LOT',
    },
  },
  'money.reviewClaim': { access: ['coordinator'], input: { id: 1, action: 'approve' } },
  'money.reviewTranche': { access: ['coordinator'], input: { id: 1, action: 'approve' } },
  'money.markPaid': {
    access: ['coordinator'],
    input: { ledgerEntryId: 1, paidOn: '2026-12-20', reference: 'VIR-1' },
  },
  'money.reverse': { access: ['coordinator'], input: { ledgerEntryId: 1, note: 'Erreur' } },
  'money.ledger': { access: 'authed', input: {} },
  'notifications.list': { access: 'authed', input: {} },
  'notifications.unreadCount': { access: 'authed' },
  'notifications.markRead': { access: 'authed', input: { notificationId: 1 } },
  'notifications.markAllRead': { access: 'authed' },
  'notifications.preferences': { access: 'authed' },
  'notifications.setPreference': {
    access: 'authed',
    input: { kind: 'hire_confirmed', delivery: 'digest' },
  },
  'reports.phase': { access: ['coordinator', 'org_admin'], input: { phaseId: 1 } },
  'money.claims': { access: ['employer', 'coordinator'], input: {} },
  'audit.list': { access: ['coordinator', 'org_admin'], input: {} },
  'auth.verifySecondFactor': { access: 'public', input: { method: 'totp', code: '123456' } },
  'auth.passkeyOptions': { access: 'public' },
  'auth.passkeySignIn': { access: 'public', input: { response: assertion } },
  'security.status': { access: 'authed' },
  'security.totpBegin': { access: 'authed' },
  'security.totpConfirm': { access: 'authed', input: { code: '123456' } },
  'security.totpDisable': { access: 'authed' },
  'security.passkeyOptions': { access: 'authed' },
  'security.passkeyRegister': { access: 'authed', input: { label: 'Clé', response: attestation } },
  'security.passkeyRemove': { access: 'authed', input: { id: 1 } },
  'security.regenerateRecoveryCodes': { access: 'authed' },
  'security.policy': { access: ['coordinator'] },
  'security.setPolicy': { access: ['coordinator'], input: { mfaGraceDays: 7 } },
  'security.accounts': { access: ['coordinator'] },
  'security.resetForUser': { access: ['coordinator'], input: { userId: 999 } },
  'recruit.rules': { access: 'public' },
  'recruit.submit': { access: 'public', input: { legalName: 'x' } },
  'recruit.confirm': { access: 'public', input: { token } },
  'recruit.list': { access: ['coordinator', 'org_admin', 'counsellor'], input: {} },
  'recruit.take': { access: ['org_admin', 'counsellor'], input: { requestId: 1 } },
  'transfers.request': {
    access: ['org_admin', 'counsellor'],
    input: { jobSeekerId: 1, toOrganisationId: 2, reason: 'moved' },
  },
  'transfers.list': { access: ['org_admin', 'counsellor'], input: {} },
  'transfers.get': { access: ['org_admin', 'counsellor'], input: { transferId: 1 } },
  'transfers.accept': { access: ['org_admin', 'counsellor'], input: { transferId: 1 } },
  'transfers.decline': { access: ['org_admin', 'counsellor'], input: { transferId: 1 } },
  'transfers.cancel': { access: ['org_admin', 'counsellor'], input: { transferId: 1 } },
  'imports.preview': { access: ['org_admin'], input: { format: 'csv', contentBase64: 'YQ==' } },
  'imports.run': {
    access: ['org_admin'],
    input: { format: 'csv', contentBase64: 'YQ==', fileSha256: 'a'.repeat(64) },
  },
  'apiTokens.list': { access: ['org_admin', 'coordinator'] },
  'apiTokens.create': {
    access: ['org_admin', 'coordinator'],
    input: { name: 'Jeton', scopes: ['people:read'], expiresOn: '2027-01-01' },
  },
  'apiTokens.revoke': { access: ['org_admin', 'coordinator'], input: { tokenId: 1 } },
};

const procedures = Object.keys(appRouter._def.procedures).sort();

function allows(access: Access, role: Role | null): boolean {
  if (access === 'public') return true;
  if (role === null) return false;
  return access === 'authed' || access.includes(role);
}

type AnyCaller = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

async function call(caller: unknown, path: string, input: unknown) {
  const [ns, name] = path.split('.') as [string, string];
  const fn = (caller as AnyCaller)[ns]?.[name];
  if (!fn) throw new Error(`no procedure ${path}`);
  try {
    await fn(input);
    return null;
  } catch (e) {
    return e;
  }
}

function refusal(e: unknown): 'forbidden' | 'unauthenticated' | null {
  if (!(e instanceof TRPCError) || !(e.cause instanceof AppError)) return null;
  if (e.cause.code === 'auth.forbidden') return 'forbidden';
  if (e.cause.code === 'auth.notAuthenticated') return 'unauthenticated';
  return null;
}

describe('access matrix', () => {
  let deps: TestDeps;
  beforeEach(() => {
    deps = testDeps();
  });

  it('lists every procedure of the router, and nothing else', () => {
    expect(Object.keys(expected).sort()).toEqual(procedures);
  });

  for (const path of procedures) {
    it(`${path}: refused for every role not allowed, not refused for those allowed`, async () => {
      const entry = expected[path];
      if (!entry) throw new Error(`${path} has no entry in the access table`);
      const anon = await call(anonymous(deps), path, entry.input);
      if (allows(entry.access, null)) expect(refusal(anon)).toBeNull();
      else expect(refusal(anon)).toBe('unauthenticated');
      for (const role of roles) {
        const u = await aUser(deps.db, role);
        const e = await call(as(deps, u.id), path, entry.input);
        if (allows(entry.access, role)) expect(refusal(e), `${role} on ${path}`).toBeNull();
        else expect(refusal(e), `${role} on ${path}`).toBe('forbidden');
      }
    });
  }
});
