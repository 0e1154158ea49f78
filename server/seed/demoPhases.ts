// Demo phases: a closed phase 9 (13 organisations, 56 pairings with claims, payments, a few
// early ends and retention checks done) and an open phase 10 with the current FIT rules and
// some activity. Everything goes through the real use cases along a timeline, so the history
// (ledger, audit, proposals) reads as if it happened.
import { and, eq } from 'drizzle-orm';
import { addDays, quebecToday } from '../../shared/dates';
import { createJobSeekerInput } from '../../shared/jobSeekers/schemas';
import { endEarlyReasons } from '../../shared/money/machines';
import { fitRulesFor } from '../../shared/money/rules';
import { createPostingInput } from '../../shared/postings/schemas';
import { organisations, tranches } from '../db/schema';
import type { Actor, Deps } from '../deps';
import { registerJobSeeker } from '../features/jobSeekers/saveJobSeeker';
import { submitClaim } from '../features/money/claims';
import { markPaid } from '../features/money/payments';
import { reviewClaim, reviewTranche } from '../features/money/review';
import { amendPairing } from '../features/pairings/amendPairing';
import { confirmHire } from '../features/pairings/confirmHire';
import { logFollowUp } from '../features/pairings/followUps';
import {
  completePairing,
  endPairingEarly,
  recordRetention,
} from '../features/pairings/pairingLifecycle';
import { createPhase, transitionPhase } from '../features/phases/savePhase';
import { createPosting } from '../features/postings/savePosting';
import { inviteToInterview } from '../features/proposals/answerProposal';
import { proposeCandidate } from '../features/proposals/propose';
import { acceptAgreement, uploadPayStub } from './demoPaperwork';
import { SeedClock, seededRandom, Timeline } from './timeline';

const req = { ip: null, userAgent: 'seed' };

const jobs = [
  { title: 'Caissier·ère', noc: '65100', skills: ['caisse', 'service à la clientèle'] },
  { title: 'Préposé·e à l’entretien', noc: '65310', skills: ['entretien ménager'] },
  { title: 'Manutentionnaire', noc: '75101', skills: ['manutention', 'chariot élévateur'] },
  { title: 'Aide-cuisinier·ère', noc: '65201', skills: ['cuisine', 'hygiène et salubrité'] },
  { title: 'Préposé·e aux bénéficiaires', noc: '44101', skills: ['soins', 'RCR'] },
  { title: 'Commis de bureau', noc: '14100', skills: ['Excel', 'accueil'] },
  { title: 'Ouvrier·ère de serre', noc: '85103', skills: ['serres', 'travail extérieur'] },
  { title: 'Assembleur·euse', noc: '94219', skills: ['assemblage', 'contrôle de la qualité'] },
  { title: 'Chauffeur·euse-livreur·euse', noc: '75201', skills: ['permis classe 5', 'livraison'] },
] as const;

const firstNames = [
  'Émilie',
  'Mathieu',
  'Aïcha',
  'Luc',
  'Sofia',
  'Jonathan',
  'Marie-Ève',
  'Ibrahim',
  'Chloé',
  'Patrick',
  'Nour',
  'Gabriel',
  'Valérie',
  'Omar',
  'Justine',
  'Daniel',
  'Linh',
  'Frédéric',
  'Aminata',
  'Simon',
];
const lastNames = [
  'Bélanger',
  'Girard',
  'Ndiaye',
  'Pelletier',
  'Rossi',
  'Lévesque',
  'Cloutier',
  'Mensah',
  'Fournier',
  'Tran',
  'Caron',
  'Hébert',
  'Mercier',
  'Diop',
  'Leblanc',
  'Nadeau',
  'Perez',
  'Boucher',
  'Sanogo',
  'Ouellette',
];

interface People {
  coordinator: Actor;
  counsellors: Actor[];
  employers: Actor[];
}

interface PhasePlan {
  number: number;
  start: string;
  end: string;
  closeOn: string | null;
  wageEnvelopeCents: number;
  accompanimentEnvelopeCents: number;
  organisations: number;
  pairings: number;
  firstHire: string;
  daysBetweenHires: number;
}

