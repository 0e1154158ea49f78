// The job seeker's file as the counsellor types it: the procedure's schema (jobSeekerFields) with
// the hours typed as text and the birth date optional, plus the consents given at registration;
// the defaults of a new file and an existing file's values.
import type { Control } from 'react-hook-form';
import { z } from 'zod';
import { createJobSeekerInput, jobSeekerFields } from '../../../../shared/jobSeekers/schemas';
import { optionalDateText, wholeNumberText } from '../../lib/formSchemas';
import type { Me } from '../../lib/session';
import type { RouterOutputs } from '../../lib/trpc';

export const jobSeekerFormSchema = jobSeekerFields.extend({
  // Empty until chosen (the select starts on « Choisir »).
  regionCode: z.string().pipe(jobSeekerFields.shape.regionCode),
  birthDate: optionalDateText(),
  hoursPerWeek: wholeNumberText(jobSeekerFields.shape.hoursPerWeek),
});

/** Registering: the file and the consents given, on their date. */
export const newJobSeekerFormSchema = jobSeekerFormSchema.extend({
  consents: createJobSeekerInput.shape.consents,
});

/** The form's control, as the sections take it. */
export type FileControl = Control<
  z.input<typeof newJobSeekerFormSchema>,
  unknown,
  z.output<typeof newJobSeekerFormSchema>
>;

export type JobSeekerFormValues = Required<z.input<typeof jobSeekerFormSchema>>;
export type NewJobSeekerFormValues = JobSeekerFormValues & {
  consents: {
    participation: boolean;
    proposal: boolean;
    contactSharing: boolean;
    givenOn: string;
  };
};

export function newJobSeekerValues(me: Me, today: string): NewJobSeekerFormValues {
  return {
    firstName: '',
    lastName: '',
    birthDate: '',
    email: '',
    phone: '',
    regionCode: me.organisation?.regionCode ?? '',
    city: '',
    targetNocCodes: [],
    skills: [],
    hoursPerWeek: '35',
    availableFrom: today,
    languages: ['fr'],
    presentation: '',
    clientGroups: [],
    privateNotes: '',
    consents: { participation: false, proposal: false, contactSharing: false, givenOn: today },
  };
}

export function fileToValues(s: RouterOutputs['jobSeekers']['get']): JobSeekerFormValues {
  return {
    firstName: s.firstName,
    lastName: s.lastName,
    birthDate: s.birthDate ?? '',
    email: s.email,
    phone: s.phone,
    regionCode: s.regionCode,
    city: s.city,
    targetNocCodes: s.targetNocCodes,
    skills: s.skills,
    hoursPerWeek: String(s.hoursPerWeek),
    availableFrom: s.availableFrom,
    languages: s.languages as JobSeekerFormValues['languages'],
    presentation: s.presentation,
    clientGroups: s.clientGroups as JobSeekerFormValues['clientGroups'],
    privateNotes: s.privateNotes,
  };
}
