// Employer money screens: hours typed as text, the hire form's defaults and live subsidy preview
// (the shared calculator, before anything is sent), the plain note when no phase is open, the next
// pay period of a claim, and every label chosen at run time in both languages.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { describe, expect, it } from 'vitest';
import type { AppRouter } from '../../server/trpc/router';
import { addDays, quebecToday } from '../../shared/dates';
import { currentFitRules } from '../../shared/money/rules';
import {
  claimDefaults,
  nextPeriodStart,
  remainingCents,
} from '../../web/src/features/claims/ClaimForm';
import {
  type CurrentPhase,
  formatParams,
  formatPeriod,
  type PairingDetail,
} from '../../web/src/features/money/moneyText';
import { ProposalsSection } from '../../web/src/features/proposals/CandidateCards';
import { type EmployerProposal, offeredActions } from '../../web/src/features/proposals/candidate';
import { hireInitialValues } from '../../web/src/features/proposals/hireTerms';
import { hoursToInput, parseHours } from '../../web/src/lib/numberText';
import { makeQueryClient } from '../../web/src/lib/trpc';
import type { Answer } from './fixtureLink';
import { answering, renderWithProviders, withI18n } from './support';

describe('hours typed as text', () => {
  it('reads French and English decimals, at most two', () => {
    expect(parseHours('80')).toBe(80);
    expect(parseHours('75,5')).toBe(75.5);
    expect(parseHours('37.25')).toBe(37.25);
    expect(parseHours(' 40 h ')).toBe(40);
    expect(parseHours('')).toBeUndefined();
    for (const bad of ['abc', '7,555', '-3', '1,2,3']) expect(parseHours(bad), bad).toBeNull();
  });

  it('shows them back in the language of the form', () => {
    expect(hoursToInput(75.5, 'fr-CA')).toBe('75,5');
    expect(hoursToInput(75.5, 'en-CA')).toBe('75.5');
    expect(hoursToInput(80, 'fr-CA')).toBe('80');
  });
});

describe('hire defaults', () => {
  const posting = {
    hourlyWageCents: 1950,
    hoursPerWeek: 35,
    durationWeeks: 16,
    startDate: '2026-12-07',
  };
  it('come from the posting', () => {
    expect(hireInitialValues(posting, '2026-11-23', 'fr-CA')).toEqual({
      startDate: '2026-12-07',
      hourlyWageCents: '19,50',
      hoursPerWeek: '35',
      plannedWeeks: '16',
    });
  });
  it('start today when the posting’s start date is past', () => {
    expect(hireInitialValues(posting, '2026-12-20', 'en-CA').startDate).toBe('2026-12-20');
  });
});

describe('the actions a candidate card offers', () => {
  it('hire only while a phase is open, as the proposal machine allows', () => {
    expect(offeredActions('proposed', true)).toEqual(['inviteToInterview', 'decline', 'hire']);
    expect(offeredActions('interview', true)).toEqual(['decline', 'hire']);
    expect(offeredActions('interview', false)).toEqual(['decline']);
    expect(offeredActions('hired', true)).toEqual([]);
  });
});

const phase: CurrentPhase = {
  id: 2,
  number: 10,
  name: 'Phase 10',
  rules: currentFitRules,
  startDate: '2026-01-01',
  endDate: '2099-12-31',
};

function card(overrides: Partial<EmployerProposal>): EmployerProposal {
  return {
    id: 1,
    status: 'interview',
    message: '',
    createdAt: '2026-03-02T14:00:00.000Z',
    updatedAt: '2026-03-02T14:00:00.000Z',
    declineReason: null,
    declineComment: null,
    seenByEmployerAt: '2026-03-03T10:00:00.000Z',
    postingId: 7,
    postingTitle: 'Aide-boulanger·ère',
    counsellorName: 'Sophie Tremblay',
    organisationName: 'Accès-Travail Montréal',
    candidate: {
      firstName: 'Lucía',
      lastInitial: 'R.',
      presentation: '',
      skills: [],
      hoursPerWeek: 40,
      availableFrom: '2026-03-16',
      languages: ['fr'],
      targetNocCodes: [],
      regionCode: '06',
      contact: null,
    },
    ...overrides,
  } as EmployerProposal;
}

