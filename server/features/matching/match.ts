// Matching both ways, explained: a posting's best candidates in the counsellor's
// organisation, and a job seeker's best open postings. The score is shared/matching/score.ts.
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { z } from 'zod';
import { appError } from '../../../shared/errors';
import { prepareSkills, rankMatches, scoreMatch } from '../../../shared/matching/score';
import { isProposable } from '../../../shared/pairings/activePairing';
import type { matchForPostingInput, matchForSeekerInput } from '../../../shared/proposals/schemas';
import { businesses, jobSeekers, postings, proposals } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { actorOrganisation, ownJobSeeker, visiblePosting } from '../guards';
import { hasActivePairing } from '../pairings/activePairing';
import { eligibleSeekersOf } from './eligibility';

export function matchForPosting(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof matchForPostingInput>,
) {
  const organisationId = actorOrganisation(actor);
  const posting = visiblePosting(deps.db, actor, input.postingId);
  if (posting.status !== 'open') throw appError('posting.notOpen');
  const target = { ...posting, skills: prepareSkills(posting.skills) };
  const candidates = deps.db
    .select({
      id: jobSeekers.id,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      regionCode: jobSeekers.regionCode,
      targetNocCodes: jobSeekers.targetNocCodes,
      skills: jobSeekers.skills,
      hoursPerWeek: jobSeekers.hoursPerWeek,
      availableFrom: jobSeekers.availableFrom,
      languages: jobSeekers.languages,
    })
    .from(jobSeekers)
    .where(eligibleSeekersOf(deps.db, organisationId, posting.id))
    // Equal scores keep this order (job_seekers_match_idx reads it without sorting).
    .orderBy(jobSeekers.id)
    .all();
  const ranked = rankMatches(
    candidates,
    (c) => scoreMatch({ ...c, skills: prepareSkills(c.skills) }, target),
    input.limit,
  );
  return {
    posting: { id: posting.id, title: posting.title },
    eligibleCount: candidates.length,
    results: ranked.map(({ item, score, reasons }) => ({
      jobSeekerId: item.id,
      firstName: item.firstName,
      lastName: item.lastName,
      regionCode: item.regionCode,
      hoursPerWeek: item.hoursPerWeek,
      availableFrom: item.availableFrom,
      score,
      reasons,
    })),
  };
}

export function matchForSeeker(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof matchForSeekerInput>,
) {
  const seeker = ownJobSeeker(deps.db, actor, input.jobSeekerId);
  const inPairing = hasActivePairing(deps.db, seeker.id);
  if (!isProposable(seeker, inPairing)) {
    return {
      eligible: false as const,
      // 'hired': in an active pairing (the web says « déjà embauchée dans un jumelage actif »).
      reason: inPairing ? ('hired' as const) : ('consent' as const),
      results: [],
    };
  }
  const alreadyProposed = deps.db
    .select({ id: proposals.postingId })
    .from(proposals)
    .where(
      and(
        eq(proposals.jobSeekerId, seeker.id),
        inArray(proposals.status, ['proposed', 'interview']),
      ),
    );
  const open = deps.db
    .select({
      id: postings.id,
      title: postings.title,
      businessName: businesses.legalName,
      nocCode: postings.nocCode,
      regionCode: postings.regionCode,
      city: postings.city,
      hoursPerWeek: postings.hoursPerWeek,
      hourlyWageCents: postings.hourlyWageCents,
      startDate: postings.startDate,
      skills: postings.skills,
      languages: postings.languages,
    })
    .from(postings)
    .innerJoin(businesses, eq(businesses.id, postings.businessId))
    .where(and(eq(postings.status, 'open'), notInArray(postings.id, alreadyProposed)))
    .all();
  const me = { ...seeker, skills: prepareSkills(seeker.skills) };
  const ranked = rankMatches(
    open,
    (p) => scoreMatch(me, { ...p, skills: prepareSkills(p.skills) }),
    input.limit,
  );
  return {
    eligible: true as const,
    reason: null,
    results: ranked.map(({ item, score, reasons }) => ({
      postingId: item.id,
      title: item.title,
      businessName: item.businessName,
      nocCode: item.nocCode,
      regionCode: item.regionCode,
      city: item.city,
      hoursPerWeek: item.hoursPerWeek,
      hourlyWageCents: item.hourlyWageCents,
      startDate: item.startDate,
      score,
      reasons,
    })),
  };
}
