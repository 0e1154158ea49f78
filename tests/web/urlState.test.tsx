// The URL state of list views: parsing and writing the query string (invalid parameters are
// ignored, defaults are left out), the hook updating the URL in place, and the words of every
// sort choice and audit action in both catalogues.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { auditActions } from '../../shared/audit';
import { claimSortKeys } from '../../shared/sortKeys';
import {
  jobSeekerSortChoices,
  pairingSortChoices,
  postingSortChoices,
  proposalSortChoices,
} from '../../web/src/lib/sortChoices';
import { urlDate, urlDir, urlEnum, urlId, urlSort, urlText } from '../../web/src/lib/urlParams';
import { parseUrlState, serializeUrlState, useUrlState } from '../../web/src/lib/urlState';
import { expectInBothCatalogs, withI18n } from './support';

const shape = {
  status: urlEnum(['submitted', 'approved', 'rejected']),
  phase: urlId,
  q: urlText,
  from: urlDate,
  sort: urlSort(claimSortKeys, 'newest'),
  dir: urlDir('desc'),
};

const i18n = withI18n();

describe('parseUrlState / serializeUrlState', () => {
  it('round-trips a view through the query string', () => {
    const view = {
      status: 'approved' as const,
      phase: 10,
      q: 'Boulangerie du Plateau',
      from: '2026-11-01',
      sort: 'amount' as const,
      dir: 'asc' as const,
    };
    const qs = serializeUrlState(shape, view);
    expect(parseUrlState(shape, qs)).toEqual(view);
    expect(parseUrlState(shape, `?${qs}`)).toEqual(view);
  });

  it('ignores invalid or unknown parameters and applies defaults', () => {
    const parsed = parseUrlState(
      shape,
      '?status=paid&phase=-3&from=yesterday&sort=title&dir=sideways&evil=%3Cscript%3E',
    );
    expect(parsed).toEqual({
      status: undefined,
      phase: undefined,
      q: undefined,
      from: undefined,
      sort: 'newest',
      dir: 'desc',
    });
    expect(parseUrlState(shape, '?phase=12abc').phase).toBeUndefined();
    expect(parseUrlState(shape, `?q=${'x'.repeat(300)}`).q).toBeUndefined();
  });

  it('leaves defaults and empty values out of the URL', () => {
    expect(serializeUrlState(shape, { sort: 'newest', dir: 'desc', q: '' })).toBe('');
    expect(serializeUrlState(shape, { dir: 'asc', phase: 3 })).toBe('phase=3&dir=asc');
  });
});

function Probe() {
  const [v, setView] = useUrlState(shape);
  return (
    <>
      <output data-testid="view">{JSON.stringify(v)}</output>
      <button type="button" onClick={() => setView({ status: 'rejected', dir: 'asc' })}>
        change
      </button>
      <button type="button" onClick={() => setView({ status: undefined, dir: 'desc' })}>
        reset
      </button>
    </>
  );
}

describe('useUrlState', () => {
  it('reads the URL and replaces it (same path) on change, keeping the other parameters', () => {
    const location = memoryLocation({ path: '/claims?phase=4&sort=amount', record: true });
    render(
      <Router hook={location.hook} searchHook={location.searchHook}>
        <Probe />
      </Router>,
    );
    const view = () => JSON.parse(screen.getByTestId('view').textContent ?? '{}');
    expect(view()).toMatchObject({ phase: 4, sort: 'amount', dir: 'desc' });
    act(() => screen.getByText('change').click());
    expect(view()).toMatchObject({ phase: 4, sort: 'amount', status: 'rejected', dir: 'asc' });
    expect(location.history.at(-1)).toBe('/claims?status=rejected&phase=4&sort=amount&dir=asc');
    // Replaced, not pushed: the back button leaves the list instead of undoing each filter.
    expect(location.history).toHaveLength(1);
    act(() => screen.getByText('reset').click());
    expect(location.history.at(-1)).toBe('/claims?phase=4&sort=amount');
  });
});

describe('catalogues', () => {
  it('has every sort choice and audit action in French and English', () => {
    const t = i18n.t;
    for (const choices of [
      postingSortChoices(t),
      jobSeekerSortChoices(t),
      proposalSortChoices(t),
      pairingSortChoices(t),
    ]) {
      for (const c of choices) expect(c.label).not.toMatch(/^lists\./);
    }
    expectInBothCatalogs(auditActions.map((a) => `lists.audit.actions.${a}`));
    expectInBothCatalogs(
      ['user', 'job_seeker', 'pairing', 'claim', 'ledger_entry'].map(
        (s) => `lists.audit.subjects.${s}`,
      ),
    );
  });
});
