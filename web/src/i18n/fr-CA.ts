// Catalogue français (Canada): la langue par défaut. Chaque chaîne de l'interface est ici
// ou dans une section importée (une par groupe d'écrans).

import type { ClientGroup } from '../../../shared/clientGroups';
import type { Role } from '../../../shared/roles';
import { coordinatorFr } from './coordinator';
import { dashboardFr } from './dashboard';
import { employerFr } from './employer';
import { growthFr } from './growth';
import { listsFr } from './lists';
import { messagesFr } from './messages';
import { notificationsFr } from './notifications';
import { organisationFr } from './organisation';
import { privacyFr } from './privacy';
import { securityFr } from './security';
import type { Widen } from './widen';
export const frCA = {
  app: {
    name: 'Passerelle',
    /** The catalogue's own locale, for formatting inside messages. */
    locale: 'fr-CA',
    tagline: 'Programme FIT — Formation – Intégration – Travail',
    skipToContent: 'Aller au contenu principal',
    loading: 'Chargement…',
    notFound: 'Page introuvable',
    notFoundText: 'Cette page n’existe pas ou a été déplacée.',
    backHome: 'Retour à l’accueil',
  },
  nav: {
    main: 'Navigation principale',
    menu: 'Menu',
    home: 'Accueil',
    accounts: 'Comptes',
    team: 'Équipe',
    account: 'Mon compte',
    logout: 'Se déconnecter',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    signedInAs: 'Connecté·e : {{name}} ({{role}})',
  },
  roles: {
    coordinator: 'Coordination du projet',
    org_admin: 'Direction d’organisme',
    counsellor: 'Conseiller·ère en emploi',
    employer: 'Employeur·e',
  } satisfies Record<Role, string>,
  status: {
    invited: 'Invitation envoyée',
    active: 'Actif',
    disabled: 'Désactivé',
  },
  clientGroups: {
    women: 'Femmes',
    youth: 'Jeunes',
    age_45_plus: 'Personnes de 45 ans et plus',
    immigrants: 'Personnes immigrantes',
    criminal_record: 'Personnes judiciarisées',
    disability: 'Personnes handicapées',
    indigenous: 'Personnes autochtones',
    long_term_unemployed: 'Personnes éloignées du marché du travail',
  } satisfies Record<ClientGroup, string>,
  coordinator: coordinatorFr,
  employer: employerFr,
  organisation: organisationFr,
  privacy: privacyFr,
  security: securityFr,
  notifications: notificationsFr,
  dashboard: dashboardFr,
  lists: listsFr,
  growth: growthFr,
  noc: {
    hint: 'Tapez un code ou des mots (ex. : caissier, 65100), puis choisissez dans la liste.',
    add: 'Ajouter une profession',
    remove: 'Retirer',
  },
  form: {
    skillsHint: 'Séparez-les par des virgules (ex. : service à la clientèle, chariot élévateur).',
    required: 'obligatoire',
    errorSummary: 'Veuillez corriger les champs signalés.',
    saving: 'Enregistrement…',
    saved: 'Modifications enregistrées.',
    showPassword: 'Afficher le mot de passe',
    hidePassword: 'Masquer le mot de passe',
    passwordHint: 'Au moins {{min}} caractères. Une phrase de passe facile à retenir est idéale.',
  },
  login: {
    title: 'Connexion',
    intro: 'Connectez-vous pour accéder à Passerelle.',
    email: 'Adresse courriel',
    password: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion…',
    forgot: 'Mot de passe oublié?',
    demoTitle: 'Comptes de démonstration',
    demoPassword: 'Mot de passe de tous les comptes : {{password}}',
    signedOut: 'Vous êtes déconnecté·e.',
  },
  forgot: {
    title: 'Mot de passe oublié',
    intro:
      'Indiquez votre adresse courriel : nous vous enverrons un lien pour choisir un nouveau mot de passe.',
    submit: 'Envoyer le lien',
    sent: 'Si un compte existe pour cette adresse, un courriel vient d’être envoyé. Le lien est valide 60 minutes.',
    backToLogin: 'Retour à la connexion',
    emailOff:
      'L’envoi de courriels est désactivé sur cette installation : demandez un lien de réinitialisation à la coordination du programme.',
  },
  reset: {
    title: 'Nouveau mot de passe',
    password: 'Nouveau mot de passe',
    submit: 'Enregistrer le mot de passe',
    missingToken: 'Ce lien est incomplet. Demandez un nouveau lien de réinitialisation.',
    requestNew: 'Demander un nouveau lien',
  },
  invitation: {
    title: 'Accepter votre invitation',
    intro: 'Vous êtes invité·e à Passerelle à titre de : {{role}}.',
    affiliation: 'Organisation : {{name}}',
    email: 'Adresse courriel',
    name: 'Votre nom',
    password: 'Choisissez un mot de passe',
    submit: 'Accepter et me connecter',
    missingToken:
      'Ce lien d’invitation est incomplet. Demandez à la personne qui vous a invité·e de le renvoyer.',
  },
  account: {
    title: 'Mon compte',
    profile: 'Profil',
    name: 'Nom',
    email: 'Adresse courriel',
    role: 'Rôle',
    language: 'Langue',
    saveProfile: 'Enregistrer',
    passwordSection: 'Changer le mot de passe',
    currentPassword: 'Mot de passe actuel',
    newPassword: 'Nouveau mot de passe',
    changePassword: 'Changer le mot de passe',
    passwordChanged: 'Mot de passe changé. Vos autres appareils ont été déconnectés.',
    sessions: 'Sessions',
    sessionsIntro:
      'Vous avez oublié de vous déconnecter sur un autre appareil? Fermez toutes vos sessions.',
    logoutEverywhere: 'Me déconnecter partout',
  },
  languages: {
    'fr-CA': 'Français',
    'en-CA': 'English',
  },
  home: {
    coordinator: {
      title: 'Coordination du projet',
      organisations: 'Organismes membres',
      businesses: 'Entreprises',
      manageAccounts: 'Gérer les comptes et les invitations',
      organisationsCount_one: '{{count}} organisme membre',
      organisationsCount_many: '{{count}} organismes membres',
      organisationsCount_other: '{{count}} organismes membres',
    },
    org_admin: {
      title: 'Direction — {{organisation}}',
      manageTeam: 'Gérer l’équipe et inviter des conseillers·ères',
    },
    counsellor: {
      title: 'Bonjour {{name}}',
    },
    employer: {
      title: '{{business}}',
      colleagues: 'Personnes de votre entreprise ayant accès',
    },
    organisationCard: 'Votre organisme',
    businessCard: 'Votre entreprise',
    region: 'Région',
    city: 'Ville',
    neq: 'NEQ',
    clientGroups: 'Clientèles desservies',
    teamSize_one: '{{count}} compte dans votre organisme',
    teamSize_many: '{{count}} comptes dans votre organisme',
    teamSize_other: '{{count}} comptes dans votre organisme',
  },
  table: {
    name: 'Nom',
    email: 'Courriel',
    role: 'Rôle',
    status: 'Statut',
    affiliation: 'Organisme ou entreprise',
    region: 'Région',
    city: 'Ville',
    neq: 'NEQ',
    actions: 'Actions',
    empty: 'Aucun élément.',
  },
  oneTimeLink: {
    label: 'Lien à usage unique',
    copy: 'Copier le lien',
    copied: 'Lien copié',
    once: 'Ce lien ne sera plus affiché : copiez-le maintenant. Il ne fonctionne qu’une fois.',
  },
  accounts: {
    title: 'Comptes',
    teamTitle: 'Équipe',
    inviteTitle: 'Inviter une personne',
    inviteIntro:
      'La personne recevra un courriel avec un lien valide 7 jours pour choisir son mot de passe.',
    email: 'Adresse courriel',
    name: 'Nom complet',
    role: 'Rôle',
    organisation: 'Organisme membre',
    business: 'Entreprise',
    language: 'Langue des courriels',
    choose: '— Choisir —',
    submit: 'Envoyer l’invitation',
    sent: 'Invitation envoyée à {{email}}.',
    makeAdmin: 'Nommer à la direction',
    makeCounsellor: 'Passer conseiller·ère',
    roleChanged: 'Rôle modifié.',
    linkShown:
      'Le courriel est désactivé sur cette installation : transmettez vous-même ce lien d’invitation à {{email}} (valide 7 jours, une seule fois).',
    resetLink: 'Lien de réinitialisation',
    resetLinkShown:
      'Le courriel est désactivé sur cette installation : transmettez vous-même ce lien de réinitialisation à {{name}} (valide {{minutes}} minutes, une seule fois).',
    resetLinkSent: 'Un lien de réinitialisation a été envoyé par courriel à {{name}}.',
  },
  ...messagesFr,
};

export type Catalog = Widen<typeof frCA>;
