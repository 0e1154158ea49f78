// A phase as the coordinator reads it: every participant's budget comes from the phase's
// aggregates at once, so the number of queries does not grow with the number of organisations.
import { describe, expect, it } from 'vitest';
import { composeDeps } from '../../server/compose';
import { loadConfig } from '../../server/config';
import { anOrganisation, aUser, phaseFields } from '../helpers/builders';
import { as } from '../helpers/callers';
import { freshDb } from '../helpers/testDb';
import { type TestDeps, testClock } from '../helpers/testDeps';

/** Test deps whose connection counts the statements it runs while `counting` is on. */
function countingDeps() {
  const state = { counting: false, statements: 0 };
  const db = freshDb({
    verbose: () => {
      if (state.counting) state.statements++;
    },
  });
  const config = loadConfig({ NODE_ENV: 'test', SEED_DEMO: '0', APP_URL: 'http://localhost:3000' });
  const clock = testClock();
  const deps: TestDeps = { ...composeDeps(config, { db, clock, log: () => {} }), clock, logs: [] };
  return { deps, state };
}

async function statementsToReadPhase(organisationCount: number) {
  const { deps, state } = countingDeps();
  const coordinator = await aUser(deps.db, 'coordinator');
  const coord = as(deps, coordinator.id);
  const organisations = Array.from({ length: organisationCount }, (_, i) => ({
    organisationId: anOrganisation(deps.db).id,
    pairingTarget: i + 1,
    wageAllocationCents: 100_000 * (i + 1),
  }));
  const { id } = await coord.phases.create(phaseFields({ organisations }));
  await coord.phases.get({ phaseId: id }); // warm-up: the session's first use
  state.counting = true;
  const phase = await coord.phases.get({ phaseId: id });
  state.counting = false;
  expect(phase.participants).toHaveLength(organisationCount);
  expect(
    phase.participants.map((p) => p.budget.wage.envelope).sort((a, b) => (a ?? 0) - (b ?? 0)),
  ).toEqual(organisations.map((o) => o.wageAllocationCents));
  return state.statements;
}

describe('phases.get', () => {
  it('reads every participant’s budget in a fixed number of queries (no query per organisation)', async () => {
    const few = await statementsToReadPhase(2);
    const many = await statementsToReadPhase(40);
    expect(many).toBe(few);
  });
});
