// Proofs of pay over HTTP: the type recognised from the bytes, 10 MB a file and 5 a claim, the
// files stored by content hash under FILES_DIR, downloads for the business, the organisation's
// manager and the counsellor following the pairing, and the coordinators only, each download
// (and each refusal) in the access log; the proofs go at anonymisation.
import { deflateSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import {
  agreementDocuments,
  agreementSignatures,
  agreementVersions,
  auditEvents,
  claimProofs,
  fileAccessLog,
} from '../../server/db/schema';
import { purgeStaleStagedProofs } from '../../server/features/proofs/proofs';
import { sha256Hex } from '../../server/files/fileStore';
import { MAX_PROOF_BYTES } from '../../shared/money/proofs';
import { acceptBoth } from '../helpers/agreements';
import { aUser } from '../helpers/builders';
import { signIn } from '../helpers/callers';
import { expectAppError, expectValidationError } from '../helpers/expectError';
import { aPairingWorld } from '../helpers/pairingWorld';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
let world: Awaited<ReturnType<typeof aPairingWorld>>;
let pairingId: number;
let jobSeekerId: number;
let app: ReturnType<typeof createApp>;

const claim = (over: Record<string, unknown> = {}) => ({
  pairingId,
  periodStart: '2026-12-07',
  periodEnd: '2026-12-20',
  hoursWorked: 70,
  grossWagesCents: 140_000,
  ...over,
});

/** A real (tiny) PNG: signature, IHDR, one IDAT, IEND. */
function png(seed = 0): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.from([0, seed & 0xff]))),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

