// Text input (issue 11): one shared helper (shared/schemaParts.ts safeText) refuses NUL and other
// control characters and bidirectional overrides/isolates in every text field, and line breaks
// outside multi-line free text. The generic test walks the input schema of EVERY procedure of the
// router, so a new text field that does not use the helper fails it; the others go end to end.
import { count } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { jobSeekers, postings } from '../../server/db/schema';
import { appRouter } from '../../server/trpc/router';
import { jobSeekerFields, postingFields } from '../helpers/builders';
import { expectFieldErrors } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

interface Def {
  type: string;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  element?: unknown;
  options?: unknown[];
  valueType?: unknown;
  items?: unknown[];
}

function defOf(schema: unknown): Def | null {
  const zod = (schema as { _zod?: { def?: Def } } | null)?._zod;
  return zod?.def ?? null;
}

/** Every string schema inside `schema`, with its path (array elements as `[]`). */
function stringLeaves(schema: unknown, path: string, out: [string, z.ZodType][]) {
  const def = defOf(schema);
  if (!def) return;
  switch (def.type) {
    case 'string':
      out.push([path, schema as z.ZodType]);
      return;
    case 'object':
      for (const [k, v] of Object.entries(def.shape ?? {})) {
        stringLeaves(v, path ? `${path}.${k}` : k, out);
      }
      return;
    case 'pipe':
      // A string transformed or checked further (emails, NEQ, cursors) is one leaf: the whole
      // pipe must refuse the characters, whichever of its steps does.
      if (defOf(def.in)?.type === 'string') out.push([path, schema as z.ZodType]);
      else stringLeaves(def.in, path, out);
      return;
    case 'array':
      stringLeaves(def.element, `${path}[]`, out);
      return;
    case 'union':
      for (const o of def.options ?? []) stringLeaves(o, path, out);
      return;
    case 'record':
      stringLeaves(def.valueType, `${path}{}`, out);
      return;
    case 'tuple':
      for (const [i, item] of (def.items ?? []).entries()) stringLeaves(item, `${path}.${i}`, out);
      return;
    default:
      if (def.innerType) stringLeaves(def.innerType, path, out);
  }
}

// Secrets typed, never shown: a password may hold any character (refusing some would lock out).
const secrets = /(^|[.:])(password|currentPassword|newPassword|token)$/;
// Free text over several lines: notes, messages, descriptions, comments, reasons.
const multiLine = new Set([
  'money.reviewClaim:comment',
  'money.reviewTranche:comment',
  'money.reverse:note',
  'jobSeekers.create:presentation',
  'jobSeekers.create:privateNotes',
  'jobSeekers.update:presentation',
  'jobSeekers.update:privateNotes',
  'postings.create:description',
  'postings.create:requirements',
  'postings.update:description',
  'postings.update:requirements',
  'proposals.create:message',
  'recruit.submit:description',
  'recruit.submit:requirements',
  'proposals.decline:comment',
  'pairings.endEarly:comment',
  'pairings.logFollowUp:notes',
]);

function leavesOfEveryProcedure() {
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { inputs: unknown[] } }
  >;
  const leaves: { where: string; schema: z.ZodType }[] = [];
  for (const [name, procedure] of Object.entries(procedures)) {
    for (const input of procedure._def.inputs) {
      const found: [string, z.ZodType][] = [];
      stringLeaves(input, '', found);
      for (const [path, schema] of found) leaves.push({ where: `${name}:${path}`, schema });
    }
  }
  return leaves;
}

describe('every text field of every procedure', () => {
  const leaves = leavesOfEveryProcedure();

  it('finds the text fields (the walk reaches names, notes, titles, lists)', () => {
    const where = leaves.map((l) => l.where);
    expect(leaves.length).toBeGreaterThan(60);
    for (const f of [
      'jobSeekers.create:firstName',
      'jobSeekers.create:skills[]',
      'postings.create:title',
      'accounts.invite:name',
      'businesses.create:invite.name',
      'phases.create:name',
      'money.markPaid:reference',
      'pairings.logFollowUp:notes',
    ]) {
      expect(where).toContain(f);
    }
  });

  it('refuses NUL, other controls and bidirectional overrides and isolates', () => {
    const accepted: string[] = [];
    for (const { where, schema } of leaves) {
      if (secrets.test(where)) continue;
      for (const bad of ['Ab\u0000c', 'Ab\u202Ec', 'Ab\u2066c', 'Ab\u0007c', 'Ab\u009Bc']) {
        if (schema.safeParse(bad).success) accepted.push(`${where} ${JSON.stringify(bad)}`);
      }
    }
    expect(accepted).toEqual([]);
  });

  it('accepts line breaks only in multi-line free text', () => {
    const withBreaks = leaves
      .filter(({ where, schema }) => !secrets.test(where) && schema.safeParse('Ab\nc').success)
      .map((l) => l.where);
    expect(withBreaks.sort()).toEqual([...multiLine].sort());
  });
});

describe('end to end', () => {
  let deps: TestDeps;
  let w: Awaited<ReturnType<typeof aWorld>>;
  beforeEach(async () => {
    deps = testDeps();
    w = await aWorld(deps);
  });

  it('a name with NUL or a right-to-left override is refused on its field, in the catalogue’s words; nothing is written', async () => {
    const nul = await expectFieldErrors(
      w.c1.jobSeekers.create(jobSeekerFields({ firstName: 'Ami\u0000na' })),
      'firstName',
    );
    expect(nul).toEqual({ firstName: [{ key: 'validation.controlCharacters', params: {} }] });
    const spoof = await expectFieldErrors(
      w.c1.jobSeekers.create(jobSeekerFields({ lastName: 'Tremblay\u202Egnp.exe' })),
      'lastName',
    );
    expect(spoof).toEqual({ lastName: [{ key: 'validation.controlCharacters', params: {} }] });
    const twoLines = await expectFieldErrors(
      w.e1.postings.create({ ...postingFields({ title: 'Commis\nde bureau' }), publish: true }),
      'title',
    );
    expect(twoLines).toEqual({ title: [{ key: 'validation.lineBreak', params: {} }] });
    expect(deps.db.select({ n: count() }).from(jobSeekers).get()?.n).toBe(0);
    expect(deps.db.select({ n: count() }).from(postings).get()?.n).toBe(0);
  });

  it('multi-line notes keep their line breaks (written \\n) and accented text', async () => {
    const { id } = await w.c1.jobSeekers.create(
      jobSeekerFields({ firstName: 'Zoë-Françoise', privateNotes: 'Ligne 1\r\nLigne 2\tfin' }),
    );
    const file = await w.c1.jobSeekers.get({ jobSeekerId: id });
    expect(file.firstName).toBe('Zoë-Françoise');
    expect(file.privateNotes).toBe('Ligne 1\nLigne 2\tfin');
  });
});
