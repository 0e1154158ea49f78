// « Recruter avec FIT »: the public form, its single-use email confirmation, routing to the
// organisations of the region, taking a request in charge, and the form's abuse resistance.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  auditEvents,
  businesses,
  employerRequests,
  outbox,
  postings,
  rateLimitHits,
  users,
} from '../../server/db/schema';
import { runHousekeeping } from '../../server/jobs/housekeeping';
import { aBusiness, anOrganisation, aUser } from '../helpers/builders';
import { anonymous, as, callerWithToken } from '../helpers/callers';
import { expectAppError, expectValidationError } from '../helpers/expectError';
import { lastTokenSentTo, mailsTo } from '../helpers/mail';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
beforeEach(() => {
  deps = testDeps();
});

function form(over: Record<string, unknown> = {}) {
  return {
    legalName: 'Fromagerie du Quai inc.',
    neq: '1171234567',
    contactName: 'Julie Tremblay',
    contactEmail: 'julie@fromagerie.example',
    contactPhone: '418 555-0199',
    regionCode: '03' as const,
    city: 'Québec',
    title: 'Aide-fromager·ère',
    nocCode: '94140',
    hoursPerWeek: 35,
    hourlyWageCents: 2000,
    positions: 1,
    startDate: '2027-01-11',
    durationWeeks: 12,
    description: 'Production et emballage.',
    requirements: '',
    locale: 'fr-CA' as const,
    website: '',
    ...over,
  };
}

const fromIp = (ip: string) => anonymous(deps, { ip, userAgent: 'test' });

async function world() {
  const quebecOrg = anOrganisation(deps.db, { regionCode: '03', city: 'Québec' });
  const montrealOrg = anOrganisation(deps.db, { regionCode: '06' });
  const quebecCounsellor = await aUser(deps.db, 'counsellor', { organisationId: quebecOrg.id });
  const montrealCounsellor = await aUser(deps.db, 'counsellor', {
    organisationId: montrealOrg.id,
  });
  return {
    quebecOrg,
    qc: as(deps, quebecCounsellor.id),
    mtl: as(deps, montrealCounsellor.id),
    quebecCounsellor,
  };
}

