// Who may send, resend or change a pending invitation. The rule: the actor must be allowed to
// send an invitation for the role and scope asked AND for the pending invitation's (sent from
// their own organisation, outside the coordination). A pending invitation of another scope is
// left exactly as it was and the answer is the one an address with an account gets
// (account.emailTaken on the email field), so it tells nothing about the other invitation.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { accountTokens, auditEvents, businesses, outbox, users } from '../../server/db/schema';
import { aBusiness, aUser } from '../helpers/builders';
import { anonymous, as } from '../helpers/callers';
import { expectAppError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
beforeEach(() => {
  deps = testDeps();
});

/** Everything an invitation can change, to show that a refusal changed nothing. */
function snapshot() {
  return {
    users: deps.db.select().from(users).all(),
    tokens: deps.db.select().from(accountTokens).all(),
    outbox: deps.db.select().from(outbox).all(),
    audit: deps.db.select().from(auditEvents).all(),
    businesses: deps.db.select().from(businesses).all(),
  };
}

function pendingUser(email: string) {
  const u = deps.db.select().from(users).where(eq(users.email, email)).get();
  if (!u) throw new Error(`no user ${email}`);
  return u;
}

const business = (n: number) => ({
  legalName: `Entreprise ${n} inc.`,
  neq: String(2_200_000_000 + n),
  regionCode: '06' as const,
  city: 'Montréal',
  sector: '',
  size: null,
  contactName: '',
  contactEmail: '',
  contactPhone: '',
});

describe('pending invitations of another scope', () => {
  it('a counsellor cannot turn the coordination’s pending coordinator invitation into an employer of their new business', async () => {
    const coord = await aUser(deps.db, 'coordinator');
    const counsellor = await aUser(deps.db, 'counsellor');
    await as(deps, coord.id).accounts.invite({
      email: 'future.coord@example.test',
      name: 'Future Coordinatrice',
      role: 'coordinator',
      locale: 'fr-CA',
    });
    const { id: businessId } = await as(deps, counsellor.id).businesses.create(business(1));
    const before = snapshot();
    const err = await expectAppError(
      as(deps, counsellor.id).accounts.invite({
        email: 'future.coord@example.test',
        name: 'Quelqu’un d’autre',
        role: 'employer',
        businessId,
        locale: 'en-CA',
      }),
      'account.emailTaken',
      'CONFLICT',
    );
    expect(err.field).toBe('email');
    expect(snapshot()).toEqual(before);
    expect(pendingUser('future.coord@example.test')).toMatchObject({
      role: 'coordinator',
      name: 'Future Coordinatrice',
      businessId: null,
      locale: 'fr-CA',
    });
    // Nor through the business form, which invites its first contact: nothing of it is kept.
    await expectAppError(
      as(deps, counsellor.id).businesses.create({
        ...business(2),
        invite: { name: 'X', email: 'future.coord@example.test', locale: 'fr-CA' },
      }),
      'account.emailTaken',
    );
    expect(snapshot()).toEqual(before);
  });

  it('an org_admin cannot resend or change another organisation’s pending invitation', async () => {
    const adminA = await aUser(deps.db, 'org_admin');
    const adminB = await aUser(deps.db, 'org_admin');
    await as(deps, adminA.id).accounts.invite({
      email: 'new.counsellor@example.test',
      name: 'Nouveau conseiller',
      role: 'counsellor',
      locale: 'fr-CA',
    });
    const before = snapshot();
    await expectAppError(
      as(deps, adminB.id).accounts.invite({
        email: 'new.counsellor@example.test',
        name: 'Nouveau conseiller',
        role: 'counsellor',
        locale: 'fr-CA',
      }),
      'account.emailTaken',
    );
    expect(snapshot()).toEqual(before);
    expect(pendingUser('new.counsellor@example.test').organisationId).toBe(adminA.organisationId);
  });

  it('a counsellor cannot touch a pending employer invitation sent from another organisation; a colleague of the sender can resend it', async () => {
    const sender = await aUser(deps.db, 'counsellor');
    const colleague = await aUser(deps.db, 'counsellor', { organisationId: sender.organisationId });
    const stranger = await aUser(deps.db, 'counsellor');
    const biz = aBusiness(deps.db);
    const invitation = {
      email: 'contact@example.test',
      name: 'Contact',
      role: 'employer' as const,
      businessId: biz.id,
      locale: 'fr-CA' as const,
    };
    await as(deps, sender.id).accounts.invite(invitation);
    const before = snapshot();
    await expectAppError(
      as(deps, stranger.id).accounts.invite({ ...invitation, name: 'Autre' }),
      'account.emailTaken',
    );
    expect(snapshot()).toEqual(before);
    const firstToken = deps.db.select().from(accountTokens).get();
    await as(deps, colleague.id).accounts.invite({ ...invitation, name: 'Contact (bis)' });
    expect(pendingUser('contact@example.test').name).toBe('Contact (bis)');
    const tokens = deps.db.select().from(accountTokens).all();
    expect(tokens).toHaveLength(2);
    expect(tokens.find((t) => t.id === firstToken?.id)?.usedAt).not.toBeNull();
  });

  it('an org_admin resends their own organisation’s pending counsellor invitation, but cannot make it a manager; the coordinator can', async () => {
    const admin = await aUser(deps.db, 'org_admin');
    const coord = await aUser(deps.db, 'coordinator');
    const invitation = {
      email: 'c@example.test',
      name: 'C',
      role: 'counsellor' as const,
      locale: 'fr-CA' as const,
    };
    await as(deps, admin.id).accounts.invite(invitation);
    await as(deps, admin.id).accounts.invite({ ...invitation, name: 'C. Again' });
    expect(pendingUser('c@example.test').name).toBe('C. Again');
    await expectAppError(
      as(deps, admin.id).accounts.invite({ ...invitation, role: 'org_admin' }),
      'account.roleNotInvitable',
    );
    await as(deps, coord.id).accounts.invite({
      ...invitation,
      role: 'org_admin',
      organisationId: admin.organisationId ?? 0,
    });
    expect(pendingUser('c@example.test').role).toBe('org_admin');
    // Now a manager's invitation: the org_admin may no longer touch it.
    await expectAppError(as(deps, admin.id).accounts.invite(invitation), 'account.emailTaken');
    expect(pendingUser('c@example.test').role).toBe('org_admin');
  });

  it('a pending invitation without a known sender is the coordination’s', async () => {
    const counsellor = await aUser(deps.db, 'counsellor');
    const biz = aBusiness(deps.db);
    await aUser(deps.db, 'employer', {
      email: 'seeded@example.test',
      businessId: biz.id,
      status: 'invited',
      passwordHash: null,
    });
    await expectAppError(
      as(deps, counsellor.id).accounts.invite({
        email: 'seeded@example.test',
        name: 'S',
        role: 'employer',
        businessId: biz.id,
        locale: 'fr-CA',
      }),
      'account.emailTaken',
    );
  });

  it('the invitation link still works after a refused attempt to take it over', async () => {
    const coord = await aUser(deps.db, 'coordinator');
    const counsellor = await aUser(deps.db, 'counsellor');
    await as(deps, coord.id).accounts.invite({
      email: 'keep@example.test',
      name: 'Keep',
      role: 'coordinator',
      locale: 'fr-CA',
    });
    const mail = deps.db.select().from(outbox).get();
    const token = mail?.textBody.match(/#token=([\w-]+)/)?.[1] ?? '';
    const biz = aBusiness(deps.db);
    await expectAppError(
      as(deps, counsellor.id).accounts.invite({
        email: 'keep@example.test',
        name: 'Taken',
        role: 'employer',
        businessId: biz.id,
        locale: 'fr-CA',
      }),
      'account.emailTaken',
    );
    expect(await anonymous(deps).accounts.invitation({ token })).toMatchObject({
      email: 'keep@example.test',
      role: 'coordinator',
    });
  });
});
