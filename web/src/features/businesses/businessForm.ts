// The business forms as typed: the profile's region and size chosen in lists ('' until chosen,
// '' size = unknown), checked by the procedures' own schemas; registering a business may invite
// its contact at once, the invitation's name and email being the contact's fields.
import { z } from 'zod';
import { emailSchema, personNameSchema } from '../../../../shared/auth/schemas';
import { businessProfileFields } from '../../../../shared/business/schemas';
import { locales } from '../../../../shared/locale';

export const businessProfileForm = businessProfileFields.extend({
  regionCode: z.string().pipe(businessProfileFields.shape.regionCode),
  size: z
    .string()
    .transform((s) => (s === '' ? null : s))
    .pipe(businessProfileFields.shape.size.unwrap()),
});

export type BusinessProfileValues = z.input<typeof businessProfileForm>;

/** The invitation's fields are the contact's: when inviting, they are the invitation's rules. */
const invitedAs = [
  ['contactName', personNameSchema],
  ['contactEmail', emailSchema],
] as const;

export const newBusinessForm = businessProfileForm
  .extend({ invite: z.boolean(), inviteLocale: z.enum(locales) })
  .superRefine(
    (v, ctx) => {
      if (!v.invite) return;
      for (const [field, schema] of invitedAs) {
        const r = schema.safeParse(v[field]);
        for (const issue of r.error?.issues ?? []) {
          ctx.addIssue({ ...issue, path: [field, ...issue.path] } as Parameters<
            typeof ctx.addIssue
          >[0]);
        }
      }
    },
    // Said with the other fields' errors, not only once they are all right.
    { when: () => true },
  )
  .transform(({ invite, inviteLocale, ...profile }) => ({
    ...profile,
    invite: invite
      ? { name: profile.contactName, email: profile.contactEmail, locale: inviteLocale }
      : undefined,
  }));

/** An invitation's field errors from the server land on the contact's fields. */
export const inviteFieldNames = { 'invite.name': 'contactName', 'invite.email': 'contactEmail' };
