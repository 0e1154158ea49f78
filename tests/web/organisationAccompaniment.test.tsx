// Accompaniment screens: the follow-up form refuses a next date before the date next to the
// field without calling the server, radio groups are fieldsets with their legend, the tranches of
// a pairing read as the organisation expects, filters live in the URL, and every label chosen at
// run time exists in French and English.
import { fireEvent, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { currentFitRules } from '../../shared/money/rules';
import {
  defaultEndDate,
  nextFollowUpOf,
  nextOnError,
  pairingFiltersHref,
  readPairingFilters,
  suggestedNextOn,
  trancheLines,
} from '../../web/src/features/pairings/organisation/accompaniment';
import { FollowUpForm } from '../../web/src/features/pairings/organisation/FollowUpForm';
import { RadioGroup } from '../../web/src/features/pairings/pairingParts';
import { today } from '../../web/src/lib/dates';
import { phaseTitle } from '../../web/src/lib/phases';
import { renderWithProviders, withI18n } from './support';

describe('follow-up dates', () => {
  it('refuses a next follow-up before the follow-up, as the server does', () => {
    expect(nextOnError('2026-11-20', '2026-11-19')).toBe('errors.followUp.nextBeforeDate');
    expect(nextOnError('2026-11-20', '2026-11-20')).toBeNull();
    expect(nextOnError('2026-11-20', '')).toBeNull();
  });

  it('suggests the next follow-up in two weeks while the job lasts, none after', () => {
    expect(suggestedNextOn('active', '2026-12-25')).toBe('2027-01-08');
    expect(suggestedNextOn('completed', '2026-12-25')).toBe('');
  });

  it('ends on the planned end once it has come, else today, never before the start', () => {
    const pairing = { startDate: '2026-08-01', plannedEndDate: '2026-11-01' };
    expect(defaultEndDate('complete', pairing, '2026-11-23')).toBe('2026-11-01');
    expect(defaultEndDate('endEarly', pairing, '2026-11-23')).toBe('2026-11-23');
    const later = { startDate: '2026-09-01', plannedEndDate: '2027-01-04' };
    expect(defaultEndDate('complete', later, '2026-11-23')).toBe('2026-11-23');
    // Hired, but the first day has not come yet.
    const notStarted = { startDate: '2026-12-03', plannedEndDate: '2027-04-07' };
    expect(defaultEndDate('complete', notStarted, '2026-11-23')).toBe('2026-12-03');
    expect(defaultEndDate('endEarly', notStarted, '2026-11-23')).toBe('2026-12-03');
  });

  it('takes the next follow-up from the latest entry logged, a week after the start before any', () => {
    const pairing = { status: 'active' as const, startDate: '2026-10-13' };
    expect(nextFollowUpOf(pairing, [])).toBe('2026-10-20');
    // Listed newest date first (as the API does); the one logged last decides.
    const entries = [
      { id: 4, nextOn: '2026-12-15' },
      { id: 9, nextOn: '2026-11-16' },
      { id: 2, nextOn: null },
    ];
    expect(nextFollowUpOf(pairing, entries)).toBe('2026-11-16');
    expect(nextFollowUpOf({ ...pairing, status: 'completed' }, entries)).toBeNull();
  });
});

describe('accompaniment tranches', () => {
  const tranche = (over: Partial<Parameters<typeof trancheLines>[2][number]>) => ({
    milestone: 'hire' as const,
    amountCents: 60_000,
    status: 'approved' as const,
    dueOn: '2026-10-13',
    rejectReason: null,
    rejectComment: null,
    ...over,
  });

  it('shows each milestone of the rules: reached ones as they stand, the others to come', () => {
    const lines = trancheLines(currentFitRules, 'active', [tranche({})]);
    expect(lines.map((l) => [l.milestone, l.amountCents, l.state])).toEqual([
      ['hire', 60_000, 'approved'],
      ['completion', 60_000, 'upcoming'],
      ['retention', 30_000, 'upcoming'],
    ]);
  });

  it('after an early end, completion and retention are not due', () => {
    const lines = trancheLines(currentFitRules, 'ended_early', [tranche({ status: 'due' })]);
    expect(lines.map((l) => l.state)).toEqual(['due', 'notApplicable', 'notApplicable']);
  });

  it('keeps the reason of a rejected tranche', () => {
    const [, completion] = trancheLines(currentFitRules, 'completed', [
      tranche({}),
      tranche({
        milestone: 'completion',
        status: 'rejected',
        rejectReason: 'duplicate',
        rejectComment: 'Déjà versé.',
      }),
    ]);
    expect(completion).toMatchObject({
      state: 'rejected',
      rejectReason: 'duplicate',
      rejectComment: 'Déjà versé.',
    });
  });
});

describe('pairing filters in the URL', () => {
  it('reads known values and ignores the rest', () => {
    expect(readPairingFilters('?status=ended_early&phase=9')).toEqual({
      status: 'ended_early',
      phase: 9,
    });
    expect(readPairingFilters('?status=hired&phase=abc')).toEqual({
      status: undefined,
      phase: undefined,
    });
  });

  it('writes them back, phase first', () => {
    expect(pairingFiltersHref({})).toBe('/accompaniment');
    expect(pairingFiltersHref({ status: 'active', phase: 10 })).toBe(
      '/accompaniment?phase=10&status=active',
    );
  });
});

describe('accompaniment components', () => {
  withI18n();

  it('names a phase once, and with its own name when it has one', () => {
    expect(phaseTitle(i18next.t, { number: 10, name: 'Phase 10' })).toBe('Phase 10');
    expect(phaseTitle(i18next.t, { number: 11, name: 'Printemps 2027' })).toBe(
      'Phase 11 — Printemps 2027',
    );
  });

  it('a radio group is a fieldset named by its legend, its error tied to it', () => {
    const onChange = vi.fn();
    render(
      <RadioGroup
        legend="Avec qui?"
        name="withWhom"
        options={[
          { value: 'person', label: 'La personne' },
          { value: 'employer', label: "L'employeur" },
        ]}
        value=""
        onChange={onChange}
        error="Ce champ est obligatoire."
      />,
    );
    const group = screen.getByRole('group', { name: 'Avec qui?' });
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(group.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Ce champ est obligatoire.',
    );
    fireEvent.click(within(group).getByRole('radio', { name: "L'employeur" }));
    expect(onChange).toHaveBeenCalledWith('employer');
  });

  it('the follow-up form shows a next date before the date next to the field, without sending', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    renderWithProviders(
      <FollowUpForm pairing={{ id: 7, status: 'active', personName: 'Rosalie Gagnon' }} />,
    );
    // Sensible defaults: today, with the person, a call, the next one two weeks later.
    const on = screen.getByLabelText(/Date du suivi/) as HTMLInputElement;
    expect(on.value).toBe(today());
    expect((screen.getByRole('radio', { name: 'La personne' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByRole('radio', { name: 'Appel' }) as HTMLInputElement).checked).toBe(true);
    const next = screen.getByLabelText('Prochain suivi') as HTMLInputElement;
    expect(next.value).toBe(suggestedNextOn('active', today()));

    fireEvent.change(on, { target: { value: '2026-11-20' } });
    fireEvent.change(next, { target: { value: '2026-11-19' } });
    fireEvent.click(screen.getByRole('button', { name: 'Consigner le suivi — Rosalie Gagnon' }));
    expect(screen.getByRole('alert').textContent).toBe('Veuillez corriger les champs signalés.');
    expect(next.getAttribute('aria-invalid')).toBe('true');
    const errorId = (next.getAttribute('aria-describedby') ?? '').split(' ').at(-1) ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe(
      'Le prochain suivi doit suivre la date de ce suivi.',
    );
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });
});
