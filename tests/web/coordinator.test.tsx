// Coordination screens: percentages and program-sized amounts typed in the phase form become
// exact basis points and cents; the form's values go to the API's fields and back; mistakes are
// reported next to the field the person typed in (a tranche's share, a rule, an organisation
// row), in dollars and percent; the preview computes what the server will; every label chosen at
// run time exists in both languages.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/format';
import { currentFitRules } from '../../shared/money/rules';
import {
  checkPhase,
  emptyParticipant,
  moneyRangeMessage,
  newPhaseValues,
  type PhaseFormValues,
  phaseToValues,
  previewRules,
  relocateFields,
  shareTotalBp,
} from '../../web/src/features/phases/phaseForm';
import { RulesSummary } from '../../web/src/features/phases/RulesSummary';
import {
  bpToInput,
  centsToAmountInput,
  parseAmountToCents,
  parsePercentToBp,
} from '../../web/src/lib/numberText';
import { withI18n } from './support';

const i18n = withI18n();

/** Messages compared without caring which kind of space the catalog uses. */
const plain = (s: string | undefined) => s?.replace(/[\u00a0\u202f]/gu, ' ');

describe('percentages and amounts as typed', () => {
  it('reads percentages as basis points, exactly', () => {
    expect(parsePercentToBp('50')).toBe(5000);
    expect(parsePercentToBp('33,33')).toBe(3333);
    expect(parsePercentToBp('12.5 %')).toBe(1250);
    expect(parsePercentToBp('0,29')).toBe(29);
    expect(parsePercentToBp('100')).toBe(10_000);
    expect(parsePercentToBp('  ')).toBeUndefined();
    for (const bad of ['abc', '-5', '50,555', '5 0', '50%%']) {
      expect(parsePercentToBp(bad), bad).toBeNull();
    }
  });

  it('shows basis points back in the language of the form', () => {
    expect(bpToInput(5000, 'fr-CA')).toBe('50');
    expect(bpToInput(3333, 'fr-CA')).toBe('33,33');
    expect(bpToInput(1250, 'en-CA')).toBe('12.5');
    expect(bpToInput(1205, 'fr-CA')).toBe('12,05');
    for (const bp of [1, 29, 1250, 3333, 10_000]) {
      expect(parsePercentToBp(bpToInput(bp, 'fr-CA'))).toBe(bp);
      expect(parsePercentToBp(bpToInput(bp, 'en-CA'))).toBe(bp);
    }
  });

  it('reads envelopes up to a billion dollars, with spaces between thousands', () => {
    expect(parseAmountToCents('450 000')).toBe(45_000_000);
    expect(parseAmountToCents('450\u00a0000,50 $')).toBe(45_000_050);
    expect(parseAmountToCents('12 000 000')).toBe(1_200_000_000);
    expect(parseAmountToCents('1000000000')).toBe(100_000_000_000);
    expect(parseAmountToCents('0')).toBe(0);
    expect(parseAmountToCents('')).toBeUndefined();
    for (const bad of ['abc', '-5', '1,234.50', '45 00', '1,2,3']) {
      expect(parseAmountToCents(bad), bad).toBeNull();
    }
  });

  it('shows amounts back so that they read the same', () => {
    expect(centsToAmountInput(45_000_000, 'fr-CA')).toBe('450 000');
    expect(centsToAmountInput(150_050, 'fr-CA')).toBe('1 500,50');
    expect(centsToAmountInput(150_050, 'en-CA')).toBe('1500.50');
    for (const cents of [0, 1, 99, 150_000, 45_000_000, 100_000_000_000]) {
      expect(parseAmountToCents(centsToAmountInput(cents, 'fr-CA'))).toBe(cents);
      expect(parseAmountToCents(centsToAmountInput(cents, 'en-CA'))).toBe(cents);
    }
  });
});

function values(overrides: Partial<PhaseFormValues> = {}): PhaseFormValues {
  const base = newPhaseValues(
    {
      phases: [{ number: 9, endDate: '2026-05-31' }],
      today: '2026-03-02',
      rules: currentFitRules,
      nameFor: (n) => `Phase ${n}`,
    },
    'fr-CA',
  );
  return {
    ...base,
    wageEnvelope: '450 000',
    accompanimentEnvelope: '70 000',
    organisations: [{ ...emptyParticipant('3'), pairingTarget: '6', wageAllocation: '50 000' }],
    ...overrides,
  };
}

