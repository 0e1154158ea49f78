// The explained matching score between a job seeker and a posting (workflow step 4): the weights
// as data, one pure scoring function that says why it scored what it did, and a bounded top-N
// ranking. It runs over thousands of candidates per request, so skills are normalized once per
// person or posting (prepareSkills), and the scoring itself does set look-ups, no string work.
import { nocMatchLevel } from '../reference/noc';
import { normalizeForSearch } from '../reference/normalize';

/** Points per criterion; the best case of each adds up to 100. */
export const matchWeights = {
  occupation: { unit: 40, minor: 25, broad: 10 },
  region: 20,
  hours: 10,
  available: 10,
  skills: 15,
  languages: 5,
} as const;

export type OccupationMatchLevel = keyof typeof matchWeights.occupation;

export interface SeekerForMatch {
  regionCode: string;
  targetNocCodes: readonly string[];
  /** From prepareSkills. */
  skills: ReadonlySet<string>;
  hoursPerWeek: number;
  /** YYYY-MM-DD; '' when unknown (earns no availability points). */
  availableFrom: string;
  languages: readonly string[];
}

export interface PostingForMatch {
  nocCode: string;
  regionCode: string;
  hoursPerWeek: number;
  /** YYYY-MM-DD. */
  startDate: string;
  /** From prepareSkills. */
  skills: ReadonlySet<string>;
  languages: readonly string[];
}

export type MatchReason =
  | { kind: 'occupation'; level: OccupationMatchLevel; nocCode: string; points: number }
  | { kind: 'region'; points: number }
  | { kind: 'hours'; seekerHours: number; postingHours: number; points: number }
  | { kind: 'available'; availableFrom: string; points: number }
  | { kind: 'skills'; shared: string[]; points: number }
  | { kind: 'languages'; shared: string[]; missing: string[]; points: number };

export interface MatchScore {
  /** Integer, 0 to 100. */
  score: number;
  /** Only the criteria that earned points, plus languages when one is missing; points desc. */
  reasons: MatchReason[];
}

export type RankedMatch<T> = { item: T } & MatchScore;

/**
 * Normalizes skills once (accents, case, spacing) so that « Caisse » and « caisse » match;
 * blank entries are dropped. The set holds normalization keys, not display labels: see
 * skillLabels to show a reason's shared skills as the posting wrote them.
 */
export function prepareSkills(skills: readonly string[]): ReadonlySet<string> {
  const prepared = new Set<string>();
  for (const skill of skills) {
    const key = skillKey(skill);
    if (key !== '') prepared.add(key);
  }
  return prepared;
}

// The same skills come back on thousands of people per request: their keys are remembered
// (a pure function of the text), in a bounded map that starts over when full.
const SKILL_KEYS_LIMIT = 10_000;
const skillKeys = new Map<string, string>();

function skillKey(skill: string): string {
  let key = skillKeys.get(skill);
  if (key === undefined) {
    key = normalizeForSearch(skill);
    if (skillKeys.size >= SKILL_KEYS_LIMIT) skillKeys.clear();
    skillKeys.set(skill, key);
  }
  return key;
}

/** The labels among `skills` (as typed) whose normalization key is in `keys`, in their order. */
export function skillLabels(skills: readonly string[], keys: readonly string[]): string[] {
  const wanted = new Set(keys);
  return skills.filter((skill) => wanted.has(normalizeForSearch(skill)));
}