export async function seedDemoPhases(
  deps: Deps,
  people: People & Record<string, unknown>,
): Promise<void> {
  const realNow = deps.clock.now();
  const today = quebecToday(realNow);
  const clock = new SeedClock();
  const d: Deps = { ...deps, clock };
  const timeline = new Timeline(clock);
  const rnd = seededRandom(2026);
  let personSeq = 0;

  const plans: PhasePlan[] = [
    {
      number: 9,
      start: '2025-09-01',
      end: '2026-05-31',
      closeOn: '2026-06-30',
      wageEnvelopeCents: 600_000_00,
      accompanimentEnvelopeCents: 90_000_00,
      organisations: 13,
      pairings: 56,
      firstHire: '2025-09-15',
      daysBetweenHires: 3,
    },
    {
      number: 10,
      start: '2026-10-01',
      end: '2027-06-30',
      closeOn: null,
      wageEnvelopeCents: 450_000_00,
      accompanimentEnvelopeCents: 70_000_00,
      organisations: 9,
      // Enough hires over six weeks for the dashboard's charts to read as a trend.
      pairings: 28,
      firstHire: '2026-10-06',
      daysBetweenHires: 1.5,
    },
  ];

  for (const plan of plans) {
    const orgActors = people.counsellors.slice(0, plan.organisations);
    // The current FIT terms, with Quebec's minimum wage on the phase's start date.
    const rules = fitRulesFor(plan.start);
    timeline.at(addDays(plan.start, -14), () => {
      const { id } = createPhase(
        d,
        people.coordinator,
        {
          number: plan.number,
          name: `Phase ${plan.number}`,
          startDate: plan.start,
          endDate: plan.end,
          wageEnvelopeCents: plan.wageEnvelopeCents,
          accompanimentEnvelopeCents: plan.accompanimentEnvelopeCents,
          rules,
          organisations: orgActors.map((a, i) => ({
            organisationId: a.organisationId ?? 0,
            pairingTarget: plan.number === 9 ? (i < 4 ? 5 : 4) : 6,
            wageAllocationCents: null,
            accompanimentAllocationCents: null,
          })),
        },
        req,
      );
      timeline.at(plan.start, () =>
        transitionPhase(d, people.coordinator, { phaseId: id, action: 'open' }, req),
      );
      if (plan.closeOn) {
        const closeOn = plan.closeOn;
        timeline.at(closeOn, () =>
          transitionPhase(d, people.coordinator, { phaseId: id, action: 'close' }, req),
        );
      }
    });

    for (let i = 0; i < plan.pairings; i++) {
      const hireOn = addDays(plan.firstHire, Math.round(i * plan.daysBetweenHires));
      const counsellor = orgActors[i % orgActors.length] as Actor;
      // The job is in the organisation's region; the person belongs to some of the client
      // groups the organisation serves (the dashboard reports both).
      const org = d.db
        .select()
        .from(organisations)
        .where(eq(organisations.id, counsellor.organisationId ?? 0))
        .get();
      const regionCode = org?.regionCode ?? '06';
      const city = org?.city ?? 'Montréal';
      const groups = (org?.clientGroups ?? []).filter(() => rnd.next() < 0.5);
      const employer = people.employers[i % people.employers.length] as Actor;
      const job = rnd.pick(jobs);
      const wage = rnd.int(1700, 2600);
      const hours = rnd.pick([30, 32, 35, 35, 37, 40, 40]);
      const weeks = rnd.int(10, 18);
      const endsEarly = i % 9 === 4;
      const seq = ++personSeq;
      const first = firstNames[seq % firstNames.length] ?? 'Alex';
      const last = `${lastNames[(seq * 7) % lastNames.length] ?? 'Roy'}`;
      const state: {
        postingId?: number;
        seekerId?: number;
        proposalId?: number;
        pairingId?: number;
      } = {};

      timeline.at(addDays(hireOn, -12), () => {
        state.postingId = createPosting(
          d,
          employer,
          createPostingInput.parse({
            title: job.title,
            nocCode: job.noc,
            regionCode,
            city,
            hoursPerWeek: hours,
            hourlyWageCents: wage,
            positions: 1,
            startDate: hireOn,
            durationWeeks: weeks,
            skills: job.skills,
            languages: ['fr'],
            publish: true,
          }),
        ).id;
        state.seekerId = registerJobSeeker(
          d,
          counsellor,
          createJobSeekerInput.parse({
            firstName: first,
            lastName: `${last}-${seq}`,
            birthDate: `19${rnd.int(60, 99)}-0${rnd.int(1, 9)}-1${rnd.int(0, 9)}`,
            email: `p${plan.number}-${seq}@exemple.ca`,
            regionCode,
            city,
            targetNocCodes: [job.noc],
            skills: job.skills,
            hoursPerWeek: hours,
            availableFrom: addDays(hireOn, -14),
            languages: ['fr'],
            presentation: 'Motivé·e et disponible.',
            clientGroups: groups,
            consents: {
              participation: true,
              proposal: true,
              contactSharing: true,
              givenOn: addDays(hireOn, -20),
            },
          }),
          req,
        ).id;
      });
      timeline.at(addDays(hireOn, -10), () => {
        state.proposalId = proposeCandidate(d, counsellor, {
          postingId: state.postingId ?? 0,
          jobSeekerId: state.seekerId ?? 0,
          message: 'Candidature soutenue par notre équipe.',
        }).id;
      });
      timeline.at(addDays(hireOn, -6), () => inviteToInterview(d, employer, state.proposalId ?? 0));
      timeline.at(addDays(hireOn, -3), () => {
        state.pairingId = confirmHire(
          d,
          employer,
          {
            proposalId: state.proposalId ?? 0,
            startDate: hireOn,
            hourlyWageCents: wage,
            hoursPerWeek: hours,
            plannedWeeks: weeks,
          },
          req,
        ).pairingId;
        // Accompaniment: a follow-up a week in, and every few weeks after.
        for (let w = 1; w <= weeks; w += 4) {
          const on = addDays(hireOn, w * 7);
          timeline.at(on, () =>
            logFollowUp(d, counsellor, {
              pairingId: state.pairingId ?? 0,
              on,
              withWhom: rnd.pick(['person', 'employer', 'both'] as const),
              kind: rnd.pick(['call', 'visit', 'meeting'] as const),
              notes: 'Intégration qui se passe bien.',
              nextOn: addDays(on, 28),
            }),
          );
        }
        reviewAndPayTranche(addDays(hireOn, 10));
      });
      // Both parties accept the agreement before the start.
      timeline.at(addDays(hireOn, -2), () => acceptAgreement(d, employer, state.pairingId ?? 0));
      timeline.at(addDays(hireOn, -1), () => acceptAgreement(d, counsellor, state.pairingId ?? 0));
      // One amendment: a raise from the fifth week, agreed in the third, accepted by both.
      const raise =
        plan.number === 10 && i === 2
          ? { on: addDays(hireOn, 20), from: addDays(hireOn, 28), wage: wage + 150 }
          : null;
      if (raise) {
        timeline.at(raise.on, () => {
          amendPairing(
            d,
            employer,
            {
              kind: 'wage_hours',
              pairingId: state.pairingId ?? 0,
              effectiveFrom: raise.from,
              hourlyWageCents: raise.wage,
              hoursPerWeek: hours,
              comment: 'Augmentation après la période d’essai.',
            },
            req,
          );
        });
        timeline.at(addDays(raise.on, 1), () => acceptAgreement(d, employer, state.pairingId ?? 0));
        timeline.at(addDays(raise.on, 2), () =>
          acceptAgreement(d, counsellor, state.pairingId ?? 0),
        );
      }
      const wageOn = (day: string) => (raise && day >= raise.from ? raise.wage : wage);

      const endOn = endsEarly ? addDays(hireOn, 7 * 5 - 1) : addDays(hireOn, weeks * 7 - 1);
      // Pay periods of two weeks until the end.
      for (let k = 0; ; k++) {
        const periodStart = addDays(hireOn, k * 14);
        if (periodStart > endOn) break;
        const periodEnd = addDays(periodStart, 13) > endOn ? endOn : addDays(periodStart, 13);
        const days = (Date.parse(periodEnd) - Date.parse(periodStart)) / 86_400_000 + 1;
        const worked = Math.round(((hours * days) / 7) * (rnd.next() < 0.2 ? 0.85 : 1) * 100) / 100;
        const rejectIt = (i + k) % 17 === 5;
        // Pay stubs as proofs: every claim of phase 10, the first pairings' in phase 9.
        const withProof = plan.number === 10 || i < 4;
        timeline.at(addDays(periodEnd, 3), async () => {
          const grossWagesCents = Math.round(worked * wageOn(periodStart));
          const proofIds = withProof
            ? [
                await uploadPayStub(d, employer, {
                  periodStart,
                  periodEnd,
                  hours: worked,
                  grossCents: grossWagesCents,
                }),
              ]
            : [];
          const claim = submitClaim(
            d,
            employer,
            {
              pairingId: state.pairingId ?? 0,
              periodStart,
              periodEnd,
              hoursWorked: worked,
              grossWagesCents,
              proofIds,
            },
            req,
          );
          timeline.at(addDays(periodEnd, 9), () => {
            const r = reviewClaim(
              d,
              people.coordinator,
              rejectIt
                ? {
                    id: claim.id,
                    action: 'reject',
                    reason: withProof ? 'missing_documents' : 'proof_missing_or_unreadable',
                    comment: withProof ? 'Registre de paie demandé.' : 'Talon de paie manquant.',
                  }
                : { id: claim.id, action: 'approve', comment: '' },
              req,
            );
            if (r.ledgerEntryId) {
              const entryId = r.ledgerEntryId;
              timeline.at(addDays(periodEnd, 16), () =>
                markPaid(
                  d,
                  people.coordinator,
                  {
                    ledgerEntryId: entryId,
                    paidOn: addDays(periodEnd, 16),
                    reference: `VIR-${plan.number}-${entryId}`,
                  },
                  req,
                ),
              );
            }
          });
        });
      }
      timeline.at(addDays(endOn, 1), () => {
        if (endsEarly) {
          endPairingEarly(
            d,
            counsellor,
            {
              pairingId: state.pairingId ?? 0,
              endDate: endOn,
              reason: rnd.pick(endEarlyReasons),
              comment: '',
            },
            req,
          );
        } else {
          completePairing(d, counsellor, { pairingId: state.pairingId ?? 0, endDate: endOn }, req);
          reviewAndPayTranche(addDays(endOn, 10));
        }
        const checkOn = addDays(endOn, 85);
        timeline.at(checkOn, () => {
          const roll = rnd.next();
          const outcome = roll < 0.65 ? 'employed' : roll < 0.9 ? 'not_employed' : 'unknown';
          recordRetention(
            d,
            counsellor,
            { pairingId: state.pairingId ?? 0, outcome, checkedOn: checkOn },
            req,
          );
          if (!endsEarly && outcome !== 'unknown') reviewAndPayTranche(addDays(checkOn, 7));
        });
      });

      /** Approves, then pays, the tranches of this pairing still due at that date. */
      function reviewAndPayTranche(on: string) {
        timeline.at(on, () => {
          const due = d.db
            .select({ id: tranches.id })
            .from(tranches)
            .where(and(eq(tranches.pairingId, state.pairingId ?? 0), eq(tranches.status, 'due')))
            .all();
          for (const t of due) {
            const r = reviewTranche(
              d,
              people.coordinator,
              { id: t.id, action: 'approve', comment: '' },
              req,
            );
            if (r.ledgerEntryId) {
              const entryId = r.ledgerEntryId;
              timeline.at(addDays(on, 7), () =>
                markPaid(
                  d,
                  people.coordinator,
                  {
                    ledgerEntryId: entryId,
                    paidOn: addDays(on, 7),
                    reference: `VIR-${plan.number}-${entryId}`,
                  },
                  req,
                ),
              );
            }
          }
        });
      }
    }
  }
  await timeline.runUntil(addDays(today, -1));
  clock.setInstant(realNow);
}
