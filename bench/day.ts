// A day of the network: virtual users of every role running their real flows through the API,
// with no think time. Each role's flow is a list of steps (one user action each: open the home
// page, search postings, open a file, propose someone, hire, claim, review, pay, …); a step is
// one or more API calls as the SPA makes them. To add a step to a flow (e.g. signing the
// placement agreement after the hire), add it to `flows` below: that is the one place.
//
// The harness remembers what the people did (whom a counsellor proposed, which proposals an
// employer invited, which claims wait for review) so that each step acts on a real item and
// never on one another user is acting on at the same time: a refusal or a server error is an
// error of the day, and the target is none.
import { quebecToday } from '../shared/dates';
import { BENCH_PASSWORD } from './generate';
import { cpuMs } from './lib/proc';
import { Recorder } from './lib/stats';
import { Client } from './lib/trpc';
import type { BenchUser } from './mixQueries';
import type { ClaimWork, World } from './world';

type Role = BenchUser['role'];

/** What the virtual users share: the network's memory of work in progress. */
interface DayState {
  world: World;
  /** Postings the counsellors propose to (bench businesses' open postings). */
  postings: World['dayPostings'];
  proposedSeekers: Set<number>;
  /** Per business: proposals made by the counsellors, waiting for the employer. */
  proposed: Map<number, number[]>;
  /** Per business: proposals the employer invited to interview, ready to hire. */
  interviewed: Map<number, number[]>;
  claimable: Map<number, ClaimWork[]>;
  submittedClaims: number[];
  toPay: number[];
  /** Which organisation proposed each proposal (its person's organisation, the other party). */
  proposalOrganisation: Map<number, number>;
  /** Per business: pairings just hired, whose placement agreement awaits the employer. */
  hired: Map<number, number[]>;
  /** Per organisation: pairings just hired, whose placement agreement awaits the organisation. */
  hiredForOrganisation: Map<number, number[]>;
  rand: () => number;
}

interface VirtualUser {
  user: BenchUser;
  client: Client;
  iteration: number;
}

interface Step {
  /** The user action, for the count of actions (calls are timed per procedure). */
  name: string;
  run: (vu: VirtualUser, s: DayState) => Promise<void>;
}

const today = () => quebecToday(new Date());
const pickOf = <T>(s: DayState, xs: readonly T[]): T | undefined =>
  xs[Math.floor(s.rand() * xs.length)];
const queue = <K, V>(m: Map<K, V[]>, k: K) => {
  let q = m.get(k);
  if (!q) {
    q = [];
    m.set(k, q);
  }
  return q;
};
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