export function scoreMatch(seeker: SeekerForMatch, posting: PostingForMatch): MatchScore {
  const reasons: MatchReason[] = [];
  let score = 0;

  // Occupation: the best level over the seeker's target occupations; the reason names the
  // target that earned it so the UI can say which of the person's goals this posting serves.
  let bestLevel: OccupationMatchLevel | null = null;
  let bestCode = '';
  for (const code of seeker.targetNocCodes) {
    const level = nocMatchLevel(code, posting.nocCode);
    if (level === 'none') continue;
    if (bestLevel === null || matchWeights.occupation[level] > matchWeights.occupation[bestLevel]) {
      bestLevel = level;
      bestCode = code;
      if (level === 'unit') break;
    }
  }
  if (bestLevel !== null) {
    const points = matchWeights.occupation[bestLevel];
    reasons.push({ kind: 'occupation', level: bestLevel, nocCode: bestCode, points });
    score += points;
  }

  if (seeker.regionCode !== '' && seeker.regionCode === posting.regionCode) {
    reasons.push({ kind: 'region', points: matchWeights.region });
    score += matchWeights.region;
  }

  const hours = hoursPoints(seeker.hoursPerWeek, posting.hoursPerWeek);
  if (hours > 0) {
    reasons.push({
      kind: 'hours',
      seekerHours: seeker.hoursPerWeek,
      postingHours: posting.hoursPerWeek,
      points: hours,
    });
    score += hours;
  }

  // ISO dates compare correctly as strings.
  if (seeker.availableFrom !== '' && seeker.availableFrom <= posting.startDate) {
    reasons.push({
      kind: 'available',
      availableFrom: seeker.availableFrom,
      points: matchWeights.available,
    });
    score += matchWeights.available;
  }

  const postingSkillCount = posting.skills.size;
  if (postingSkillCount > 0) {
    let shared: string[] | null = null;
    for (const skill of posting.skills) {
      if (seeker.skills.has(skill)) {
        if (shared === null) shared = [];
        shared.push(skill);
      }
    }
    if (shared !== null) {
      const points = Math.round((matchWeights.skills * shared.length) / postingSkillCount);
      if (points > 0) {
        reasons.push({ kind: 'skills', shared, points });
        score += points;
      }
    }
  }

  // Always reported: either every required language is spoken (points), or some are missing
  // (no points) and the employer and counsellor need to see which.
  const sharedLanguages: string[] = [];
  const missingLanguages: string[] = [];
  for (const language of posting.languages) {
    if (seeker.languages.includes(language)) sharedLanguages.push(language);
    else missingLanguages.push(language);
  }
  const languagePoints = missingLanguages.length === 0 ? matchWeights.languages : 0;
  reasons.push({
    kind: 'languages',
    shared: sharedLanguages,
    missing: missingLanguages,
    points: languagePoints,
  });
  score += languagePoints;

  // Array.prototype.sort is stable: equal points keep the criteria order above.
  reasons.sort(byPointsDesc);
  return { score, reasons };
}

function hoursPoints(seekerHours: number, postingHours: number): number {
  // A posting without positive hours asks for nothing; NaN falls here too rather than poisoning
  // the score.
  if (!(postingHours > 0) || seekerHours >= postingHours) return matchWeights.hours;
  if (!(seekerHours > 0)) return 0;
  return Math.round((matchWeights.hours * seekerHours) / postingHours);
}

function byPointsDesc(a: MatchReason, b: MatchReason): number {
  return b.points - a.points;
}

function byScoreDesc<T>(a: RankedMatch<T>, b: RankedMatch<T>): number {
  return b.score - a.score;
}

// Above this limit, one stable sort of everything beats repeated insertions into the top list.
const INSERTION_LIMIT = 32;

/**
 * The `limit` best-scoring items, score desc; equal scores keep the items' original order.
 * Small limits (the usual « top 20 ») keep a bounded sorted list instead of sorting everything.
 */
export function rankMatches<T>(
  items: readonly T[],
  score: (t: T) => MatchScore,
  limit: number,
): Array<RankedMatch<T>> {
  const size = Math.min(Math.floor(limit), items.length);
  if (!(size > 0)) return [];

  if (size > INSERTION_LIMIT) {
    const all = items.map((item): RankedMatch<T> => ({ item, ...score(item) }));
    all.sort(byScoreDesc);
    all.length = size;
    return all;
  }

  const top: Array<RankedMatch<T>> = [];
  for (const item of items) {
    const match = score(item);
    let at = top.length;
    if (at === size) {
      const last = top[at - 1];
      // An equal score does not displace an earlier item.
      if (last === undefined || match.score <= last.score) continue;
    }
    while (at > 0) {
      const previous = top[at - 1];
      if (previous === undefined || previous.score >= match.score) break;
      at -= 1;
    }
    top.splice(at, 0, { item, score: match.score, reasons: match.reasons });
    if (top.length > size) top.pop();
  }
  return top;
}
