// A dashboard's opening, started before its page renders (App.tsx, on a first load): the list of
// phases and — without a phase in the URL — the default phase's report, asked as the page asks
// them, so the page finds them there and asks nothing again.
import type { QueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { describe, expect, it } from 'vitest';
import type { AppRouter } from '../../server/trpc/router';
import { prefetchDashboard } from '../../web/src/features/reports/opening';
import { usePhaseReport } from '../../web/src/features/reports/usePhaseReport';
import { makeQueryClient } from '../../web/src/lib/trpc';
import { answering, renderWithProviders, withI18n } from './support';

withI18n();

const phases = [
  { id: 3, number: 2, name: 'Phase 2', status: 'open' },
  { id: 1, number: 1, name: 'Phase 1', status: 'closed' },
];
const report = { phase: { id: 3, name: 'Phase 2' }, scope: { organisationName: null } };

function Opened() {
  const { chosen, report: r } = usePhaseReport();
  return <p>{r.data && chosen ? `ouverte sur ${chosen.number}` : 'attente'}</p>;
}

function start(qc: QueryClient, search: string) {
  const api = answering({ 'phases.list': () => phases, 'reports.phase': () => report });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: api.client, queryClient: qc });
  prefetchDashboard({ qc, trpc, search });
  return api;
}

describe('a dashboard opened by a first load', () => {
  it('asks for the phases and the default report before the page renders; the page asks nothing more', async () => {
    const qc = makeQueryClient();
    const api = start(qc, '');
    await waitFor(() => expect(api.calls).toHaveLength(2));
    expect(api.calls).toEqual([
      { path: 'phases.list', input: undefined },
      { path: 'reports.phase', input: {} },
    ]);
    renderWithProviders(<Opened />, { queryClient: qc, trpcClient: api.client });
    expect(await screen.findByText('ouverte sur 2')).toBeTruthy();
    expect(api.calls).toHaveLength(2);
  });

  it('asks only for the phases when the URL names one (its report needs the phase’s id)', async () => {
    const qc = makeQueryClient();
    const api = start(qc, '?phase=1');
    await waitFor(() => expect(api.calls).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(api.calls.map((c) => c.path)).toEqual(['phases.list']);
  });
});