describe('recruit: the public form and its confirmation', () => {
  it('keeps the request hidden until the contact confirms, then routes it to the organisations of its region', async () => {
    const w = await world();
    const answer = await anonymous(deps).recruit.submit(form());
    expect(answer).toEqual({ status: 'check_email' });
    // Nobody sees an unconfirmed request.
    expect(await w.qc.recruit.list({})).toEqual([]);
    const mail = mailsTo(deps.db, 'julie@fromagerie.example')[0];
    expect(mail?.subject).toContain('Confirmez');
    expect(mail?.textBody).toContain('http://localhost:3000/recruit/confirm#token=');
    // Only the token's hash is stored.
    const token = lastTokenSentTo(deps.db, 'julie@fromagerie.example');
    const stored = deps.db.select().from(employerRequests).get();
    expect(stored?.confirmTokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);

    const confirmed = await anonymous(deps).recruit.confirm({ token });
    expect(confirmed.organisations).toEqual([w.quebecOrg.name]);
    const list = await w.qc.recruit.list({});
    expect(list.map((r) => r.title)).toEqual(['Aide-fromager·ère']);
    // An organisation of another region does not get it.
    expect(await w.mtl.recruit.list({})).toEqual([]);
    // The link works once.
    await expectAppError(anonymous(deps).recruit.confirm({ token }), 'token.invalid');
  });

  it('refuses an expired link', async () => {
    await world();
    await anonymous(deps).recruit.submit(form());
    const token = lastTokenSentTo(deps.db, 'julie@fromagerie.example');
    deps.clock.advanceMinutes(7 * 24 * 60 + 1);
    await expectAppError(anonymous(deps).recruit.confirm({ token }), 'token.expired');
  });

  it('routes a request from a region no organisation is in to every organisation', async () => {
    const w = await world();
    await anonymous(deps).recruit.submit(form({ regionCode: '10', city: 'Chibougamau' }));
    await anonymous(deps).recruit.confirm({
      token: lastTokenSentTo(deps.db, 'julie@fromagerie.example'),
    });
    expect(await w.qc.recruit.list({})).toHaveLength(1);
    expect(await w.mtl.recruit.list({})).toHaveLength(1);
  });

  it('shows the open phase’s rules to anyone, and nothing when no phase is open', async () => {
    expect(await anonymous(deps).recruit.rules()).toBeNull();
  });

  it('deletes requests not confirmed within 7 days, keeps confirmed ones (housekeeping job)', async () => {
    await world();
    await anonymous(deps).recruit.submit(form());
    await anonymous(deps).recruit.submit(
      form({ contactEmail: 'autre@exemple.ca', neq: '1179999999' }),
    );
    await anonymous(deps).recruit.confirm({
      token: lastTokenSentTo(deps.db, 'autre@exemple.ca'),
    });
    deps.clock.advanceMinutes(6 * 24 * 60);
    runHousekeeping(deps);
    expect(deps.db.select().from(employerRequests).all()).toHaveLength(2);
    deps.clock.advanceMinutes(24 * 60 + 1);
    runHousekeeping(deps);
    const left = deps.db.select().from(employerRequests).all();
    expect(left.map((r) => r.contactEmail)).toEqual(['autre@exemple.ca']);
    expect(JSON.stringify(deps.db.select().from(employerRequests).all())).not.toContain('julie');
  });
  it('deletes confirmed requests nobody took in charge within 60 days, and tells their contact', async () => {
    await world();
    await anonymous(deps).recruit.submit(form());
    await anonymous(deps).recruit.confirm({
      token: lastTokenSentTo(deps.db, 'julie@fromagerie.example'),
    });
    deps.clock.advanceMinutes(30 * 24 * 60);
    await anonymous(deps).recruit.submit(
      form({ contactEmail: 'tardif@exemple.ca', neq: '1179999999', locale: 'en-CA' }),
    );
    await anonymous(deps).recruit.confirm({ token: lastTokenSentTo(deps.db, 'tardif@exemple.ca') });
    deps.clock.advanceMinutes(30 * 24 * 60 - 1);
    runHousekeeping(deps);
    expect(deps.db.select().from(employerRequests).all()).toHaveLength(2);
    deps.clock.advanceMinutes(2);
    runHousekeeping(deps);
    // The first (confirmed 60 days ago) is gone with its contact; the later one stays.
    const left = deps.db.select().from(employerRequests).all();
    expect(left.map((r) => r.contactEmail)).toEqual(['tardif@exemple.ca']);
    const told = mailsTo(deps.db, 'julie@fromagerie.example').find((m) =>
      m.subject.includes('pas été pris en charge'),
    );
    expect(told?.textBody).toContain('/recruit');
    expect(told?.textBody).toContain('60 jours');
    expect(mailsTo(deps.db, 'tardif@exemple.ca').map((m) => m.subject)).not.toContainEqual(
      expect.stringContaining('not taken'),
    );
    const audit = deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'employerRequest.purgedUntaken'))
      .all();
    expect(audit.map((a) => a.details)).toEqual([{ count: 1 }]);
  });
});