describe('the phase form', () => {
  it('proposes the next number, from the day after the last phase, for a year', () => {
    const v = values();
    expect(v.number).toBe('10');
    expect(v.name).toBe('Phase 10');
    expect(v.startDate).toBe('2026-06-01');
    expect(v.endDate).toBe('2027-05-31');
    expect(v.rules.rate).toBe('50');
    expect(v.rules.cap).toBe('25,00');
    expect(v.rules.shares).toEqual({ hire: '40', completion: '40', retention: '20' });
  });

  it('sends cents, basis points and whole numbers', () => {
    const r = checkPhase(values(), i18n.t, 'fr-CA');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toMatchObject({
      number: 10,
      wageEnvelopeCents: 45_000_000,
      accompanimentEnvelopeCents: 7_000_000,
      rules: currentFitRules,
      organisations: [
        {
          organisationId: 3,
          pairingTarget: 6,
          wageAllocationCents: 5_000_000,
          accompanimentAllocationCents: null,
        },
      ],
    });
  });

  it('reads a saved phase back into the same values', () => {
    const r = checkPhase(values(), i18n.t, 'fr-CA');
    if (!r.ok) throw new Error('invalid');
    const back = phaseToValues(
      {
        ...r.data,
        rules: r.data.rules,
        participants: r.data.organisations.map((o) => ({
          ...o,
          wageAllocationCents: o.wageAllocationCents ?? null,
          accompanimentAllocationCents: o.accompanimentAllocationCents ?? null,
        })),
      },
      currentFitRules,
      'fr-CA',
    );
    const again = checkPhase(back, i18n.t, 'fr-CA');
    expect(again.ok && again.data).toEqual(r.data);
  });

  it('drops a milestone left at 0 and says when the shares do not add up to 100 %', () => {
    const half = values();
    half.rules = { ...half.rules, shares: { hire: '50', completion: '50', retention: '0' } };
    const ok = checkPhase(half, i18n.t, 'fr-CA');
    expect(ok.ok && ok.data.rules?.accompanimentTranches).toEqual([
      { milestone: 'hire', shareBp: 5000 },
      { milestone: 'completion', shareBp: 5000 },
    ]);

    const short = values();
    short.rules = { ...short.rules, shares: { hire: '40', completion: '30', retention: '20' } };
    expect(shareTotalBp(short.rules.shares)).toBe(9000);
    const r = checkPhase(short, i18n.t, 'fr-CA');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(plain(r.error.fields['rules.accompanimentTranches'])).toBe(
      'Les parts des versements doivent totaliser 100 %.',
    );
  });

  it('puts each mistake next to its field, in the units typed', () => {
    const v = values({ wageEnvelope: 'beaucoup', number: '' });
    v.rules = {
      ...v.rules,
      rate: '150',
      minWeeks: '20',
      cap: '2000',
      shares: { ...v.rules.shares, completion: 'x' },
    };
    v.organisations = [
      ...v.organisations,
      { ...emptyParticipant(''), pairingTarget: '2,5' },
      { ...emptyParticipant('3'), pairingTarget: '1' },
    ];
    const r = checkPhase(v, i18n.t, 'fr-CA');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const f = Object.fromEntries(Object.entries(r.error.fields).map(([k, m]) => [k, plain(m)]));
    expect(f.number).toBe('Ce champ est obligatoire.');
    expect(f.wageEnvelopeCents).toMatch(/^Entrez un montant en dollars/);
    expect(f['rules.wageSubsidyRateBp']).toBe('Entrez un pourcentage entre 0,01 et 100 %.');
    expect(f['rules.hourlyWageCapCents']).toBe('Entrez un montant entre 0,01 $ et 1 000,00 $.');
    expect(f['rules.maxWeeks']).toBe('Doit être au moins égal au nombre minimal de semaines.');
    expect(f['shares.completion']).toBe('Entrez un pourcentage (ex. : 50 ou 33,33).');
    expect(f['organisations.1.organisationId']).toBe('Ce champ est obligatoire.');
    expect(f['organisations.1.pairingTarget']).toBe('Entrez un nombre entier.');
    expect(f['organisations.2.organisationId']).toBe('Cet organisme est déjà dans la liste.');
  });

  it('moves the server’s tranche and cents errors to the fields typed', () => {
    const range = moneyRangeMessage(i18n.t, 'fr-CA');
    const out = relocateFields(
      {
        'rules.accompanimentTranches.1.shareBp': 'trop',
        'rules.accompanimentTranches': 'total',
        wageEnvelopeCents: 'La valeur doit être au plus 100000000000.',
        'organisations.0.organisationId': 'Organisme introuvable.',
      },
      ['hire', 'retention'],
      range,
    );
    expect(out['shares.retention']).toBe('trop');
    expect(out['rules.accompanimentTranches']).toBe('total');
    expect(plain(out.wageEnvelopeCents)).toBe(
      `Entrez un montant entre 0,00 $ et ${plain(formatMoney(100_000_000_000, 'fr-CA'))}.`,
    );
    expect(out['organisations.0.organisationId']).toBe('Organisme introuvable.');
  });

  it('previews what the calculator computes: 9 000,00 $ and the tranches of the FIT terms', () => {
    const p = previewRules(values().rules);
    expect(p?.maxPerPairingCents).toBe(900_000);
    expect(p?.tranches).toEqual([
      { milestone: 'hire', amountCents: 60_000 },
      { milestone: 'completion', amountCents: 60_000 },
      { milestone: 'retention', amountCents: 30_000 },
    ]);
    const v = values();
    expect(previewRules({ ...v.rules, rate: '70' })?.maxPerPairingCents).toBe(1_260_000);
    expect(previewRules({ ...v.rules, cap: 'abc' })).toBeNull();
    expect(previewRules({ ...v.rules, shares: { ...v.rules.shares, hire: '10' } })?.tranches).toBe(
      null,
    );
  });
});

describe('the rules of a phase, in words', () => {
  it('show the maximum per pairing and each tranche with its amount', () => {
    render(<RulesSummary rules={currentFitRules} />);
    const spaces = (text: string) => text.replace(/[\u00a0\u202f]/gu, ' ');
    expect(screen.getByText('9 000,00 $', { normalizer: spaces })).toBeTruthy();
    expect(screen.getByText(/à l’embauche/).textContent).toMatch(
      /^40\s%\sà l’embauche\s: 600,00\s\$$/u,
    );
    expect(screen.getByText(/De 10 à 18 semaines/)).toBeTruthy();
  });
});
