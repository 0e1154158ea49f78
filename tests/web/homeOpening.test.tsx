// A home opened by a first load: its queries (and the bell's count) are started before the page
// renders (App.tsx), asked as the page asks them, so the page finds them and asks nothing again.
import type { QueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { describe, expect, it } from 'vitest';
import type { AppRouter } from '../../server/trpc/router';
import type { Role } from '../../shared/roles';
import { EmployerHome } from '../../web/src/features/home/EmployerHome';
import { prefetchHome } from '../../web/src/features/home/opening';
import {
  NotificationBell,
  unreadCountQuery,
} from '../../web/src/features/notifications/NotificationBell';
import type { Me } from '../../web/src/lib/session';
import { makeQueryClient } from '../../web/src/lib/trpc';
import type { Answer } from './fixtureLink';
import { answering, renderWithProviders, withI18n } from './support';

withI18n();

const answers: Record<string, Answer> = {
  'home.employer': () => ({ postings: [], toReview: 0, money: null }),
  'notifications.unreadCount': () => ({ count: 3 }),
  'money.reviewQueue': () => ({}),
  'phases.current': () => ({ id: 4, number: 4, name: 'Phase 4', status: 'open' }),
  'phases.get': () => ({}),
  'directory.organisations': () => [],
  'home.organisation': () => ({}),
  'pairings.agenda': () => ({}),
  'directory.myOrganisation': () => ({}),
};

function client(qc: QueryClient) {
  const api = answering(answers);
  return { api, trpc: createTRPCOptionsProxy<AppRouter>({ client: api.client, queryClient: qc }) };
}

async function prefetched(role: Role): Promise<string[]> {
  const qc = makeQueryClient();
  const { api, trpc } = client(qc);
  prefetchHome({ qc, trpc, role });
  await new Promise((r) => setTimeout(r, 20));
  return api.calls.map((c) => c.path).sort();
}

describe('a home opened by a first load', () => {
  it('starts the queries of each role’s home', async () => {
    expect(await prefetched('employer')).toEqual(['home.employer']);
    // The open phase's figures as soon as the open phase is known.
    expect(await prefetched('coordinator')).toEqual([
      'directory.organisations',
      'money.reviewQueue',
      'phases.current',
      'phases.get',
    ]);
    const organisation = ['directory.myOrganisation', 'home.organisation', 'pairings.agenda'];
    expect(await prefetched('counsellor')).toEqual(organisation);
    expect(await prefetched('org_admin')).toEqual(organisation);
  });

  it('asks the open phase’s figures as the coordinator’s home does, and none without one', async () => {
    const qc = makeQueryClient();
    const { api, trpc } = client(qc);
    prefetchHome({ qc, trpc, role: 'coordinator' });
    await waitFor(() => expect(api.calls).toHaveLength(4));
    expect(api.calls.find((c) => c.path === 'phases.get')?.input).toEqual({ phaseId: 4 });
    // CoordinatorWork asks trpc.phases.get({ phaseId: current.id }): it finds the answer there.
    expect(qc.getQueryData(trpc.phases.get.queryKey({ phaseId: 4 }))).toEqual({});

    const none = makeQueryClient();
    const api2 = answering({ ...answers, 'phases.current': () => null });
    const trpc2 = createTRPCOptionsProxy<AppRouter>({ client: api2.client, queryClient: none });
    prefetchHome({ qc: none, trpc: trpc2, role: 'coordinator' });
    await new Promise((r) => setTimeout(r, 20));
    expect(api2.calls.map((c) => c.path).sort()).toEqual([
      'directory.organisations',
      'money.reviewQueue',
      'phases.current',
    ]);
  });

  it('leaves the employer’s home and the bell nothing to ask again', async () => {
    const qc = makeQueryClient();
    const { api, trpc } = client(qc);
    prefetchHome({ qc, trpc, role: 'employer' });
    void qc.prefetchQuery(unreadCountQuery(trpc));
    await waitFor(() => expect(api.calls).toHaveLength(2));
    const me = { id: 1, role: 'employer', business: { legalName: 'Boulangerie du Plateau inc.' } };
    renderWithProviders(
      <>
        <NotificationBell />
        <EmployerHome me={me as unknown as Me} />
      </>,
      { queryClient: qc, trpcClient: api.client },
    );
    expect(await screen.findByRole('link', { name: /3 notifications non lues/ })).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Boulangerie du Plateau inc.' }),
    ).toBeTruthy();
    await new Promise((r) => setTimeout(r, 20));
    expect(api.calls.map((c) => c.path).sort()).toEqual([
      'home.employer',
      'notifications.unreadCount',
    ]);
  });
});