// Steps ------------------------------------------------------------------------------------------
const organisationHome: Step = {
  name: 'home',
  run: async ({ client }) => {
    await Promise.all([
      client.query('auth.me'),
      client.query('home.organisation'),
      client.query('notifications.unreadCount'),
    ]);
  },
};
const employerHome: Step = {
  name: 'home',
  run: async ({ client }) => {
    await Promise.all([
      client.query('auth.me'),
      client.query('home.employer'),
      client.query('notifications.unreadCount'),
    ]);
  },
};
const searchPostings: Step = {
  name: 'search postings',
  run: async ({ client }, s) => {
    const input: Record<string, unknown> = {
      limit: 50,
      sort: { by: pickOf(s, ['newest', 'startDate', 'wage'] as const), dir: 'desc' },
    };
    if (s.rand() < 0.6) input.regionCode = pickOf(s, ['06', '03', '16', '13', '05']);
    await client.query('postings.list', input);
  },
};
const ownPostings: Step = {
  name: 'my postings',
  run: async ({ client }) => {
    await client.query('postings.list', { limit: 50, sort: { by: 'newest', dir: 'desc' } });
  },
};
const openAFile: Step = {
  name: 'open a file',
  run: async ({ client }, s) => {
    const page = await client.query<Page<{ id: number }>>('jobSeekers.list', {
      limit: 50,
      sort: { by: pickOf(s, ['newest', 'name', 'updated'] as const), dir: 'desc' },
    });
    const seeker = pickOf(s, page.items);
    if (seeker) await client.query('jobSeekers.get', { jobSeekerId: seeker.id });
  },
};
const matchAndPropose: Step = {
  name: 'match and propose',
  run: async ({ client, user }, s) => {
    const posting = pickOf(s, s.postings);
    if (!posting) return;
    const match = await client.query<{ results: { jobSeekerId: number }[] }>(
      'matching.forPosting',
      {
        postingId: posting.id,
        limit: 20,
      },
    );
    // A counsellor does not propose the same person twice at once.
    const candidate = match.results.find((r) => !s.proposedSeekers.has(r.jobSeekerId));
    if (!candidate) return;
    s.proposedSeekers.add(candidate.jobSeekerId);
    const created = await client.mutate<{ id: number }>('proposals.create', {
      postingId: posting.id,
      jobSeekerId: candidate.jobSeekerId,
      message: 'Je vous propose cette personne (banc d’essai).',
    });
    queue(s.proposed, posting.businessId).push(created.id);
    s.proposalOrganisation.set(created.id, user.organisationId ?? 0);
  },
};
const followUp: Step = {
  name: 'follow-up',
  run: async ({ client }, s) => {
    const page = await client.query<Page<{ id: number }>>('pairings.list', {
      status: 'active',
      limit: 50,
      sort: { by: 'newest', dir: 'desc' },
    });
    const pairing = pickOf(s, page.items);
    if (!pairing) return;
    await client.mutate('pairings.logFollowUp', {
      pairingId: pairing.id,
      on: today(),
      withWhom: pickOf(s, ['person', 'employer', 'both'] as const),
      kind: pickOf(s, ['call', 'visit', 'meeting', 'other'] as const),
      notes: 'Suivi (banc d’essai)',
      nextOn: null,
    });
  },
};
const organisationReport: Step = {
  name: 'report',
  run: async ({ client }, s) => {
    await client.query('reports.phase', { phaseId: s.world.openPhaseId });
  },
};
const answerProposal: Step = {
  name: 'answer a proposal',
  run: async ({ client, user }, s) => {
    await client.query('proposals.list', {
      status: 'proposed',
      limit: 50,
      sort: { by: 'updated', dir: 'desc' },
    });
    const proposalId = queue(s.proposed, user.businessId ?? 0).shift();
    if (proposalId === undefined) return;
    await client.mutate('proposals.open', { proposalId });
    await client.mutate('proposals.inviteToInterview', { proposalId });
    queue(s.interviewed, user.businessId ?? 0).push(proposalId);
  },
};
const hire: Step = {
  name: 'hire',
  run: async ({ client, user }, s) => {
    await client.query('proposals.list', {
      status: 'interview',
      limit: 50,
      sort: { by: 'updated', dir: 'desc' },
    });
    const proposalId = queue(s.interviewed, user.businessId ?? 0).shift();
    if (proposalId === undefined) return;
    const terms = {
      proposalId,
      startDate: today(),
      hourlyWageCents: 2_000,
      hoursPerWeek: 35,
      plannedWeeks: 12,
    };
    await client.query('pairings.previewHire', terms);
    const created = await client.mutate<{ pairingId: number }>('pairings.confirmHire', terms);
    queue(s.hired, user.businessId ?? 0).push(created.pairingId);
    const organisationId = s.proposalOrganisation.get(proposalId);
    s.proposalOrganisation.delete(proposalId);
    if (organisationId) queue(s.hiredForOrganisation, organisationId).push(created.pairingId);
  },
};
/**
 * One party accepts the placement agreement of a pairing just hired, as the agreement page does:
 * it reads the agreement (the PDF's fingerprint the signer is shown), then accepts that version.
 * The employer takes its business's hires, a counsellor or manager their organisation's.
 */