const pdf = (text: string) =>
  new TextEncoder().encode(
    `%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
const jpeg = () =>
  new Uint8Array([
    0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9,
  ]);

function cookie(userId: number) {
  return { cookie: `passerelle_session=${signIn(deps, userId).token}` };
}

async function upload(userId: number, bytes: Uint8Array, name: string, type = 'application/pdf') {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], name, { type }));
  const res = await app.request('/files/proofs', {
    method: 'POST',
    body: form,
    headers: cookie(userId),
  });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & {
      id: number;
      error?: { code: string; params: Record<string, unknown>; field: string | null };
    },
  };
}

async function download(userId: number, proofId: number) {
  return app.request(`/files/proofs/${proofId}`, { headers: cookie(userId) });
}

beforeEach(async () => {
  deps = testDeps();
  world = await aPairingWorld(deps);
  const hired = await world.hire({}, { firstName: 'Amina', lastName: 'Zébulon' });
  pairingId = hired.pairingId;
  jobSeekerId = hired.jobSeekerId;
  await acceptBoth(world.w.e1, world.w.c1, pairingId);
  deps.clock.set('2026-12-22T15:00:00.000Z');
  app = createApp(deps);
});

describe('uploading proofs', () => {
  it('recognises PDF, PNG and JPEG from their bytes and stores each by its SHA-256', async () => {
    const employer = world.w.users.employer1.id;
    const a = await upload(employer, pdf('talon'), 'talon.pdf');
    // The name says nothing: a PNG named .pdf is a PNG.
    const b = await upload(employer, png(), 'scan.pdf');
    const c = await upload(employer, jpeg(), 'photo', '');
    expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
    expect([a.body.mediaType, b.body.mediaType, c.body.mediaType]).toEqual([
      'application/pdf',
      'image/png',
      'image/jpeg',
    ]);
    expect(a.body.sha256).toBe(sha256Hex(pdf('talon')));
    expect(deps.files.read(String(a.body.sha256))?.equals(Buffer.from(pdf('talon')))).toBe(true);
    const r = await world.w.e1.money.submitClaim(
      claim({ proofIds: [a.body.id, b.body.id, c.body.id] }),
    );
    const rows = deps.db.select().from(claimProofs).where(eq(claimProofs.claimId, r.id)).all();
    expect(rows.map((p) => p.mediaType)).toEqual(['application/pdf', 'image/png', 'image/jpeg']);
    expect(
      deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'proof.uploaded')).all(),
    ).toHaveLength(3);
  });

  it('refuses a file whose content is not a PDF, PNG or JPEG, whatever its name, and writes nothing', async () => {
    const employer = world.w.users.employer1.id;
    const text = await upload(
      employer,
      new TextEncoder().encode('Talon de paie: 1400 $'),
      'talon.pdf',
    );
    expect(text.status).toBe(400);
    expect(text.body.error).toMatchObject({ code: 'proof.unsupportedType', field: 'file' });
    const gif = await upload(
      employer,
      new TextEncoder().encode('GIF89a\x01\x00\x01\x00'),
      'x.png',
      'image/png',
    );
    expect(gif.body.error).toMatchObject({
      code: 'proof.unsupportedType',
      params: { detected: 'image/gif' },
    });
    const empty = await upload(employer, new Uint8Array(0), 'vide.pdf');
    expect(empty.body.error?.code).toBe('proof.empty');
    expect(deps.db.select().from(claimProofs).all()).toEqual([]);
  });

  it('refuses a file over 10 MB', async () => {
    const big = new Uint8Array(MAX_PROOF_BYTES + 1);
    big.set(pdf('gros'));
    const r = await upload(world.w.users.employer1.id, big, 'gros.pdf');
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'proof.tooLarge', params: { maxMb: 10 } });
    const huge = new Uint8Array(MAX_PROOF_BYTES + 200 * 1024);
    const h = await upload(world.w.users.employer1.id, huge, 'énorme.pdf');
    expect(h.body.error?.code).toBe('proof.tooLarge');
    expect(deps.db.select().from(claimProofs).all()).toEqual([]);
  });

  it('takes at most 5 proofs a claim, only the business’s own uploads, and only from employers', async () => {
    const { w } = world;
    const ids: number[] = [];
    for (let i = 0; i < 6; i++)
      ids.push((await upload(w.users.employer1.id, png(i), `p${i}.png`)).body.id);
    await expectValidationError(w.e1.money.submitClaim(claim({ proofIds: ids })), 'proofIds');
    const r = await w.e1.money.submitClaim(claim({ proofIds: ids.slice(0, 4) }));
    const over = await expectAppError(
      w.e1.money.attachProofs({ claimId: r.id, proofIds: ids.slice(4, 6) }),
      'proof.tooMany',
    );
    expect(over.params).toEqual({ max: 5, actual: 6 });
    await w.e1.money.attachProofs({ claimId: r.id, proofIds: [ids[4] ?? 0] });
    // Another business's upload cannot be attached; an attached one cannot be attached again.
    const theirs = await upload(w.users.employer2.id, png(9), 'x.png');
    await expectAppError(
      w.e1.money.attachProofs({ claimId: r.id, proofIds: [theirs.body.id] }),
      'proof.notFound',
    );
    await expectAppError(
      w.e2.money.attachProofs({ claimId: r.id, proofIds: [theirs.body.id] }),
      'claim.notFound',
    );
    const counsellorUpload = await upload(w.users.counsellor1.id, png(8), 'x.png');
    expect(counsellorUpload.body.error?.code).toBe('auth.forbidden');
    expect(
      deps.db.select().from(claimProofs).where(eq(claimProofs.claimId, r.id)).all(),
    ).toHaveLength(5);
  });

  it('refuses an upload from another site (Origin) and from anonymous visitors', async () => {
    const form = new FormData();
    form.append('file', new File([pdf('x')], 'x.pdf'));
    const cross = await app.request('/files/proofs', {
      method: 'POST',
      body: form,
      headers: { ...cookie(world.w.users.employer1.id), origin: 'https://evil.example' },
    });
    expect(cross.status).toBe(403);
    const anon = await app.request('/files/proofs', { method: 'POST', body: form });
    expect(anon.status).toBe(401);
  });
});

describe('downloading proofs', () => {
  let proofId: number;
  beforeEach(async () => {
    proofId = (await upload(world.w.users.employer1.id, pdf('talon'), 'talon.pdf')).body.id;
    await world.w.e1.money.submitClaim(claim({ proofIds: [proofId] }));
  });

  it('serves the business, the organisation’s manager, the counsellor following and the coordinators, each download logged', async () => {
    const { users } = world.w;
    for (const id of [
      users.employer1.id,
      users.admin1.id,
      users.counsellor1.id,
      users.coordinator.id,
    ]) {
      const res = await download(id, proofId);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toContain('talon.pdf');
      expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(pdf('talon')))).toBe(true);
    }
    const log = deps.db
      .select({ userId: fileAccessLog.userId, action: fileAccessLog.action })
      .from(fileAccessLog)
      .where(eq(fileAccessLog.jobSeekerId, jobSeekerId))
      .all()
      .filter((r) => r.action.startsWith('proof.'));
    expect(log).toEqual(
      [users.employer1.id, users.admin1.id, users.counsellor1.id, users.coordinator.id].map(
        (userId) => ({ userId, action: 'proof.download' }),
      ),
    );
  });

  it('refuses another business and a counsellor not on the pairing, as "not found", and logs the attempt', async () => {
    const { users } = world.w;
    const colleague = await aUser(deps.db, 'counsellor', {
      organisationId: users.admin1.organisationId,
    });
    for (const id of [users.employer2.id, users.counsellor2.id, colleague.id]) {
      const res = await download(id, proofId);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('proof.notFound');
    }
    const refused = deps.db
      .select({ userId: fileAccessLog.userId })
      .from(fileAccessLog)
      .where(
        and(
          eq(fileAccessLog.jobSeekerId, jobSeekerId),
          eq(fileAccessLog.action, 'proof.download_refused'),
        ),
      )
      .all();
    expect(refused.map((r) => r.userId)).toEqual([
      users.employer2.id,
      users.counsellor2.id,
      colleague.id,
    ]);
    expect(
      deps.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, 'proof.download_refused'))
        .all(),
    ).toHaveLength(3);
    expect((await app.request(`/files/proofs/${proofId}`)).status).toBe(401);
    expect((await download(users.employer1.id, 999_999)).status).toBe(404);
  });

  it('shows on the review card, and the coordinator may refuse « preuve manquante ou illisible »', async () => {
    const { w } = world;
    const queue = await w.coord.money.claimsToReview({});
    expect(queue.count).toBe(1);
    const card = queue.items[0];
    expect(card?.proofs.map((p) => [p.id, p.fileName, p.mediaType])).toEqual([
      [proofId, 'talon.pdf', 'application/pdf'],
    ]);
    await w.coord.money.reviewClaim({
      id: card?.id ?? 0,
      action: 'reject',
      reason: 'proof_missing_or_unreadable',
      comment: '',
    });
    const pairing = await w.e1.pairings.get({ pairingId });
    expect(pairing.claims[0]).toMatchObject({
      status: 'rejected',
      rejectReason: 'proof_missing_or_unreadable',
    });
    expect(pairing.claims[0]?.proofs).toHaveLength(1);
  });
});

describe('erasing proofs', () => {
  it('deletes the proofs and the signed PDFs (rows and files) and anonymises the signatures at anonymisation', async () => {
    const { w } = world;
    const up = await upload(w.users.employer1.id, pdf('à effacer'), 'talon-amina-zebulon.pdf');
    await w.e1.money.submitClaim(claim({ proofIds: [up.body.id] }));
    const signedSha = deps.db.select().from(agreementDocuments).get()?.sha256 ?? '';
    expect(deps.files.has(String(up.body.sha256))).toBe(true);
    expect(deps.files.has(signedSha)).toBe(true);

    deps.clock.set('2027-03-02T15:00:00.000Z');
    await w.c1.pairings.complete({ pairingId, endDate: '2027-02-28' });
    await w.c1.jobSeekers.anonymise({ jobSeekerId });

    expect(deps.db.select().from(claimProofs).all()).toEqual([]);
    expect(deps.db.select().from(agreementDocuments).all()).toEqual([]);
    expect(deps.files.has(String(up.body.sha256))).toBe(false);
    expect(deps.files.has(signedSha)).toBe(false);
    const signatures = deps.db.select().from(agreementSignatures).all();
    expect(signatures.map((s) => [s.signerName, s.ip, s.documentSha256.length])).toEqual([
      ['', null, 64],
      ['', null, 64],
    ]);
    const snapshot = deps.db.select().from(agreementVersions).get()?.snapshot;
    expect(snapshot?.person.displayName).toBe(`Personne anonymisée n° ${jobSeekerId}`);
    // Nothing of the person's name is left in any of the paperwork's rows.
    const dump = JSON.stringify([
      deps.db.select().from(agreementVersions).all(),
      deps.db.select().from(agreementSignatures).all(),
    ]);
    expect(dump).not.toMatch(/Amina|Zébulon|zebulon/);
    // The agreement can still be read, about an anonymised person.
    const a = await w.coord.agreements.get({ pairingId, locale: 'fr-CA' });
    expect(JSON.stringify(a.current?.document)).toContain('Personne anonymisée');
  });

  it('drops uploads never attached to a claim after a day', async () => {
    const up = await upload(world.w.users.employer1.id, png(3), 'oubli.png');
    expect(purgeStaleStagedProofs(deps)).toBe(0);
    deps.clock.advanceMinutes(25 * 60);
    expect(purgeStaleStagedProofs(deps)).toBe(1);
    expect(deps.files.has(String(up.body.sha256))).toBe(false);
  });
});
