// English (Canada) catalogue: complete; its shape must match the French one (checked by tsc).

import type { Catalog } from './catalogue';
import { coordinatorEn } from './en/coordinator';
import { dashboardEn } from './en/dashboard';
import { employerEn } from './en/employer';
import { growthEn } from './en/growth';
import { listsEn } from './en/lists';
import { messagesEn } from './en/messages';
import { notificationsEn } from './en/notifications';
import { organisationEn } from './en/organisation';
import { paperworkEn } from './en/paperwork';
import { privacyEn } from './en/privacy';
import { securityEn } from './en/security';

export const enCA: Catalog = {
  app: {
    name: 'Passerelle',
    /** The catalogue's own locale, for formatting inside messages. */
    locale: 'en-CA',
    tagline: 'FIT program — Training – Integration – Work',
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
    notFound: 'Page not found',
    notFoundText: 'This page does not exist or has moved.',
    backHome: 'Back to home',
  },
  nav: {
    main: 'Main navigation',
    menu: 'Menu',
    home: 'Home',
    accounts: 'Accounts',
    team: 'Team',
    account: 'My account',
    logout: 'Log out',
    switchLanguage: 'Français',
    switchLanguageLabel: 'Passer au français',
    signedInAs: 'Signed in: {{name}} ({{role}})',
  },
  roles: {
    coordinator: 'Program coordinator',
    org_admin: 'Organisation manager',
    counsellor: 'Employment counsellor',
    employer: 'Employer',
  },
  status: {
    invited: 'Invitation sent',
    active: 'Active',
    disabled: 'Disabled',
  },
  clientGroups: {
    women: 'Women',
    youth: 'Youth',
    age_45_plus: 'People aged 45 and over',
    immigrants: 'Immigrants',
    criminal_record: 'People with a criminal record',
    disability: 'People with disabilities',
    indigenous: 'Indigenous people',
    long_term_unemployed: 'People far from the labour market',
  },
  coordinator: coordinatorEn,
  employer: employerEn,
  organisation: organisationEn,
  // As in French: the login page's two links, then their sections.
  privacy: { link: 'Privacy', ...privacyEn },
  security: securityEn,
  notifications: notificationsEn,
  dashboard: dashboardEn,
  lists: listsEn,
  paperwork: paperworkEn,
  growth: {
    ...growthEn,
    recruit: { loginLink: 'Are you an employer? Recruit with FIT', ...growthEn.recruit },
  },
  noc: {
    hint: 'Type a code or words (e.g. cashier, 65100), then choose from the list.',
    add: 'Add an occupation',
    remove: 'Remove',
  },
  form: {
    skillsHint: 'Separate them with commas (e.g. customer service, forklift).',
    required: 'required',
    errorSummary: 'Please correct the fields marked below.',
    saving: 'Saving…',
    saved: 'Changes saved.',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    passwordHint: 'At least {{min}} characters. An easy-to-remember passphrase is ideal.',
  },
  login: {
    title: 'Log in',
    intro: 'Log in to use Passerelle.',
    email: 'Email address',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in…',
    forgot: 'Forgot your password?',
    demoTitle: 'Demo accounts',
    demoPassword: 'Password for every account: {{password}}',
    signedOut: 'You are logged out.',
  },
  forgot: {
    title: 'Forgot your password',
    intro: 'Enter your email address: we will send you a link to choose a new password.',
    submit: 'Send the link',
    sent: 'If an account exists for this address, an email was just sent. The link is valid for 60 minutes.',
    backToLogin: 'Back to log in',
    emailOff:
      'Email is off on this installation: ask the program coordination for a password reset link.',
  },
  reset: {
    title: 'New password',
    password: 'New password',
    submit: 'Save the password',
    missingToken: 'This link is incomplete. Ask for a new reset link.',
    requestNew: 'Ask for a new link',
  },
  invitation: {
    title: 'Accept your invitation',
    intro: 'You are invited to Passerelle as: {{role}}.',
    affiliation: 'Organisation: {{name}}',
    email: 'Email address',
    name: 'Your name',
    password: 'Choose a password',
    submit: 'Accept and log in',
    missingToken:
      'This invitation link is incomplete. Ask the person who invited you to send it again.',
  },
  account: {
    title: 'My account',
    profile: 'Profile',
    name: 'Name',
    email: 'Email address',
    role: 'Role',
    language: 'Language',
    saveProfile: 'Save',
    passwordSection: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    changePassword: 'Change password',
    passwordChanged: 'Password changed. Your other devices were logged out.',
    sessions: 'Sessions',
    sessionsIntro: 'Forgot to log out on another device? Close all your sessions.',
    logoutEverywhere: 'Log out everywhere',
  },
  languages: {
    'fr-CA': 'Français',
    'en-CA': 'English',
  },
  home: {
    coordinator: {
      title: 'Program coordination',
      organisations: 'Member organisations',
      businesses: 'Businesses',
      manageAccounts: 'Manage accounts and invitations',
      organisationsCount_one: '{{count}} member organisation',
      organisationsCount_many: '{{count}} member organisations',
      organisationsCount_other: '{{count}} member organisations',
    },
    org_admin: {
      title: 'Management — {{organisation}}',
      manageTeam: 'Manage the team and invite counsellors',
    },
    counsellor: {
      title: 'Hello {{name}}',
    },
    employer: {
      title: '{{business}}',
      colleagues: 'People of your business with access',
    },
    organisationCard: 'Your organisation',
    businessCard: 'Your business',
    region: 'Region',
    city: 'City',
    neq: 'NEQ',
    clientGroups: 'Client groups served',
    teamSize_one: '{{count}} account in your organisation',
    teamSize_many: '{{count}} accounts in your organisation',
    teamSize_other: '{{count}} accounts in your organisation',
  },
  table: {
    name: 'Name',
    email: 'Email',
    role: 'Role',
    status: 'Status',
    affiliation: 'Organisation or business',
    region: 'Region',
    city: 'City',
    neq: 'NEQ',
    actions: 'Actions',
    empty: 'Nothing here.',
  },
  oneTimeLink: {
    label: 'Single-use link',
    copy: 'Copy the link',
    copied: 'Link copied',
    once: 'This link will not be shown again: copy it now. It works once.',
  },
  accounts: {
    title: 'Accounts',
    teamTitle: 'Team',
    inviteTitle: 'Invite someone',
    inviteIntro: 'They will receive an email with a link, valid 7 days, to choose their password.',
    email: 'Email address',
    name: 'Full name',
    role: 'Role',
    organisation: 'Member organisation',
    business: 'Business',
    language: 'Language of emails',
    choose: '— Choose —',
    submit: 'Send the invitation',
    sent: 'Invitation sent to {{email}}.',
    makeAdmin: 'Make manager',
    makeCounsellor: 'Make counsellor',
    roleChanged: 'Role changed.',
    linkShown:
      'Email is off on this installation: pass this invitation link on to {{email}} yourself (valid 7 days, once).',
    resetLink: 'Password reset link',
    resetLinkShown:
      'Email is off on this installation: pass this password reset link on to {{name}} yourself (valid {{minutes}} minutes, once).',
    resetLinkSent: 'A password reset link was emailed to {{name}}.',
  },
  ...messagesEn,
};
