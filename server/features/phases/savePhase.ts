// Coordinators create phases and edit them while they are drafts: dates, envelopes, rules,
// participating organisations with targets and optional allocations.
import { eq, inArray } from 'drizzle-orm';
import { appError, fieldError } from '../../../shared/errors';
import type { PhaseFields } from '../../../shared/phases/schemas';
import type { DbOrTx } from '../../db/client';
import { organisations, phaseOrganisations, phases } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';

function assertOrganisationsExist(tx: DbOrTx, fields: PhaseFields) {
  const ids = fields.organisations.map((o) => o.organisationId);
  if (ids.length === 0) return;
  const found = new Set(
    tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(inArray(organisations.id, ids))
      .all()
      .map((r) => r.id),
  );
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0) {
    throw fieldError(`organisations.${missing}.organisationId`, 'organisation.notFound');
  }
}

function assertNumberFree(tx: DbOrTx, number: number, exceptId: number | null) {
  const clash = tx.select({ id: phases.id }).from(phases).where(eq(phases.number, number)).get();
  if (clash && clash.id !== exceptId) throw fieldError('number', 'phase.numberTaken');
}

function writeOrganisations(tx: DbOrTx, phaseId: number, fields: PhaseFields) {
  tx.delete(phaseOrganisations).where(eq(phaseOrganisations.phaseId, phaseId)).run();
  for (const o of fields.organisations) {
    tx.insert(phaseOrganisations)
      .values({ ...o, phaseId })
      .run();
  }
}

export function createPhase(deps: Deps, actor: Actor, fields: PhaseFields, req: RequestInfo) {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    assertNumberFree(tx, fields.number, null);
    assertOrganisationsExist(tx, fields);
    const { organisations: _orgs, ...phase } = fields;
    const id = tx
      .insert(phases)
      .values({ ...phase, createdAt: now.toISOString(), updatedAt: now.toISOString() })
      .returning({ id: phases.id })
      .get().id;
    writeOrganisations(tx, id, fields);
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'phase.created',
      subjectType: 'phase',
      subjectId: id,
      ip: req.ip,
      details: { number: fields.number },
    });
    return { id };
  });
}

export function updatePhase(
  deps: Deps,
  actor: Actor,
  phaseId: number,
  fields: PhaseFields,
  req: RequestInfo,
) {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    const phase = tx.select().from(phases).where(eq(phases.id, phaseId)).get();
    if (!phase) throw appError('phase.notFound');
    if (phase.status !== 'draft') throw appError('phase.notDraft');
    assertNumberFree(tx, fields.number, phaseId);
    assertOrganisationsExist(tx, fields);
    const { organisations: _orgs, ...values } = fields;
    tx.update(phases)
      .set({ ...values, updatedAt: now.toISOString() })
      .where(eq(phases.id, phaseId))
      .run();
    writeOrganisations(tx, phaseId, fields);
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'phase.updated',
      subjectType: 'phase',
      subjectId: phaseId,
      ip: req.ip,
    });
  });
}

/** Opening needs rules, envelopes and participants, and no other open phase. */
export function transitionPhase(
  deps: Deps,
  actor: Actor,
  input: { phaseId: number; action: 'open' | 'close' },
  req: RequestInfo,
) {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const phase = tx.select().from(phases).where(eq(phases.id, input.phaseId)).get();
    if (!phase) throw appError('phase.notFound');
    if (input.action === 'open') {
      if (phase.status !== 'draft')
        throw appError('phase.illegalTransition', { from: phase.status });
      if (!phase.rules) throw fieldError('rules', 'phase.rulesMissing');
      if (phase.wageEnvelopeCents <= 0)
        throw fieldError('wageEnvelopeCents', 'phase.envelopeMissing');
      const participant = tx
        .select({ id: phaseOrganisations.organisationId })
        .from(phaseOrganisations)
        .where(eq(phaseOrganisations.phaseId, phase.id))
        .get();
      if (!participant) throw fieldError('organisations', 'phase.noOrganisations');
      const open = tx
        .select({ n: phases.number })
        .from(phases)
        .where(eq(phases.status, 'open'))
        .get();
      if (open) throw appError('phase.anotherOpen', { number: open.n });
    } else if (phase.status !== 'open') {
      throw appError('phase.illegalTransition', { from: phase.status });
    }
    const status = input.action === 'open' ? 'open' : 'closed';
    tx.update(phases)
      .set({
        status,
        updatedAt: now.toISOString(),
        ...(status === 'open' ? { openedAt: now.toISOString() } : { closedAt: now.toISOString() }),
      })
      .where(eq(phases.id, phase.id))
      .run();
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: status === 'open' ? 'phase.opened' : 'phase.closed',
      subjectType: 'phase',
      subjectId: phase.id,
      ip: req.ip,
    });
    return { id: phase.id, status };
  });
}
