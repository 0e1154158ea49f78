// The public privacy notice (Law 25), in plain language. (English)
import type { privacyFr } from '../privacy';
import type { Widen } from '../widen';

export const privacyEn: Widen<typeof privacyFr> = {
  accessLog: {
    nav: 'Access log',
    title: 'Log of file access',
    intro: 'Who read or exported which file of your organisation, and when.',
    person: 'File number',
    user: 'Team member',
    everyone: 'Whole team',
    from: 'From',
    to: 'To',
    filter: 'Filter',
    when: 'When',
    who: 'Who',
    file: 'File',
    action: 'Action',
    actions: {
      view: 'Read',
      export: 'Export',
      proof: { download: 'Proof of pay downloaded', download_refused: 'Proof download refused' },
      agreement: { download: 'Agreement downloaded' },
    },
    empty: 'No access for these criteria.',
    more: 'Show more',
  },
  fileActions: {
    title: 'Personal information',
    export: 'Export all data (JSON and CSV)',
    exported: 'Data exported: two files were downloaded.',
    close: 'Close the file',
    closeConfirm:
      'Close this file? Waiting proposals will be withdrawn. The information will be anonymised at the end of the retention period.',
    closed: 'File closed.',
    anonymise: 'Anonymise now, at the person’s request',
    anonymiseConfirm:
      'Anonymise this file? Name, contact details, birth date and texts will be erased for good. Amounts and dates remain.',
    anonymised: 'File anonymised.',
    confirm: 'Confirm',
    cancel: 'Cancel',
  },
  settings: {
    nav: 'Privacy',
    title: 'Privacy and retention',
    retentionYears:
      'Retention of personal information (years after the last pairing ended or the file closed)',
    officerName: 'Name of the person responsible',
    officerTitle: 'Title (in French)',
    officerTitleEn: 'Title (in English)',
    officerEmail: 'Email',
    officerPhone: 'Phone',
    save: 'Save',
    saved: 'Settings saved.',
    publicPage: 'See the public page',
  },
  title: 'Protection of personal information',
  intro:
    'Passerelle runs the FIT program: employment organisations use it to accompany people toward a subsidised job. Here is, in plain words, what we do with your information.',
  sections: {
    what: {
      title: 'What we collect',
      body: 'Your name, contact details, region, the jobs you are looking for, your skills and availability. Your organisation may also note the client groups it serves (for example: youth, immigrants) and internal notes.',
    },
    why: {
      title: 'Why',
      body: 'To accompany you, to propose you to employers if you agree, and to manage the program’s subsidies. We sell nothing and show no advertising.',
    },
    who: {
      title: 'Who sees what',
      body: 'Only your organisation sees your whole file. An employer sees only your first name, the initial of your last name, your presentation, skills and availability — and your contact details only if they invite you to an interview and you agreed. The program coordination sees pairings, never a person’s internal notes or client groups (only totals). Every time a file is read, it is written in a log.',
    },
    consent: {
      title: 'Your consents',
      body: 'You agree separately to take part, to be proposed to employers and to share your contact details. You can withdraw a consent at any time through your counsellor: it takes effect at once.',
    },
    rights: {
      title: 'Your rights',
      body: 'You can get a copy of everything we hold about you, have information corrected, close your file or ask for it to be anonymised. Contact your organisation or the person responsible below.',
    },
    retention: {
      title: 'For how long',
      body_one:
        'Personal information in a closed file is anonymised {{count}} year after the last pairing ended or the file closed. Amounts paid remain, without your name, to account for public money.',
      body_many:
        'Personal information in a closed file is anonymised {{count}} years after the last pairing ended or the file closed. Amounts paid remain, without your name, to account for public money.',
      body_other:
        'Personal information in a closed file is anonymised {{count}} years after the last pairing ended or the file closed. Amounts paid remain, without your name, to account for public money.',
    },
  },
  officer: {
    title: 'Person responsible for the protection of personal information',
    notSet: 'The program coordination has not named this person yet. Write to your organisation.',
    email: 'Email',
    phone: 'Phone',
  },
};
