import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type MatchScore,
  matchWeights,
  type PostingForMatch,
  prepareSkills,
  rankMatches,
  type SeekerForMatch,
  scoreMatch,
  skillLabels,
} from '../../../shared/matching/score';

const aSeeker = (overrides: Partial<SeekerForMatch> = {}): SeekerForMatch => ({
  regionCode: '06',
  targetNocCodes: ['65100'],
  skills: prepareSkills(['Caisse', 'Service à la clientèle', 'Manutention']),
  hoursPerWeek: 35,
  availableFrom: '2025-01-06',
  languages: ['fr', 'en'],
  ...overrides,
});

const aPosting = (overrides: Partial<PostingForMatch> = {}): PostingForMatch => ({
  nocCode: '65100',
  regionCode: '06',
  hoursPerWeek: 35,
  startDate: '2025-02-03',
  skills: prepareSkills(['caisse', 'SERVICE A LA CLIENTELE']),
  languages: ['fr'],
  ...overrides,
});

const pointsOf = (match: MatchScore, kind: string): number | undefined =>
  match.reasons.find((reason) => reason.kind === kind)?.points;

describe('matchWeights', () => {
  it('adds up to 100 at best', () => {
    const { occupation, ...others } = matchWeights;
    const best = Math.max(...Object.values(occupation));
    expect(best + Object.values(others).reduce((sum, points) => sum + points, 0)).toBe(100);
  });
});

describe('prepareSkills', () => {
  it('normalizes case, accents and spacing, and drops blanks', () => {
    expect([
      ...prepareSkills(['  Service à la  CLIENTÈLE ', 'service a la clientele', ' ']),
    ]).toEqual(['service a la clientele']);
  });

  it('maps normalization keys back to the labels as typed', () => {
    expect(skillLabels(['Caisse', 'Soudure', 'Manœuvre'], ['manoeuvre', 'caisse'])).toEqual([
      'Caisse',
      'Manœuvre',
    ]);
  });
});

describe('scoreMatch examples', () => {
  it('scores a perfect match 100 with every reason, points desc', () => {
    expect(scoreMatch(aSeeker(), aPosting())).toEqual({
      score: 100,
      reasons: [
        { kind: 'occupation', level: 'unit', nocCode: '65100', points: 40 },
        { kind: 'region', points: 20 },
        { kind: 'skills', shared: ['caisse', 'service a la clientele'], points: 15 },
        { kind: 'hours', seekerHours: 35, postingHours: 35, points: 10 },
        { kind: 'available', availableFrom: '2025-01-06', points: 10 },
        { kind: 'languages', shared: ['fr'], missing: [], points: 5 },
      ],
    });
  });

  it('scores 0 without overlap, still saying which language is missing', () => {
    const seeker = aSeeker({
      regionCode: '03',
      targetNocCodes: ['72410'],
      skills: prepareSkills(['Soudure']),
      hoursPerWeek: 0,
      availableFrom: '2025-03-01',
      languages: ['es'],
    });
    expect(scoreMatch(seeker, aPosting())).toEqual({
      score: 0,
      reasons: [{ kind: 'languages', shared: [], missing: ['fr'], points: 0 }],
    });
  });

  it.each([
    ['65100', 'unit', 40],
    ['65109', 'minor', 25],
    ['62020', 'broad', 10],
  ] as const)('gives target %s a %s occupation match worth %i', (code, level, points) => {
    const match = scoreMatch(aSeeker({ targetNocCodes: [code] }), aPosting());
    expect(match.reasons).toContainEqual({ kind: 'occupation', level, nocCode: code, points });
  });

  it('keeps the best level over several target occupations, naming that target', () => {
    const seeker = aSeeker({ targetNocCodes: ['62020', '72410', '65109', '65100', '65101'] });
    expect(scoreMatch(seeker, aPosting()).reasons[0]).toEqual({
      kind: 'occupation',
      level: 'unit',
      nocCode: '65100',
      points: 40,
    });
  });

  it('gives no occupation reason to a seeker without targets or in another category', () => {
    for (const targetNocCodes of [[], ['72410'], ['not-a-code']]) {
      const match = scoreMatch(aSeeker({ targetNocCodes }), aPosting());
      expect(pointsOf(match, 'occupation')).toBeUndefined();
      expect(match.score).toBe(60);
    }
  });

  it('gives hours points in proportion when the seeker offers fewer hours', () => {
    const match = scoreMatch(aSeeker({ hoursPerWeek: 20 }), aPosting({ hoursPerWeek: 35 }));
    expect(match.reasons).toContainEqual({
      kind: 'hours',
      seekerHours: 20,
      postingHours: 35,
      points: 6,
    });
    expect(match.score).toBe(96);
    expect(pointsOf(scoreMatch(aSeeker({ hoursPerWeek: 40 }), aPosting()), 'hours')).toBe(10);
  });

  it('gives no region points when the region is unknown on both sides', () => {
    const match = scoreMatch(aSeeker({ regionCode: '' }), aPosting({ regionCode: '' }));
    expect(pointsOf(match, 'region')).toBeUndefined();
    expect(match.score).toBe(80);
  });

  it('never gives points for nonsense hours', () => {
    for (const hoursPerWeek of [-5, Number.NaN]) {
      const match = scoreMatch(aSeeker({ hoursPerWeek }), aPosting());
      expect(pointsOf(match, 'hours')).toBeUndefined();
      expect(match.score).toBe(90);
    }
  });

  it('counts availability on the start date itself, not the day after', () => {
    const posting = aPosting({ startDate: '2025-02-03' });
    expect(
      pointsOf(scoreMatch(aSeeker({ availableFrom: '2025-02-03' }), posting), 'available'),
    ).toBe(10);
    expect(
      pointsOf(scoreMatch(aSeeker({ availableFrom: '2025-02-04' }), posting), 'available'),
    ).toBeUndefined();
  });

  it('gives no availability points when the availability date is unknown', () => {
    expect(pointsOf(scoreMatch(aSeeker({ availableFrom: '' }), aPosting()), 'available')).toBe(
      undefined,
    );
  });

  it('gives skills points in proportion to the posting skills the seeker has', () => {
    const posting = aPosting({ skills: prepareSkills(['Caisse', 'Soudure', 'Cuisine']) });
    expect(scoreMatch(aSeeker(), posting).reasons).toContainEqual({
      kind: 'skills',
      shared: ['caisse'],
      points: 5,
    });
    // 15 × 1/4 = 3.75, rounded to the nearest point.
    const oneOfFour = aPosting({
      skills: prepareSkills(['Caisse', 'Soudure', 'Cuisine', 'Vente']),
    });
    expect(pointsOf(scoreMatch(aSeeker(), oneOfFour), 'skills')).toBe(4);
    // 15 × 1/31 rounds to 0: no reason to show.
    const many = Array.from({ length: 30 }, (_, i) => `compétence ${i}`);
    const oneOfMany = aPosting({ skills: prepareSkills(['Caisse', ...many]) });
    expect(pointsOf(scoreMatch(aSeeker(), oneOfMany), 'skills')).toBeUndefined();
    const noSkills = scoreMatch(aSeeker(), aPosting({ skills: prepareSkills([]) }));
    expect(pointsOf(noSkills, 'skills')).toBeUndefined();
    expect(noSkills.score).toBe(85);
  });

  it('gives language points only when every required language is spoken', () => {
    const none = scoreMatch(aSeeker({ languages: [] }), aPosting({ languages: [] }));
    expect(none.reasons).toContainEqual({ kind: 'languages', shared: [], missing: [], points: 5 });
    const partial = scoreMatch(
      aSeeker({ languages: ['fr'] }),
      aPosting({ languages: ['fr', 'en'] }),
    );
    expect(partial.reasons).toContainEqual({
      kind: 'languages',
      shared: ['fr'],
      missing: ['en'],
      points: 0,
    });
    expect(partial.score).toBe(95);
  });
});

