// system.*: public facts about this installation, and program-wide privacy settings.
import { privacySettingsInput } from '../../../shared/jobSeekers/schemas';
import { privacySettings, updatePrivacySettings } from '../../features/jobSeekers/retention';
import { demoInfo } from '../../features/system/demoInfo';
import { publicProcedure, roleProcedure, router } from '../init';

export const systemRouter = router({
  demo: publicProcedure.query(({ ctx }) => demoInfo(ctx.deps)),
  /** Whether this installation sends email (the forgot-password page says so when not). */
  email: publicProcedure.query(({ ctx }) => ({ enabled: ctx.deps.mailer.enabled })),
  /** The privacy officer shown on the public privacy page. */
  privacy: publicProcedure.query(({ ctx }) => {
    const s = privacySettings(ctx.deps.db);
    return {
      officerName: s.privacyOfficerName,
      officerTitle: s.privacyOfficerTitle,
      officerEmail: s.privacyOfficerEmail,
      officerPhone: s.privacyOfficerPhone,
      retentionYears: s.retentionYears,
    };
  }),
  privacySettings: roleProcedure('coordinator').query(({ ctx }) => privacySettings(ctx.deps.db)),
  updatePrivacySettings: roleProcedure('coordinator')
    .input(privacySettingsInput)
    .mutation(({ ctx, input }) => {
      updatePrivacySettings(ctx.deps, ctx.actor, input, ctx.req);
      return { ok: true as const };
    }),
});