const signAgreement: Step = {
  name: 'sign the agreement',
  run: async ({ client, user }, s) => {
    const pairingId =
      user.role === 'employer'
        ? queue(s.hired, user.businessId ?? 0).shift()
        : queue(s.hiredForOrganisation, user.organisationId ?? 0).shift();
    if (pairingId === undefined) return;
    const agreement = await client.query<{
      current: { versionId: number; documentSha256: string } | null;
    }>('agreements.get', { pairingId, locale: 'fr-CA' });
    if (!agreement.current) throw new Error(`pairing ${pairingId} has no agreement`);
    await client.mutate('agreements.sign', {
      pairingId,
      versionId: agreement.current.versionId,
      locale: 'fr-CA',
      documentSha256: agreement.current.documentSha256,
    });
  },
};
const claim: Step = {
  name: 'claim',
  run: async ({ client, user }, s) => {
    await client.query('pairings.list', {
      phaseId: s.world.openPhaseId,
      limit: 50,
      sort: { by: 'newest', dir: 'desc' },
    });
    const work = queue(s.claimable, user.businessId ?? 0).shift();
    if (!work) return;
    await client.query('pairings.get', { pairingId: work.pairingId });
    const { businessId: _b, ...input } = work;
    await client.query('money.previewClaim', input);
    const created = await client.mutate<{ id: number }>('money.submitClaim', input);
    s.submittedClaims.push(created.id);
  },
};
const payments: Step = {
  name: 'payments',
  run: async ({ client }) => {
    await client.query('money.claims', { limit: 50, sort: { by: 'newest', dir: 'desc' } });
  },
};
const dashboard: Step = {
  name: 'report',
  run: async ({ client }, s) => {
    await client.query('reports.phase', { phaseId: s.world.openPhaseId });
  },
};
const review: Step = {
  name: 'review',
  run: async ({ client }, s) => {
    await client.query('money.reviewQueue');
    const id = s.submittedClaims.shift();
    if (id === undefined) return;
    const reviewed = await client.mutate<{ ledgerEntryId: number | null }>('money.reviewClaim', {
      id,
      action: 'approve',
    });
    if (reviewed.ledgerEntryId) s.toPay.push(reviewed.ledgerEntryId);
  },
};
const pay: Step = {
  name: 'pay',
  run: async ({ client }, s) => {
    const ledgerEntryId = s.toPay.shift();
    if (ledgerEntryId === undefined) return;
    await client.mutate('money.markPaid', {
      ledgerEntryId,
      paidOn: today(),
      reference: `VIR-BENCH-${ledgerEntryId}`,
    });
  },
};
const allPairings: Step = {
  name: 'pairings',
  run: async ({ client }, s) => {
    await client.query('pairings.list', {
      status: pickOf(s, ['active', 'completed'] as const),
      limit: 50,
      sort: { by: 'newest', dir: 'desc' },
    });
  },
};

/**
 * Each role's flow, in order; a virtual user runs it again and again. Signing the placement
 * agreement is a step of its own right after `hire` for the employer, and in the flows of the
 * organisation's people (a counsellor or the manager signs for the organisation): both must
 * accept before any claim. The day's claims are on pairings of the data set, signed there.
 */
export const flows: Record<Role, Step[]> = {
  counsellor: [
    organisationHome,
    searchPostings,
    openAFile,
    matchAndPropose,
    signAgreement,
    followUp,
  ],
  org_admin: [
    organisationHome,
    openAFile,
    matchAndPropose,
    signAgreement,
    organisationReport,
    allPairings,
  ],
  employer: [employerHome, ownPostings, answerProposal, hire, signAgreement, claim, payments],
  coordinator: [dashboard, review, pay, allPairings],
};

/** How many virtual users of each role among n: the network's proportions. */
export function roleMix(n: number): Record<Role, number> {
  const coordinator = Math.max(1, Math.round(n * 0.05));
  const orgAdmin = Math.max(1, Math.round(n * 0.1));
  const employer = Math.max(1, Math.round(n * 0.25));
  return {
    coordinator,
    org_admin: orgAdmin,
    employer,
    counsellor: Math.max(1, n - coordinator - orgAdmin - employer),
  };
}

/** A new state for one day (the claimable work is consumed: each day gets its own share). */
export function dayState(world: World, claims: ClaimWork[], seed: number): DayState {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const claimable = new Map<number, ClaimWork[]>();
  for (const c of claims) queue(claimable, c.businessId).push(c);
  return {
    world,
    postings: world.dayPostings,
    proposedSeekers: new Set(),
    proposed: new Map(),
    interviewed: new Map(),
    claimable,
    submittedClaims: [],
    toPay: [],
    proposalOrganisation: new Map(),
    hired: new Map(),
    hiredForOrganisation: new Map(),
    rand,
  };
}

export interface DayResult {
  users: number;
  seconds: number;
  actions: number;
  actionsPerS: number;
  callsPerS: number;
  serverCpuMsPerAction: number;
  /** Errors answered by the server (any status but 200); the rest are transport failures. */
  httpErrors: number;
  errors: number;
  p99MaxMs: number;
  procedures: ReturnType<Recorder['table']>;
  firstErrors: string[];
  actionCounts: Record<string, number>;
}