describe('recruit: abuse resistance', () => {
  it('answers the same whether the NEQ and email are known or not (no enumeration)', async () => {
    const known = aBusiness(deps.db, { neq: '1171234567' });
    await aUser(deps.db, 'employer', { businessId: known.id, email: 'julie@fromagerie.example' });
    const a = await fromIp('198.51.100.1').recruit.submit(form());
    const b = await fromIp('198.51.100.2').recruit.submit(
      form({ neq: '1170000001', contactEmail: 'nouvelle@exemple.ca' }),
    );
    expect(a).toEqual(b);
    // Both get the same kind of email; neither says whether an account exists.
    const ma = mailsTo(deps.db, 'julie@fromagerie.example')[0];
    const mb = mailsTo(deps.db, 'nouvelle@exemple.ca')[0];
    expect(ma?.subject).toBe(mb?.subject);
    expect(ma?.textBody.replace(/token=[\w-]+/, '')).toBe(mb?.textBody.replace(/token=[\w-]+/, ''));
  });

  it('keeps nothing and sends nothing when the honeypot is filled, with the same answer', async () => {
    const answer = await anonymous(deps).recruit.submit(form({ website: 'http://spam.example' }));
    expect(answer).toEqual({ status: 'check_email' });
    expect(deps.db.select().from(employerRequests).all()).toEqual([]);
    expect(deps.db.select().from(outbox).all()).toEqual([]);
  });

  it('limits each email to 3 requests a day, silently (same answer, no more emails)', async () => {
    for (let i = 0; i < 5; i++) {
      const answer = await fromIp(`198.51.100.${i + 10}`).recruit.submit(form());
      expect(answer).toEqual({ status: 'check_email' });
    }
    expect(deps.db.select().from(employerRequests).all()).toHaveLength(3);
    expect(mailsTo(deps.db, 'julie@fromagerie.example')).toHaveLength(3);
    deps.clock.advanceMinutes(24 * 60 + 1);
    await fromIp('198.51.100.99').recruit.submit(form());
    expect(mailsTo(deps.db, 'julie@fromagerie.example')).toHaveLength(4);
  });

  it('limits each IP address to 10 forms an hour with a translated refusal', async () => {
    for (let i = 0; i < 10; i++) {
      await fromIp('203.0.113.50').recruit.submit(form({ contactEmail: `p${i}@exemple.ca` }));
    }
    await expectAppError(
      fromIp('203.0.113.50').recruit.submit(form({ contactEmail: 'p10@exemple.ca' })),
      'recruit.tooManyRequests',
      'TOO_MANY_REQUESTS',
    );
    // Another address is not affected; the hour passes and the first gets through again.
    await fromIp('203.0.113.51').recruit.submit(form({ contactEmail: 'q@exemple.ca' }));
    deps.clock.advanceMinutes(61);
    await fromIp('203.0.113.50').recruit.submit(form({ contactEmail: 'p11@exemple.ca' }));
    // Keys are stored hashed, never as addresses.
    const hits = JSON.stringify(deps.db.select().from(rateLimitHits).all());
    expect(hits).not.toContain('203.0.113');
    expect(hits).not.toContain('exemple.ca');
  });

  it('refuses bad input field by field, and oversized text, without keeping anything', async () => {
    const bad = anonymous(deps).recruit.submit(
      form({ neq: '12345', contactEmail: 'pas-un-courriel', hoursPerWeek: 0 }),
    );
    await expectValidationError(bad, 'neq');
    await expectValidationError(
      anonymous(deps).recruit.submit(form({ contactEmail: 'x' })),
      'contactEmail',
    );
    await expectValidationError(
      anonymous(deps).recruit.submit(form({ description: 'x'.repeat(5001) })),
      'description',
    );
    await expectValidationError(
      anonymous(deps).recruit.submit(form({ website: 'x'.repeat(501) })),
      'website',
    );
    await expectAppError(
      anonymous(deps).recruit.submit(form({ startDate: '2026-11-01' })),
      'posting.startDateInPast',
    );
    expect(deps.db.select().from(employerRequests).all()).toEqual([]);
    expect(deps.db.select().from(outbox).all()).toEqual([]);
  });
});

