// jobSeekers.*: files of the organisation's job seekers, and their consents.
import {
  accessLogInput,
  createJobSeekerInput,
  giveConsentInput,
  jobSeekerIdInput,
  listJobSeekersInput,
  updateJobSeekerInput,
  withdrawConsentInput,
} from '../../../shared/jobSeekers/schemas';
import { giveConsent, withdrawConsent } from '../../features/jobSeekers/consents';
import { exportPersonData, searchAccessLog } from '../../features/jobSeekers/privacy';
import { getJobSeeker, listJobSeekers } from '../../features/jobSeekers/readJobSeekers';
import { anonymiseOnRequest, closeFile } from '../../features/jobSeekers/retention';
import { registerJobSeeker, updateJobSeeker } from '../../features/jobSeekers/saveJobSeeker';
import { roleProcedure, router } from '../init';

const organisationProcedure = roleProcedure('org_admin', 'counsellor');

export const jobSeekersRouter = router({
  list: organisationProcedure
    .input(listJobSeekersInput)
    .query(({ ctx, input }) => listJobSeekers(ctx.deps, ctx.actor, input)),
  // A mutation-free read, but it writes the access log: reading a file is an event (Law 25).
  get: organisationProcedure
    .input(jobSeekerIdInput)
    .query(({ ctx, input }) => getJobSeeker(ctx.deps, ctx.actor, input.jobSeekerId)),
  create: organisationProcedure
    .input(createJobSeekerInput)
    .mutation(({ ctx, input }) => registerJobSeeker(ctx.deps, ctx.actor, input, ctx.req)),
  update: organisationProcedure.input(updateJobSeekerInput).mutation(({ ctx, input }) => {
    updateJobSeeker(ctx.deps, ctx.actor, input, ctx.req);
    return { ok: true as const };
  }),
  giveConsent: organisationProcedure.input(giveConsentInput).mutation(({ ctx, input }) => {
    giveConsent(ctx.deps, ctx.actor, input, ctx.req);
    return { ok: true as const };
  }),
  // Exporting is logged, hence a mutation.
  exportData: organisationProcedure
    .input(jobSeekerIdInput)
    .mutation(({ ctx, input }) =>
      exportPersonData(ctx.deps, ctx.actor, input.jobSeekerId, ctx.req),
    ),
  close: organisationProcedure.input(jobSeekerIdInput).mutation(({ ctx, input }) => {
    closeFile(ctx.deps, ctx.actor, input.jobSeekerId, ctx.req);
    return { ok: true as const };
  }),
  anonymise: organisationProcedure.input(jobSeekerIdInput).mutation(({ ctx, input }) => {
    anonymiseOnRequest(ctx.deps, ctx.actor, input.jobSeekerId, ctx.req);
    return { ok: true as const };
  }),
  accessLog: roleProcedure('org_admin')
    .input(accessLogInput)
    .query(({ ctx, input }) => searchAccessLog(ctx.deps, ctx.actor, input)),
  withdrawConsent: organisationProcedure.input(withdrawConsentInput).mutation(({ ctx, input }) => {
    withdrawConsent(ctx.deps, ctx.actor, input, ctx.req);
    return { ok: true as const };
  }),
});
