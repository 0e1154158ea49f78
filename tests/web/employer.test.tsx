// Employer screens: money typed in dollars becomes exact cents, every label chosen at run time
// (statuses, reasons, sizes, actions) exists in both languages, and a candidate card shows only
// what the API gave (hiring, which needs an open phase, is tested in employerMoney.test.tsx).
import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProposalsSection } from '../../web/src/features/proposals/CandidateCards';
import type { EmployerProposal } from '../../web/src/features/proposals/candidate';
import { centsToInput, parseDollarsToCents, parseWholeNumber } from '../../web/src/lib/numberText';
import { answering, renderWithProviders, withI18n } from './support';

describe('wage typed in dollars', () => {
  it('turns French and English amounts into integer cents without floating point', () => {
    expect(parseDollarsToCents('18,50')).toBe(1850);
    expect(parseDollarsToCents('18.50')).toBe(1850);
    expect(parseDollarsToCents('18,5')).toBe(1850);
    expect(parseDollarsToCents('18')).toBe(1800);
    expect(parseDollarsToCents('18,')).toBe(1800);
    expect(parseDollarsToCents(' 18,05 $ ')).toBe(1805);
    expect(parseDollarsToCents('1\u00a0000,00')).toBe(100_000);
    // 0.29 * 100 is 28.999999999999996 in floating point: the text is split instead.
    expect(parseDollarsToCents('0,29')).toBe(29);
    expect(parseDollarsToCents('16.10')).toBe(1610);
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '18,505', '-5', '18,50,1', '1,234.50', '18 $ 50']) {
      expect(parseDollarsToCents(bad), bad).toBeNull();
    }
  });

  it('shows cents back in the language of the form', () => {
    expect(centsToInput(1850, 'fr-CA')).toBe('18,50');
    expect(centsToInput(1805, 'en-CA')).toBe('18.05');
    expect(centsToInput(100_000, 'fr-CA')).toBe('1000,00');
    for (const cents of [1, 29, 1610, 99_999]) {
      expect(parseDollarsToCents(centsToInput(cents, 'fr-CA'))).toBe(cents);
      expect(parseDollarsToCents(centsToInput(cents, 'en-CA'))).toBe(cents);
    }
  });

  it('reads whole numbers, telling missing from wrong', () => {
    expect(parseWholeNumber('35')).toBe(35);
    expect(parseWholeNumber(' 12 ')).toBe(12);
    expect(parseWholeNumber('')).toBeUndefined();
    expect(parseWholeNumber('3,5')).toBeNull();
    expect(parseWholeNumber('douze')).toBeNull();
  });
});

function card(overrides: Partial<EmployerProposal>): EmployerProposal {
  return {
    id: 1,
    status: 'proposed',
    message: 'Très motivée.',
    createdAt: '2026-03-02T14:00:00.000Z',
    updatedAt: '2026-03-02T14:00:00.000Z',
    declineReason: null,
    declineComment: null,
    seenByEmployerAt: null,
    postingId: 7,
    postingTitle: 'Aide-boulanger·ère',
    counsellorName: 'Sophie Tremblay',
    organisationName: 'Accès-Travail Montréal',
    candidate: {
      firstName: 'Lucía',
      lastInitial: 'R.',
      presentation: 'Dix ans en boulangerie.',
      skills: ['pétrissage'],
      hoursPerWeek: 35,
      availableFrom: '2026-03-16',
      languages: ['fr', 'es'],
      targetNocCodes: ['63202'],
      regionCode: '06',
      contact: null,
    },
    ...overrides,
  } as EmployerProposal;
}

function renderSection(items: EmployerProposal[]) {
  return renderWithProviders(
    <ProposalsSection
      postingStatus="open"
      items={items}
      loading={false}
      error={null}
      hireDefaults={{
        hourlyWageCents: 1850,
        hoursPerWeek: 35,
        durationWeeks: 12,
        startDate: '2026-03-16',
      }}
    />,
    // No phase is open; opening a card marks it seen and brings its history.
    {
      trpcClient: answering({
        'phases.current': () => null,
        'proposals.open': () => ({ side: 'employer', history: [] }),
      }).client,
    },
  );
}

describe('candidate cards', () => {
  withI18n();

  it('offer invite and decline for a new proposal; no hire button while no open phase is known', () => {
    renderSection([card({})]);
    const toggle = screen.getByRole('button', { name: /^Lucía R\./ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toContain('Nouvelle');
    const item = screen.getAllByRole('listitem')[0] as HTMLElement;
    const all = within(item).getAllByRole('button', { hidden: true });
    const names = all.map((b) => b.textContent ?? '');
    expect(names.some((n) => n.startsWith('Inviter en entrevue'))).toBe(true);
    expect(names.some((n) => n.startsWith('Décliner'))).toBe(true);
    expect(names.some((n) => /embauch/i.test(n))).toBe(false);
  });

  it('shows the day of the proposal in Quebec time: made on the 5th at 23 h in Montréal, it says the 5th', () => {
    // 2026-12-06T04:00Z is 23:00 on December 5 in Montréal (EST, UTC−5).
    renderSection([card({ createdAt: '2026-12-06T04:00:00.000Z' })]);
    const meta = screen.getByText(/Proposée le/);
    expect(meta.textContent).toContain('5 décembre 2026');
    expect(meta.textContent).not.toContain('6 décembre');
    cleanup();
    // In summer (EDT, UTC−4): 2026-07-06T03:30Z is 23:30 on July 5.
    renderSection([card({ createdAt: '2026-07-06T03:30:00.000Z' })]);
    expect(screen.getByText(/Proposée le/).textContent).toContain('5 juillet 2026');
  });

  it('after the interview invitation: contact details if consented, else who to call', () => {
    renderSection([
      card({
        id: 1,
        status: 'interview',
        seenByEmployerAt: '2026-03-03T10:00:00.000Z',
        candidate: { ...card({}).candidate, contact: { email: 'lucia@example.ca', phone: '' } },
      }),
      card({
        id: 2,
        status: 'interview',
        seenByEmployerAt: '2026-03-03T10:00:00.000Z',
        candidate: { ...card({}).candidate, firstName: 'Marc', lastInitial: 'D.' },
      }),
    ]);
    expect(screen.getByText('lucia@example.ca').getAttribute('href')).toBe(
      'mailto:lucia@example.ca',
    );
    expect(
      screen.getByText(
        /Cette personne n’a pas consenti à partager ses coordonnées\..*Sophie Tremblay \(Accès-Travail Montréal\)/,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Nouvelle/)).toBeNull();
  });
});