/** The section with `phases.current` already answered (an open phase, or null). */
function renderSection(
  items: EmployerProposal[],
  current: CurrentPhase | null,
  answers: Record<string, Answer> = {},
) {
  const queryClient = makeQueryClient();
  const fixtures = answering({
    // Opening a card marks it seen and brings its history.
    'proposals.open': () => ({ side: 'employer', history: [] }),
    ...answers,
  });
  const trpcClient = fixtures.client;
  const proxy = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  queryClient.setQueryData(proxy.phases.current.queryKey(), current);
  renderWithProviders(
    <ProposalsSection
      postingStatus="open"
      items={items}
      loading={false}
      error={null}
      hireDefaults={{
        hourlyWageCents: 2500,
        hoursPerWeek: 40,
        durationWeeks: 18,
        startDate: '2099-01-04',
      }}
    />,
    { queryClient, trpcClient },
  );
  return fixtures;
}

describe('confirming a hire from a candidate card', () => {
  withI18n();

  it('shows the maximum wage subsidy before confirming, and the rules the terms break', () => {
    renderSection([card({})], phase);
    fireEvent.click(screen.getByRole('button', { name: /^Lucía R\./ }));
    fireEvent.click(screen.getByRole('button', { name: 'Modifier les conditions — Lucía R.' }));
    const form = screen.getByRole('form', { name: 'Confirmer l’embauche de Lucía R.' });
    // Prefilled from the posting.
    expect((within(form).getByLabelText(/Salaire horaire/) as HTMLInputElement).value).toBe(
      '25,00',
    );
    expect((within(form).getByLabelText(/Date d’entrée/) as HTMLInputElement).value).toBe(
      '2099-01-04',
    );
    expect(form.textContent).toMatch(
      /Subvention salariale maximale\s:\s9\s000,00\s\$\s\(50\s%\s×\s25,00\s\$\s×\s40\sh\s×\s18\ssemaines\)/,
    );

    // 25 h a week breaks the phase's minimum: said next to the field, as it is typed.
    const hours = within(form).getByLabelText(/Heures par semaine/) as HTMLInputElement;
    fireEvent.change(hours, { target: { value: '25' } });
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(form).getAllByText(
        'Au moins 30 heures par semaine sont requises (vous avez indiqué 25).',
      ).length,
    ).toBeGreaterThan(0);
    expect(form.textContent).toMatch(/5\s625,00\s\$/);

    // A wage above the cap is counted up to it.
    fireEvent.change(hours, { target: { value: '40' } });
    fireEvent.change(within(form).getByLabelText(/Salaire horaire/), {
      target: { value: '30' },
    });
    expect(form.textContent).toMatch(/9\s000,00\s\$/);
    expect(form.textContent).toContain('Le salaire horaire est compté jusqu’à');
  });

  it('confirms the hire on the card itself with the posting’s terms (no interview needed)', async () => {
    const fixtures = renderSection([card({})], phase, {
      'pairings.confirmHire': () => ({ pairingId: 81 }),
    });
    fireEvent.click(screen.getByRole('button', { name: /^Lucía R\./ }));
    const item = screen.getAllByRole('listitem')[0] as HTMLElement;
    // The terms and the subsidy they bring are on the card, before any click.
    expect(item.textContent).toMatch(/entrée le 4 janvier 2099/);
    expect(item.textContent).toMatch(/9\s000,00\s\$/);
    fireEvent.click(within(item).getByRole('button', { name: 'Confirmer l’embauche — Lucía R.' }));
    await waitFor(() =>
      expect(fixtures.calls.map((c) => c.path)).toContain('pairings.confirmHire'),
    );
    expect(fixtures.calls.find((c) => c.path === 'pairings.confirmHire')?.input).toEqual({
      proposalId: 1,
      startDate: '2099-01-04',
      hourlyWageCents: 2500,
      hoursPerWeek: 40,
      plannedWeeks: 18,
    });
  });

  it('asks to change the terms first when the posting’s break the phase’s rules', () => {
    renderSection([card({})], phase);
    fireEvent.click(screen.getByRole('button', { name: /^Lucía R\./ }));
    fireEvent.click(screen.getByRole('button', { name: 'Modifier les conditions — Lucía R.' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.getByRole('button', { name: 'Confirmer l’embauche — Lucía R.' })).toBeTruthy();
  });

  it('asks to confirm a start date in the past, offered only within the phase’s window', async () => {
    renderSection([card({})], phase);
    fireEvent.click(screen.getByRole('button', { name: /^Lucía R\./ }));
    fireEvent.click(screen.getByRole('button', { name: 'Modifier les conditions — Lucía R.' }));
    const form = screen.getByRole('form', { name: 'Confirmer l’embauche de Lucía R.' });
    const today = quebecToday(new Date());
    const start = within(form).getByLabelText(/Date d’entrée/) as HTMLInputElement;
    // The date picker offers the days the server accepts: the window (14 days) to the phase's end.
    expect(start.min).toBe(addDays(today, -14));
    expect(start.max).toBe('2099-12-31');
    expect(within(form).queryByRole('checkbox')).toBeNull();

    fireEvent.change(start, { target: { value: addDays(today, -3) } });
    const confirm = within(form).getByRole('checkbox', {
      name: /Je confirme que l’emploi a commencé le .+, il y a 3 jours/,
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Confirmer l’embauche — Lucía R.' }));
    await waitFor(() => expect(confirm.getAttribute('aria-invalid')).toBe('true'));
    expect(form.textContent).toContain(
      'Cette date d’entrée en poste est passée : confirmez-la, ou choisissez une date à venir.',
    );
    fireEvent.click(confirm);
    expect(confirm.getAttribute('aria-invalid')).toBeNull();
    // Another date asks again.
    fireEvent.change(start, { target: { value: addDays(today, -4) } });
    expect(
      (within(form).getByRole('checkbox', { name: /il y a 4 jours/ }) as HTMLInputElement).checked,
    ).toBe(false);

    // Beyond the window: the limit is said on the field, and there is nothing to confirm.
    fireEvent.change(start, { target: { value: addDays(today, -20) } });
    await waitFor(() => expect(start.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).queryByRole('checkbox')).toBeNull();
    // Today or later: nothing to confirm either.
    fireEvent.change(start, { target: { value: today } });
    expect(within(form).queryByRole('checkbox')).toBeNull();
  });

  it('says plainly that no hire can be confirmed while no phase is open', () => {
    renderSection([card({})], null);
    fireEvent.click(screen.getByRole('button', { name: /^Lucía R\./ }));
    expect(screen.queryByRole('button', { name: /Confirmer l’embauche/ })).toBeNull();
    expect(screen.getByText(/Aucune phase du programme n’est ouverte/)).toBeTruthy();
  });
});

function pairing(overrides: Partial<PairingDetail> = {}): PairingDetail {
  return {
    id: 57,
    startDate: '2026-10-13',
    plannedEndDate: '2027-01-04',
    endDate: null,
    hourlyWageCents: 2227,
    hoursPerWeek: 40,
    plannedWeeks: 12,
    maxWageSubsidyCents: 534_480,
    status: 'active',
    phase: { id: 2, number: 10, name: 'Phase 10', status: 'open', rules: currentFitRules },
    claims: [
      {
        id: 1,
        periodStart: '2026-10-13',
        periodEnd: '2026-10-26',
        amountCents: 89_080,
        status: 'approved',
      },
      {
        id: 2,
        periodStart: '2026-10-27',
        periodEnd: '2026-11-09',
        amountCents: 89_080,
        status: 'rejected',
      },
    ],
    ledger: [],
    ...overrides,
  } as unknown as PairingDetail;
}

describe('the next claim', () => {
  it('starts after the last claim that holds money (a rejected period is claimed again)', () => {
    expect(nextPeriodStart(pairing())).toBe('2026-10-27');
    expect(remainingCents(pairing())).toBe(534_480 - 89_080);
  });

  it('covers one claim period with the agreed hours and wages', () => {
    expect(claimDefaults(pairing(), 'fr-CA')).toEqual({
      periodStart: '2026-10-27',
      periodEnd: '2026-11-09',
      hours: '80',
      gross: '1781,60',
    });
  });

  it('stops at the end of the pairing', () => {
    const p = pairing({ endDate: '2026-11-02', status: 'ended_early' });
    const d = claimDefaults(p, 'en-CA');
    expect([d.periodStart, d.periodEnd, d.hours, d.gross]).toEqual([
      '2026-10-27',
      '2026-11-02',
      '40',
      '890.80',
    ]);
  });
});

describe('money words', () => {
  withI18n();

  it('formats message parameters: money, dates and numbers in the reader’s language', () => {
    const fmt = {
      money: (c: number) => `${c / 100} $`,
      date: (d: string) => `le ${d}`,
      number: (n: number) => String(n).replace('.', ','),
    } as Parameters<typeof formatParams>[1];
    expect(
      formatParams({ remainingCents: 1250, start: '2026-10-01', limit: 57.14, fund: 'wage' }, fmt),
    ).toEqual({ remainingCents: '12.5 $', start: 'le 2026-10-01', limit: '57,14', fund: 'wage' });
  });

  it('writes a pay period short, the year once', () => {
    expect(formatPeriod('2026-10-27', '2026-11-09', 'fr-CA')).toMatch(
      /^27 oct\.\s–\s9 nov\. 2026$/,
    );
    expect(formatPeriod('2026-12-28', '2027-01-10', 'en-CA')).toMatch(/2026.*2027/);
  });
});
