// The phase report's sections: every chart has a text alternative and its numbers in a table
// with a caption and header cells; client groups under five people read « moins de 5 » and are
// left out of the chart; rates not measurable yet say so; run-time labels exist in both languages.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { clientGroups } from '../../shared/clientGroups';
import { KeyFigures } from '../../web/src/features/reports/KeyFigures';
import { type PhaseReport, ReportSections } from '../../web/src/features/reports/ReportSections';
import { withI18n } from './support';

// The chart stands in as an image listing its series, so the test reads what would be drawn.
vi.mock('../../web/src/features/reports/charts', () => ({
  BarChart: (p: { description: string; labels: string[]; series: { data: number[] }[] }) => (
    <div role="img" aria-label={p.description} data-labels={JSON.stringify(p.labels)} />
  ),
}));

withI18n();

const budget = (committed: number) => ({
  wage: { envelope: null, committed, approved: 1000, paid: 500, remaining: null },
  accompaniment: { envelope: null, committed: 0, approved: 0, paid: 0, remaining: null },
});

const report: PhaseReport = {
  phase: {
    id: 2,
    number: 10,
    name: 'Phase 10',
    startDate: '2026-10-01',
    endDate: '2027-06-30',
    status: 'open',
  },
  scope: { organisationId: null, organisationName: null },
  generatedOn: '2026-11-23',
  targets: { completionBp: 7500, retentionBp: 6000 },
  totals: { pairings: 12, pairingTarget: 20 },
  organisations: [
    {
      organisationId: 1,
      name: 'Accès-Travail Montréal',
      regionCode: '06',
      pairingTarget: 10,
      pairings: 7,
      active: 5,
      completed: 2,
      endedEarly: 0,
      budget: budget(700_000),
    },
    {
      organisationId: 2,
      name: 'Tremplin Abitibi',
      regionCode: '08',
      pairingTarget: 10,
      pairings: 5,
      active: 5,
      completed: 0,
      endedEarly: 0,
      budget: budget(500_000),
    },
  ],
  regions: [
    { regionCode: '06', pairings: 7 },
    { regionCode: '08', pairings: 5 },
  ],
  occupations: [{ category: '6', pairings: 12 }],
  byClientGroup: clientGroups.map((group) => ({
    group,
    people: group === 'women' ? 6 : group === 'youth' ? null : 0,
  })),
  weeks: [
    { weekStart: '2026-10-05', pairings: 5 },
    { weekStart: '2026-10-12', pairings: 7 },
  ],
  outcomes: {
    pairings: 12,
    active: 10,
    completed: 2,
    endedEarly: 0,
    employed: 0,
    notEmployed: 0,
    unknown: 0,
    retentionOverdue: 0,
    retentionUpcoming: 2,
    completionRateBp: 10_000,
    retentionChecked: 0,
    retentionRateBp: null,
  },
  money: {
    wage: {
      envelope: 45_000_000,
      committed: 1_200_000,
      approved: 2000,
      paid: 1000,
      remaining: 43_800_000,
    },
    accompaniment: {
      envelope: 7_000_000,
      committed: 0,
      approved: 0,
      paid: 0,
      remaining: 7_000_000,
    },
  },
};