/**
 * Runs `n` virtual users for `seconds` (after each signed in, staggered over `rampMs`). Users
 * sign out and in again every `relogEvery` rounds of their flow (a new working session).
 */
export async function runDay(opts: {
  base: string;
  users: BenchUser[];
  n: number;
  seconds: number;
  state: DayState;
  rampMs: number;
  relogEvery?: number;
  /** The server's process, to read its CPU time per user action. */
  pid?: number;
}): Promise<DayResult> {
  const recorder = new Recorder();
  const mix = roleMix(opts.n);
  // Business 1 belongs to the confirm-hire benchmark and the background writer.
  const accounts: Record<Role, BenchUser[]> = {
    counsellor: opts.users.filter((u) => u.role === 'counsellor'),
    org_admin: opts.users.filter((u) => u.role === 'org_admin'),
    employer: opts.users.filter((u) => u.role === 'employer' && u.businessId !== 1),
    coordinator: opts.users.filter((u) => u.role === 'coordinator'),
  };
  const vus: VirtualUser[] = [];
  for (const role of Object.keys(mix) as Role[]) {
    const pool =
      accounts[role].length > 0 ? accounts[role] : opts.users.filter((u) => u.role === role);
    for (let i = 0; i < mix[role]; i++) {
      const user = pool[i % pool.length];
      // Each person from their own address (a network of offices and homes, not one machine).
      const n = vus.length + 1;
      const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      if (user) vus.push({ user, client: new Client(opts.base, recorder, ip), iteration: 0 });
    }
  }
  // Sign in, staggered (people do not all sign in at the same millisecond).
  // A sign-in refused or lost before the window is an error of the day (counted below).
  let signInErrors = 0;
  await Promise.all(
    vus.map(async (vu, i) => {
      await new Promise((r) => setTimeout(r, (opts.rampMs * i) / vus.length));
      try {
        await vu.client.login(vu.user.email, BENCH_PASSWORD);
      } catch {
        signInErrors++;
      }
    }),
  );
  // A sign-in the server refused (a throttle, say) stays an error the server answered.
  const signInHttpErrors = recorder.httpErrors;
  recorder.samples.clear();
  recorder.errors.clear();
  recorder.httpErrors = 0;
  const actionCounts: Record<string, number> = {};
  let actions = 0;
  const relogEvery = opts.relogEvery ?? 20;
  const started = performance.now();
  const cpu0 = cpuMs(opts.pid);
  const deadline = started + opts.seconds * 1_000;
  await Promise.all(
    vus
      .filter((vu) => vu.client.cookie)
      .map(async (vu) => {
        const flow = flows[vu.user.role];
        while (performance.now() < deadline) {
          for (const step of flow) {
            if (performance.now() >= deadline) break;
            try {
              await step.run(vu, opts.state);
              actions++;
              actionCounts[step.name] = (actionCounts[step.name] ?? 0) + 1;
            } catch {
              // counted by the recorder under the procedure that failed
            }
          }
          vu.iteration++;
          if (vu.iteration % relogEvery === 0 && performance.now() < deadline) {
            try {
              await vu.client.mutate('auth.logout');
              await vu.client.login(vu.user.email, BENCH_PASSWORD);
              actions++;
              actionCounts['sign in'] = (actionCounts['sign in'] ?? 0) + 1;
            } catch {
              // counted by the recorder
            }
          }
        }
      }),
  );
  const seconds = (performance.now() - started) / 1_000;
  const serverCpuMsPerAction =
    Math.round(((cpuMs(opts.pid) - cpu0) / Math.max(1, actions)) * 100) / 100;
  const procedures = recorder.table();
  const p99MaxMs = Math.max(0, ...Object.values(procedures).map((p) => p.p99_ms));
  return {
    users: vus.length,
    seconds: Math.round(seconds * 10) / 10,
    actions,
    actionsPerS: Math.round((actions / seconds) * 10) / 10,
    callsPerS: Math.round((recorder.totalSamples / seconds) * 10) / 10,
    serverCpuMsPerAction,
    errors: recorder.totalErrors + signInErrors,
    httpErrors: recorder.httpErrors + signInHttpErrors,
    p99MaxMs,
    procedures,
    firstErrors: recorder.firstErrors,
    actionCounts,
  };
}