// --- Property-based laws --------------------------------------------------------------------

const skillPool = ['caisse', 'cuisine', 'entretien', 'manutention', 'service', 'vente', 'soudure'];
const languagePool = ['fr', 'en', 'es', 'ar', 'ht'];
const dayMs = 86_400_000;
const epoch = Date.UTC(2024, 0, 1);

const nocCode = fc.integer({ min: 0, max: 99_999 }).map((n) => String(n).padStart(5, '0'));
const isoDate = fc
  .integer({ min: 0, max: 1_500 })
  .map((day) => new Date(epoch + day * dayMs).toISOString().slice(0, 10));
const region = fc.constantFrom('03', '06', '13');

const seekerArb: fc.Arbitrary<SeekerForMatch> = fc.record({
  regionCode: region,
  targetNocCodes: fc.array(nocCode, { maxLength: 3 }),
  skills: fc.subarray(skillPool).map(prepareSkills),
  hoursPerWeek: fc.integer({ min: 0, max: 60 }),
  availableFrom: isoDate,
  languages: fc.subarray(languagePool),
});

const postingArb: fc.Arbitrary<PostingForMatch> = fc.record({
  nocCode,
  regionCode: region,
  hoursPerWeek: fc.integer({ min: 1, max: 60 }),
  startDate: isoDate,
  skills: fc.subarray(skillPool).map(prepareSkills),
  languages: fc.subarray(languagePool, { maxLength: 2 }),
});

const bumpDigit = (digit: string | undefined): string => String((Number(digit) + 1) % 10);