describe('the phase report sections', () => {
  it('adds the sections one per task on screen, and all at once in print', async () => {
    vi.useFakeTimers();
    try {
      const view = render(<ReportSections report={report} print={false} />);
      const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.id);
      // The first section comes with the report; each next one in a task of its own, in order.
      expect(headings()).toEqual(['dash-organisations']);
      await act(() => vi.advanceTimersToNextTimerAsync());
      expect(headings()).toEqual(['dash-organisations', 'dash-outcomes']);
      for (let task = 0; task < 5; task++) await act(() => vi.advanceTimersToNextTimerAsync());
      expect(headings()).toEqual([
        'dash-organisations',
        'dash-outcomes',
        'dash-weeks',
        'dash-regions',
        'dash-occupations',
        'dash-clientGroups',
        'dash-money',
      ]);
      expect(vi.getTimerCount()).toBe(0);
      view.unmount();
      render(<ReportSections report={report} print />);
      expect(headings()).toHaveLength(7);
    } finally {
      vi.useRealTimers();
    }
  });

  it('pairs every chart with a captioned table whose rows have header cells', async () => {
    render(<ReportSections report={report} print={false} />);
    await waitFor(() => expect(screen.getAllByRole('img')).toHaveLength(7));
    const charts = screen.getAllByRole('img');
    for (const c of charts) expect(c.getAttribute('aria-label')).toMatch(/^Graphique à barres/);
    const tables = screen.getAllByRole('table');
    for (const table of tables) {
      expect(table.querySelector('caption')?.textContent).toBeTruthy();
      for (const th of table.querySelectorAll('thead th'))
        expect(th.getAttribute('scope')).toBe('col');
      for (const row of table.querySelectorAll('tbody tr')) {
        expect(row.querySelector('th')?.getAttribute('scope')).toBe('row');
      }
    }
    const orgs = screen.getByRole('table', { name: 'Jumelages par organisme et cible' });
    expect(within(orgs).getAllByRole('row')).toHaveLength(3);
    expect(within(orgs).getByRole('row', { name: /Accès-Travail Montréal/ }).textContent).toContain(
      '70',
    );
    // Each table downloads as CSV in the reader's locale.
    const csv = screen.getByRole('link', { name: 'Télécharger en CSV — Jumelages par région' });
    expect(csv.getAttribute('href')).toBe('/exports/phases/2/regions.csv?locale=fr-CA');
    expect(csv.hasAttribute('download')).toBe(true);
  });

  it('hides client groups under five people in the table and leaves them out of the chart', () => {
    render(<ReportSections report={report} print />);
    const table = screen.getByRole('table', { name: 'Personnes jumelées par groupe de clientèle' });
    expect(within(table).getByRole('row', { name: /Jeunes/ }).textContent).toContain('moins de 5');
    expect(within(table).getByRole('row', { name: /Femmes/ }).textContent).toContain('6');
    const chart = screen.getByRole('img', { name: /groupe de clientèle/ });
    expect(JSON.parse(chart.getAttribute('data-labels') ?? '[]')).toEqual(['Femmes']);
    // No total line anywhere in that table, and no CSV link in the printable version.
    expect(within(table).getAllByRole('row')).toHaveLength(clientGroups.length + 1);
    expect(screen.queryByRole('link', { name: /CSV/ })).toBeNull();
  });

  it('shows the first 20 rows of a long table (and its chart) on screen, all on a click and in print', async () => {
    const [first] = report.organisations;
    if (!first) throw new Error('the report has organisations');
    const many: PhaseReport = {
      ...report,
      organisations: Array.from({ length: 30 }, (_, i) => ({
        ...first,
        organisationId: i + 1,
        name: `Organisme ${String(i + 1).padStart(2, '0')}`,
      })),
      occupations: Array.from({ length: 26 }, (_, i) => ({ category: String(i), pairings: 1 })),
    };
    const { unmount } = render(<ReportSections report={many} print={false} />);
    await screen.findByRole('table', { name: 'Budget par organisme' });
    const orgs = screen.getByRole('table', { name: 'Jumelages par organisme et cible' });
    expect(within(orgs).getAllByRole('row')).toHaveLength(21); // header + 20
    expect(within(orgs).queryByRole('row', { name: /Organisme 21/ })).toBeNull();
    const chart = screen.getByRole('img', { name: /organisme/ });
    const chartLabels = () => JSON.parse(chart.getAttribute('data-labels') ?? '[]') as string[];
    expect(chartLabels()).toHaveLength(20); // the chart shows the table's rows
    const buttons = screen.getAllByRole('button', { name: 'Afficher les 30 organismes' });
    // The organisations' table and the budget by organisation (the occupations: 26 rows).
    expect(buttons).toHaveLength(2);
    const more = buttons[0] as HTMLElement;
    expect(screen.getByRole('button', { name: 'Afficher les 26 lignes' })).toBeTruthy();
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.getAttribute('aria-controls')).toBe(orgs.id);
    fireEvent.click(more);
    expect(within(orgs).getAllByRole('row')).toHaveLength(31);
    expect(within(orgs).getByRole('row', { name: /Organisme 30/ })).toBeTruthy();
    expect(chartLabels()).toHaveLength(30);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(more.textContent).toBe('N’afficher que les 20 premiers organismes');
    fireEvent.click(more);
    expect(within(orgs).getAllByRole('row')).toHaveLength(21);
    // The budget's table still shows its first 20: each table has its own button.
    const budget = screen.getByRole('table', { name: 'Budget par organisme' });
    expect(within(budget).getAllByRole('row')).toHaveLength(21);
    unmount();

    // The printable report has every row, and no button.
    render(<ReportSections report={many} print />);
    expect(
      within(screen.getByRole('table', { name: 'Jumelages par organisme et cible' })).getAllByRole(
        'row',
      ),
    ).toHaveLength(31);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says when a rate cannot be measured yet', () => {
    render(<KeyFigures report={report} />);
    expect(screen.getByText('Pas encore mesurable')).toBeTruthy();
    expect(screen.getByText(/100\s%\s\(cible 75\s%\)/)).toBeTruthy();
    expect(screen.getByText('12 sur une cible de 20')).toBeTruthy();
  });

  it('writes the counts of its sentences in the reader’s locale (4 933, not 4933)', () => {
    const big = { ...report, totals: { pairings: 4933, pairingTarget: 5078 } };
    render(<KeyFigures report={big} />);
    expect(screen.getByText(/^4\s933 sur une cible de 5\s078$/)).toBeTruthy();
    render(<ReportSections report={big} print={false} />);
    expect(screen.getByText(/^4\s933 jumelages pour une cible totale de 5\s078\./)).toBeTruthy();
  });
});