describe('recruit: taking a request in charge', () => {
  async function confirmedRequest(over: Record<string, unknown> = {}) {
    await anonymous(deps).recruit.submit(form(over));
    const email = String(over.contactEmail ?? 'julie@fromagerie.example');
    await anonymous(deps).recruit.confirm({ token: lastTokenSentTo(deps.db, email) });
    const row = deps.db.select().from(employerRequests).all().at(-1);
    if (!row) throw new Error('no request');
    return row;
  }

  it('creates the business, invites the contact and drafts the posting in one action; the employer publishes it', async () => {
    const w = await world();
    const request = await confirmedRequest();
    const result = await w.qc.recruit.take({ requestId: request.id });
    expect(result).toMatchObject({ businessCreated: true, account: 'invited' });
    const business = deps.db
      .select()
      .from(businesses)
      .where(eq(businesses.id, result.businessId))
      .get();
    expect(business).toMatchObject({ neq: '1171234567', legalName: 'Fromagerie du Quai inc.' });
    const posting = deps.db.select().from(postings).where(eq(postings.id, result.postingId)).get();
    expect(posting).toMatchObject({
      status: 'draft',
      title: 'Aide-fromager·ère',
      hoursPerWeek: 35,
    });
    // The invitation went to the contact; accepting it gives the employer their draft.
    const token = lastTokenSentTo(deps.db, 'julie@fromagerie.example');
    const { caller, cookies } = callerWithToken(deps, null);
    await caller.accounts.acceptInvitation({
      token,
      name: 'Julie Tremblay',
      password: 'une phrase de passe assez longue',
    });
    const session = cookies.setCalls[0]?.token ?? null;
    const employer = callerWithToken(deps, session).caller;
    await employer.postings.transition({ postingId: result.postingId, action: 'publish' });
    expect(
      deps.db.select().from(postings).where(eq(postings.id, result.postingId)).get()?.status,
    ).toBe('open');
    // Taken: listed as such for the organisation, gone from the waiting list.
    expect(await w.qc.recruit.list({})).toEqual([]);
    expect((await w.qc.recruit.list({ status: 'taken' }))[0]?.takenByName).toBe(
      w.quebecCounsellor.name,
    );
    const actions = deps.db
      .select()
      .from(auditEvents)
      .all()
      .map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'employerRequest.submitted',
        'employerRequest.confirmed',
        'business.created',
        'invitation.sent',
        'posting.created',
        'employerRequest.taken',
      ]),
    );
  });

  it('links the existing business of the same NEQ; never gives a new account on a business that has one', async () => {
    const w = await world();
    const existing = aBusiness(deps.db, { neq: '1171234567' });
    await aUser(deps.db, 'employer', {
      businessId: existing.id,
      email: 'patron@fromagerie.example',
    });
    const request = await confirmedRequest({ contactEmail: 'intrus@exemple.ca' });
    const result = await w.qc.recruit.take({ requestId: request.id });
    expect(result).toMatchObject({
      businessId: existing.id,
      businessCreated: false,
      account: 'business_has_account',
    });
    expect(
      deps.db.select().from(users).where(eq(users.email, 'intrus@exemple.ca')).get(),
    ).toBeUndefined();
    expect(mailsTo(deps.db, 'intrus@exemple.ca')).toHaveLength(1); // the confirmation only
    expect(deps.db.select().from(businesses).all()).toHaveLength(1);
    expect(deps.db.select().from(postings).get()?.businessId).toBe(existing.id);
  });

  it('is taken once: a second counsellor is told; other regions and employers cannot take it', async () => {
    const w = await world();
    const request = await confirmedRequest();
    const other = await aUser(deps.db, 'counsellor', { organisationId: w.quebecOrg.id });
    await w.qc.recruit.take({ requestId: request.id });
    await expectAppError(
      as(deps, other.id).recruit.take({ requestId: request.id }),
      'recruit.alreadyTaken',
    );
    await expectAppError(w.mtl.recruit.take({ requestId: request.id }), 'recruit.notFound');
    const employer = await aUser(deps.db, 'employer');
    await expectAppError(
      as(deps, employer.id).recruit.take({ requestId: request.id }),
      'auth.forbidden',
    );
    expect(deps.db.select().from(postings).all()).toHaveLength(1);
  });

  it('an unconfirmed request cannot be taken', async () => {
    const w = await world();
    await anonymous(deps).recruit.submit(form());
    const row = deps.db.select().from(employerRequests).get();
    await expectAppError(w.qc.recruit.take({ requestId: row?.id ?? 0 }), 'recruit.notFound');
  });
});