describe('scoreMatch laws', () => {
  it('scores an integer in [0, 100] equal to the sum of its reasons, reasons points desc', () => {
    fc.assert(
      fc.property(seekerArb, postingArb, (seeker, posting) => {
        const { score, reasons } = scoreMatch(seeker, posting);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(reasons.reduce((sum, reason) => sum + reason.points, 0)).toBe(score);
        for (let i = 1; i < reasons.length; i += 1) {
          expect(reasons[i - 1]?.points ?? 0).toBeGreaterThanOrEqual(reasons[i]?.points ?? 0);
        }
        for (const reason of reasons) {
          if (reason.kind === 'languages') {
            expect(reason.points > 0 || reason.missing.length > 0).toBe(true);
          } else {
            expect(reason.points).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it('ranks occupation levels unit ≥ minor ≥ broad ≥ none, all else equal', () => {
    fc.assert(
      fc.property(seekerArb, postingArb, (seeker, posting) => {
        const code = posting.nocCode;
        const byLevel = {
          unit: code,
          minor: code.slice(0, 4) + bumpDigit(code[4]),
          broad: code.slice(0, 1) + bumpDigit(code[1]) + code.slice(2),
          none: bumpDigit(code[0]) + code.slice(1),
        };
        const scoreWith = (target: string): MatchScore =>
          scoreMatch({ ...seeker, targetNocCodes: [target] }, posting);
        const unit = scoreWith(byLevel.unit);
        const minor = scoreWith(byLevel.minor);
        const broad = scoreWith(byLevel.broad);
        const none = scoreWith(byLevel.none);
        expect(unit.score).toBeGreaterThanOrEqual(minor.score);
        expect(minor.score).toBeGreaterThanOrEqual(broad.score);
        expect(broad.score).toBeGreaterThanOrEqual(none.score);
        expect(unit.reasons.find((r) => r.kind === 'occupation')).toMatchObject({ level: 'unit' });
        expect(minor.reasons.find((r) => r.kind === 'occupation')).toMatchObject({
          level: 'minor',
        });
        expect(broad.reasons.find((r) => r.kind === 'occupation')).toMatchObject({
          level: 'broad',
        });
        expect(none.reasons.some((r) => r.kind === 'occupation')).toBe(false);
      }),
    );
  });

  it('never lowers the score when the seeker gains a skill, or both gain the same one', () => {
    fc.assert(
      fc.property(
        seekerArb,
        postingArb,
        fc.constantFrom(...skillPool),
        (seeker, posting, skill) => {
          const before = scoreMatch(seeker, posting).score;
          const gained = { ...seeker, skills: new Set([...seeker.skills, skill]) };
          expect(scoreMatch(gained, posting).score).toBeGreaterThanOrEqual(before);
          const bothGained = { ...posting, skills: new Set([...posting.skills, skill]) };
          expect(scoreMatch(gained, bothGained).score).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it('never lowers the score when the seeker is available earlier', () => {
    fc.assert(
      fc.property(seekerArb, postingArb, isoDate, isoDate, (seeker, posting, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        expect(
          scoreMatch({ ...seeker, availableFrom: earlier }, posting).score,
        ).toBeGreaterThanOrEqual(scoreMatch({ ...seeker, availableFrom: later }, posting).score);
      }),
    );
  });

  it('never lowers the score when the seeker offers more hours', () => {
    fc.assert(
      fc.property(
        seekerArb,
        postingArb,
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 0, max: 80 }),
        (seeker, posting, a, b) => {
          const [fewer, more] = a <= b ? [a, b] : [b, a];
          expect(
            scoreMatch({ ...seeker, hoursPerWeek: more }, posting).score,
          ).toBeGreaterThanOrEqual(scoreMatch({ ...seeker, hoursPerWeek: fewer }, posting).score);
        },
      ),
    );
  });
});

describe('rankMatches', () => {
  const fixedScore = (score: number): MatchScore => ({ score, reasons: [] });

  it('returns the top of a full stable sort, at most limit items, scores non-increasing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 120 }),
        fc.integer({ min: -2, max: 130 }),
        (scores, limit) => {
          const items = scores.map((score, index) => ({ index, score }));
          let calls = 0;
          const ranked = rankMatches(
            items,
            (item) => {
              calls += 1;
              return fixedScore(item.score);
            },
            limit,
          );
          expect(calls).toBe(limit > 0 ? items.length : 0);
          expect(ranked.length).toBe(Math.max(0, Math.min(limit, items.length)));
          for (let i = 1; i < ranked.length; i += 1) {
            expect(ranked[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(ranked[i]?.score ?? 0);
          }
          const reference = [...items]
            .sort((a, b) => b.score - a.score || a.index - b.index)
            .slice(0, Math.max(0, limit));
          expect(ranked.map((match) => match.item)).toEqual(reference);
          expect(ranked.map((match) => match.score)).toEqual(reference.map((item) => item.score));
        },
      ),
    );
  });

  it('ranks real matches and carries their reasons', () => {
    fc.assert(
      fc.property(
        postingArb,
        fc.array(seekerArb, { maxLength: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (posting, seekers, limit) => {
          const ranked = rankMatches(seekers, (seeker) => scoreMatch(seeker, posting), limit);
          const reference = seekers
            .map((seeker) => ({ item: seeker, ...scoreMatch(seeker, posting) }))
            .sort((a, b) => b.score - a.score)
            .slice(0, limit);
          expect(ranked).toEqual(reference);
        },
      ),
    );
  });

  it('keeps the earlier item on a tie at the cut-off', () => {
    const ranked = rankMatches(['a', 'b', 'c', 'd'], (s) => fixedScore(s === 'c' ? 9 : 5), 2);
    expect(ranked.map((match) => match.item)).toEqual(['c', 'a']);
  });
});
