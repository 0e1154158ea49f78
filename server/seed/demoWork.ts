// Demo work in progress, created through the real use cases: each demo business has postings
// in different states; organisations 1 and 2 have about fifteen job seekers each with varied
// consents, occupations and regions; proposals exist in every state.
import { addDays, quebecToday } from '../../shared/dates';
import { createJobSeekerInput } from '../../shared/jobSeekers/schemas';
import { createPostingInput } from '../../shared/postings/schemas';
import type { Actor, Deps } from '../deps';
import { registerJobSeeker } from '../features/jobSeekers/saveJobSeeker';
import { confirmHire } from '../features/pairings/confirmHire';
import { createPosting } from '../features/postings/savePosting';
import { transitionPosting } from '../features/postings/transitionPosting';
import {
  declineProposal,
  inviteToInterview,
  withdrawProposal,
} from '../features/proposals/answerProposal';
import { proposeCandidate } from '../features/proposals/propose';

const req = { ip: null, userAgent: 'seed' };

interface SeekerSeed {
  first: string;
  last: string;
  born: string;
  region: string;
  nocs: string[];
  skills: string[];
  hours: number;
  fromDays: number;
  languages: string[];
  presentation: string;
  groups: string[];
  /** proposal consent; contact consent */
  consent: 'full' | 'proposal' | 'participation';
}

const org1Seekers: SeekerSeed[] = [
  {
    first: 'Amina',
    last: 'Diallo',
    born: '1994-03-12',
    region: '06',
    nocs: ['65100', '64100'],
    skills: ['service à la clientèle', 'caisse', 'français', 'anglais'],
    hours: 35,
    fromDays: 0,
    languages: ['fr', 'en'],
    presentation:
      "Souriante et ponctuelle, j'ai deux ans d'expérience comme caissière dans une épicerie.",
    groups: ['immigrants', 'women'],
    consent: 'full',
  },
  {
    first: 'Jean-Philippe',
    last: 'Gagné',
    born: '2003-07-01',
    region: '06',
    nocs: ['65201', '65200'],
    skills: ['cuisine', 'plonge', 'hygiène et salubrité'],
    hours: 40,
    fromDays: 3,
    languages: ['fr'],
    presentation:
      'Jeune travaillant, formation en hygiène et salubrité du MAPAQ, disponible soirs et fins de semaine.',
    groups: ['youth'],
    consent: 'full',
  },
  {
    first: 'Rosa',
    last: 'Martínez',
    born: '1979-11-23',
    region: '06',
    nocs: ['65310', '65312'],
    skills: ['entretien ménager', 'produits nettoyants', 'travail autonome'],
    hours: 30,
    fromDays: 7,
    languages: ['es', 'fr'],
    presentation: "Dix ans d'expérience en entretien ménager commercial, minutieuse et fiable.",
    groups: ['immigrants', 'age_45_plus'],
    consent: 'full',
  },
  {
    first: 'Kevin',
    last: 'Tremblay',
    born: '1998-02-14',
    region: '06',
    nocs: ['75101', '75110'],
    skills: ['chariot élévateur', 'manutention', 'inventaire'],
    hours: 40,
    fromDays: 0,
    languages: ['fr', 'en'],
    presentation:
      'Carte de cariste valide, habitué au travail en entrepôt et aux horaires de soir.',
    groups: ['criminal_record'],
    consent: 'full',
  },
  {
    first: 'Fatima',
    last: 'Benali',
    born: '1988-05-30',
    region: '13',
    nocs: ['65100'],
    skills: ['caisse', 'service à la clientèle', 'arabe'],
    hours: 25,
    fromDays: 14,
    languages: ['ar', 'fr'],
    presentation: 'Expérience en commerce de détail au Maroc; cherche un premier emploi au Québec.',
    groups: ['immigrants', 'women'],
    consent: 'proposal',
  },
  {
    first: 'Marc',
    last: 'Lefebvre',
    born: '1969-09-09',
    region: '06',
    nocs: ['75110', '73300'],
    skills: ['construction', 'permis classe 5', 'manutention'],
    hours: 40,
    fromDays: 0,
    languages: ['fr'],
    presentation: 'Ancien manœuvre en construction, en forme et débrouillard.',
    groups: ['age_45_plus', 'long_term_unemployed'],
    consent: 'full',
  },
  {
    first: 'Sarah',
    last: 'Nguyen',
    born: '2001-12-02',
    region: '06',
    nocs: ['14100', '14101'],
    skills: ['Excel', 'accueil', 'saisie de données'],
    hours: 35,
    fromDays: 5,
    languages: ['fr', 'en', 'vi'],
    presentation:
      'Diplômée en bureautique, à l’aise avec la saisie de données et l’accueil téléphonique.',
    groups: ['youth', 'women'],
    consent: 'full',
  },
  {
    first: 'Olivier',
    last: 'Roy',
    born: '1996-04-18',
    region: '16',
    nocs: ['94141', '95106'],
    skills: ['découpe', 'travail en chaîne', 'hygiène et salubrité'],
    hours: 40,
    fromDays: 10,
    languages: ['fr'],
    presentation: 'Expérience en usine de transformation alimentaire, endurant et rapide.',
    groups: ['long_term_unemployed'],
    consent: 'participation',
  },
  {
    first: 'Moussa',
    last: 'Traoré',
    born: '1990-08-08',
    region: '06',
    nocs: ['65201'],
    skills: ['cuisine', 'boulangerie', 'travail d’équipe'],
    hours: 35,
    fromDays: 0,
    languages: ['fr'],
    presentation: 'Aide-boulanger de métier, habitué à commencer tôt le matin.',
    groups: ['immigrants'],
    consent: 'full',
  },
  {
    first: 'Isabelle',
    last: 'Côté',
    born: '1975-01-27',
    region: '06',
    nocs: ['44101', '33102'],
    skills: ['soins', 'écoute', 'RCR'],
    hours: 30,
    fromDays: 0,
    languages: ['fr', 'en'],
    presentation: 'Proche aidante pendant cinq ans, formation RCR à jour, très humaine.',
    groups: ['women', 'age_45_plus'],
    consent: 'full',
  },
  {
    first: 'Dmytro',
    last: 'Kovalenko',
    born: '1985-06-15',
    region: '06',
    nocs: ['95109', '94219'],
    skills: ['assemblage', 'lecture de plans', 'outils électriques'],
    hours: 40,
    fromDays: 21,
    languages: ['uk', 'en'],
    presentation: 'Technicien en assemblage, en francisation; apprend vite.',
    groups: ['immigrants'],
    consent: 'proposal',
  },
  {
    first: 'Léa',
    last: 'Bouchard',
    born: '2005-10-10',
    region: '06',
    nocs: ['65102', '65100'],
    skills: ['étalage', 'service à la clientèle'],
    hours: 20,
    fromDays: 0,
    languages: ['fr'],
    presentation: 'Étudiante disponible à temps partiel, dynamique et à l’aise avec le public.',
    groups: ['youth', 'women'],
    consent: 'full',
  },
  {
    first: 'Youssef',
    last: 'Haddad',
    born: '1992-03-03',
    region: '06',
    nocs: ['75201'],
    skills: ['permis classe 5', 'livraison', 'GPS'],
    hours: 40,
    fromDays: 2,
    languages: ['ar', 'fr', 'en'],
    presentation: 'Livreur expérimenté, dossier de conduite impeccable.',
    groups: ['immigrants'],
    consent: 'full',
  },
  {
    first: 'Nathalie',
    last: 'Pelletier',
    born: '1972-07-07',
    region: '06',
    nocs: ['65310'],
    skills: ['entretien ménager', 'horaire de nuit'],
    hours: 35,
    fromDays: 0,
    languages: ['fr'],
    presentation: 'Disponible de nuit, expérience en entretien d’édifices à bureaux.',
    groups: ['age_45_plus', 'criminal_record'],
    consent: 'full',
  },
  {
    first: 'Samuel',
    last: 'Joseph',
    born: '1999-09-19',
    region: '06',
    nocs: ['75101'],
    skills: ['manutention', 'expédition', 'réception'],
    hours: 40,
    fromDays: 0,
    languages: ['fr', 'ht'],
    presentation: 'Préposé à l’expédition, rigoureux dans le suivi des commandes.',
    groups: ['youth'],
    consent: 'full',
  },
];

const org2Seekers: SeekerSeed[] = [
  {
    first: 'Chantal',
    last: 'Morin',
    born: '1968-02-11',
    region: '05',
    nocs: ['65100', '64100'],
    skills: ['caisse', 'service à la clientèle'],
    hours: 30,
    fromDays: 0,
    languages: ['fr'],
    presentation: 'Vingt ans en commerce de détail, cherche un retour au travail stable.',
    groups: ['age_45_plus', 'long_term_unemployed'],
    consent: 'full',
  },
  {
    first: 'Éric',
    last: 'Gauthier',
    born: '1983-05-05',
    region: '05',
    nocs: ['75110', '75101'],
    skills: ['manutention', 'chariot élévateur'],
    hours: 40,
    fromDays: 0,
    languages: ['fr'],
    presentation: 'Travailleur manuel fiable, disponible tout de suite.',
    groups: ['long_term_unemployed', 'disability'],
    consent: 'full',
  },
  {
    first: 'Mélanie',
    last: 'Fortin',
    born: '1990-12-12',
    region: '05',
    nocs: ['14100'],
    skills: ['accueil', 'Excel'],
    hours: 35,
    fromDays: 7,
    languages: ['fr', 'en'],
    presentation: 'Réceptionniste bilingue, organisée et polie.',
    groups: ['women'],
    consent: 'full',
  },
  {
    first: 'Pierre',
    last: 'Lavoie',
    born: '1965-03-21',
    region: '05',
    nocs: ['65310'],
    skills: ['entretien ménager'],
    hours: 25,
    fromDays: 0,
    languages: ['fr'],
    presentation: 'Concierge d’expérience, travaille bien seul.',
    groups: ['age_45_plus', 'disability'],
    consent: 'proposal',
  },
  {
    first: 'Julie',
    last: 'Bergeron',
    born: '1995-08-25',
    region: '12',
    nocs: ['94219', '95109'],
    skills: ['assemblage', 'contrôle de la qualité'],
    hours: 40,
    fromDays: 14,
    languages: ['fr'],
    presentation: 'Expérience en usine d’assemblage, minutieuse.',
    groups: ['women'],
    consent: 'full',
  },
  {
    first: 'Alexandre',
    last: 'Dubé',
    born: '2002-04-04',
    region: '05',
    nocs: ['65201'],
    skills: ['cuisine', 'plonge'],
    hours: 30,
    fromDays: 0,
    languages: ['fr'],
    presentation: 'Premier emploi recherché en restauration.',
    groups: ['youth'],
    consent: 'participation',
  },
  {
    first: 'Ana',
    last: 'Silva',
    born: '1987-10-30',
    region: '05',
    nocs: ['44101'],
    skills: ['soins', 'portugais'],
    hours: 35,
    fromDays: 0,
    languages: ['pt', 'fr'],
    presentation: 'Préposée aux soins formée au Brésil, très douce avec les aînés.',
    groups: ['immigrants', 'women'],
    consent: 'full',
  },
  {
    first: 'Guillaume',
    last: 'Poirier',
    born: '1979-06-06',
    region: '05',
    nocs: ['75201', '75101'],
    skills: ['permis classe 5', 'livraison'],
    hours: 40,
    fromDays: 0,
    languages: ['fr'],
    presentation: 'Chauffeur-livreur, connaît bien l’Estrie.',
    groups: ['criminal_record'],
    consent: 'full',
  },
  {
    first: 'Kim',
    last: 'Ouellet',
    born: '1997-01-01',
    region: '05',
    nocs: ['65102'],
    skills: ['étalage', 'inventaire'],
    hours: 25,
    fromDays: 0,
    languages: ['fr', 'en'],
    presentation: 'Commis d’épicerie, à l’aise avec l’inventaire.',
    groups: ['youth'],
    consent: 'full',
  },
  {
    first: 'Roger',
    last: 'Beaulieu',
    born: '1962-11-11',
    region: '05',
    nocs: ['85103'],
    skills: ['travail extérieur', 'serres'],
    hours: 40,
    fromDays: 30,
    languages: ['fr'],
    presentation: 'Ouvrier agricole saisonnier expérimenté.',
    groups: ['age_45_plus'],
    consent: 'full',
  },
  {
    first: 'Nadia',
    last: 'Saïd',
    born: '1993-07-14',
    region: '05',
    nocs: ['14101', '14100'],
    skills: ['saisie de données', 'arabe', 'Excel'],
    hours: 35,
    fromDays: 0,
    languages: ['ar', 'fr', 'en'],
    presentation: 'Commis de bureau trilingue.',
    groups: ['immigrants', 'women'],
    consent: 'full',
  },
  {
    first: 'Tommy',
    last: 'Caron',
    born: '2004-02-29',
    region: '05',
    nocs: ['65200', '65201'],
    skills: ['service aux tables'],
    hours: 20,
    fromDays: 0,
    languages: ['fr'],
    presentation: 'Disponible les fins de semaine.',
    groups: ['youth'],
    consent: 'proposal',
  },
  {
    first: 'Sylvie',
    last: 'Paquette',
    born: '1971-09-03',
    region: '05',
    nocs: ['65310', '65100'],
    skills: ['entretien ménager', 'caisse'],
    hours: 30,
    fromDays: 0,
    languages: ['fr'],
    presentation: 'Polyvalente, retour au travail après une pause familiale.',
    groups: ['women', 'age_45_plus'],
    consent: 'full',
  },
  {
    first: 'Hugo',
    last: 'Lemieux',
    born: '1991-05-17',
    region: '05',
    nocs: ['94141'],
    skills: ['découpe', 'hygiène et salubrité'],
    hours: 40,
    fromDays: 0,
    languages: ['fr'],
    presentation: 'Expérience en abattoir, travaille bien au froid.',
    groups: ['criminal_record'],
    consent: 'full',
  },
  {
    first: 'Mariam',
    last: 'Koné',
    born: '1989-12-24',
    region: '05',
    nocs: ['44101'],
    skills: ['soins', 'RCR'],
    hours: 35,
    fromDays: 10,
    languages: ['fr'],
    presentation: 'Formation de préposée aux bénéficiaires en cours.',
    groups: ['immigrants', 'women'],
    consent: 'full',
  },
];

function register(deps: Deps, actor: Actor, s: SeekerSeed, today: string, email: string) {
  return registerJobSeeker(
    deps,
    actor,
    createJobSeekerInput.parse({
      firstName: s.first,
      lastName: s.last,
      birthDate: s.born,
      email,
      phone: '514 555-0100',
      regionCode: s.region,
      city: '',
      targetNocCodes: s.nocs,
      skills: s.skills,
      hoursPerWeek: s.hours,
      availableFrom: addDays(today, s.fromDays),
      languages: s.languages,
      presentation: s.presentation,
      clientGroups: s.groups,
      privateNotes: 'Rencontre d’accueil faite; suivi aux deux semaines.',
      consents: {
        participation: true,
        proposal: s.consent !== 'participation',
        contactSharing: s.consent === 'full',
        givenOn: addDays(today, -20),
      },
      confirmDuplicate: false,
    }),
    req,
  ).id;
}

export interface DemoPeople {
  coordinator: Actor;
  orgAdmin1: Actor;
  counsellor1: Actor;
  counsellor2: Actor;
  employer1: Actor;
  employer2: Actor;
}

export function seedDemoWork(deps: Deps, people: DemoPeople): void {
  const today = quebecToday(deps.clock.now());
  // Seed data goes through the same schemas as user input.
  const posting = (actor: Actor, p: Record<string, unknown>) =>
    createPosting(deps, actor, createPostingInput.parse({ languages: ['fr'], publish: true, ...p }))
      .id;

  // Boulangerie du Plateau (employer 1, Montréal)
  const baker = posting(people.employer1, {
    title: 'Aide-boulanger·ère de nuit',
    nocCode: '65201',
    regionCode: '06',
    city: 'Montréal',
    hoursPerWeek: 35,
    hourlyWageCents: 1950,
    positions: 2,
    startDate: addDays(today, 14),
    durationWeeks: 16,
    description: 'Préparer les pâtes, façonner et cuire les pains pour l’ouverture.',
    requirements: 'Être disponible de nuit (2 h à 10 h). Formation donnée sur place.',
    skills: ['boulangerie', 'cuisine', 'hygiène et salubrité'],
  });
  const cashier = posting(people.employer1, {
    title: 'Caissier·ère — comptoir',
    nocCode: '65100',
    regionCode: '06',
    city: 'Montréal',
    hoursPerWeek: 30,
    hourlyWageCents: 1800,
    positions: 1,
    startDate: addDays(today, 7),
    durationWeeks: 12,
    description: 'Accueillir la clientèle, encaisser, garder le comptoir propre.',
    skills: ['caisse', 'service à la clientèle'],
    languages: ['fr', 'en'],
  });
  posting(people.employer1, {
    title: 'Livreur·euse (brouillon)',
    nocCode: '75201',
    regionCode: '06',
    city: 'Montréal',
    hoursPerWeek: 25,
    hourlyWageCents: 1900,
    positions: 1,
    startDate: addDays(today, 30),
    durationWeeks: 10,
    publish: false,
  });

  // Entrepôts Laurentides (employer 2)
  const warehouse = posting(people.employer2, {
    title: 'Préposé·e à l’entrepôt',
    nocCode: '75101',
    regionCode: '15',
    city: 'Saint-Jérôme',
    hoursPerWeek: 40,
    hourlyWageCents: 2150,
    positions: 3,
    startDate: addDays(today, 10),
    durationWeeks: 18,
    description: 'Réception, préparation et expédition des commandes.',
    requirements: 'Bottes de sécurité. Carte de cariste un atout.',
    skills: ['manutention', 'chariot élévateur', 'expédition', 'inventaire'],
  });
  const cleaner = posting(people.employer2, {
    title: 'Préposé·e à l’entretien',
    nocCode: '65310',
    regionCode: '15',
    city: 'Saint-Jérôme',
    hoursPerWeek: 30,
    hourlyWageCents: 1750,
    positions: 1,
    startDate: addDays(today, 5),
    durationWeeks: 12,
    skills: ['entretien ménager'],
  });
  const clerk = posting(people.employer2, {
    title: 'Commis de bureau',
    nocCode: '14100',
    regionCode: '15',
    city: 'Saint-Jérôme',
    hoursPerWeek: 35,
    hourlyWageCents: 2000,
    positions: 1,
    startDate: addDays(today, 21),
    durationWeeks: 14,
    skills: ['Excel', 'accueil', 'saisie de données'],
    languages: ['fr', 'en'],
  });

  const seekers1 = org1Seekers.map((s, i) =>
    register(deps, people.counsellor1, s, today, `personne${i + 1}.org1@exemple.ca`),
  );
  const seekers2 = org2Seekers.map((s, i) =>
    register(deps, people.counsellor2, s, today, `personne${i + 1}.org2@exemple.ca`),
  );
  const [amina, jp, rosa, kevin, , , sarah, , moussa, , , , , nathalie, samuel] = seekers1;
  const [chantal, eric, melanie, , , , , guillaume, , , nadia] = seekers2;
  const propose = (
    actor: Actor,
    postingId: number,
    jobSeekerId: number | undefined,
    message: string,
  ) => proposeCandidate(deps, actor, { postingId, jobSeekerId: jobSeekerId ?? 0, message }).id;

  // Waiting for an answer.
  propose(
    people.counsellor1,
    baker,
    moussa,
    'Moussa a déjà travaillé de nuit en boulangerie; très motivé.',
  );
  propose(
    people.counsellor1,
    cashier,
    amina,
    'Amina est parfaite pour le comptoir : souriante et bilingue.',
  );
  propose(people.counsellor2, warehouse, eric, 'Éric est disponible dès maintenant.');
  // Interview.
  const i1 = propose(
    people.counsellor1,
    baker,
    jp,
    'Jean-Philippe a sa formation en hygiène et salubrité.',
  );
  inviteToInterview(deps, people.employer1, i1);
  const i2 = propose(people.counsellor1, warehouse, kevin, 'Kevin a sa carte de cariste.');
  inviteToInterview(deps, people.employer2, i2);
  // Declined.
  const d1 = propose(people.counsellor2, clerk, melanie, 'Mélanie est bilingue.');
  declineProposal(deps, people.employer2, {
    proposalId: d1,
    reason: 'position_filled',
    comment: 'Poste comblé à l’interne, merci!',
  });
  const d2 = propose(
    people.counsellor1,
    cleaner,
    nathalie,
    'Nathalie préfère les horaires de nuit.',
  );
  declineProposal(deps, people.employer2, { proposalId: d2, reason: 'not_available', comment: '' });
  // Withdrawn.
  const w1 = propose(people.counsellor1, clerk, sarah, 'Sarah maîtrise Excel.');
  withdrawProposal(deps, people.counsellor1, w1);
  // Hired: a pairing in the open phase 10.
  const h1 = propose(people.counsellor1, warehouse, samuel, 'Samuel connaît l’expédition.');
  inviteToInterview(deps, people.employer2, h1);
  confirmHire(
    deps,
    people.employer2,
    {
      proposalId: h1,
      startDate: addDays(today, 10),
      hourlyWageCents: 2150,
      hoursPerWeek: 40,
      plannedWeeks: 18,
    },
    req,
  );

  // Expired: proposals on a posting that closed.
  const closing = posting(people.employer2, {
    title: 'Chauffeur·euse-livreur·euse (saison terminée)',
    nocCode: '75201',
    regionCode: '15',
    city: 'Saint-Jérôme',
    hoursPerWeek: 40,
    hourlyWageCents: 2100,
    positions: 1,
    startDate: addDays(today, 3),
    durationWeeks: 10,
    skills: ['permis classe 5', 'livraison'],
  });
  propose(people.counsellor2, closing, guillaume, 'Guillaume connaît bien la route.');
  propose(people.counsellor2, closing, chantal, 'Chantal a son permis.');
  transitionPosting(deps, people.employer2, { postingId: closing, action: 'close' });
  propose(people.counsellor2, clerk, nadia, 'Nadia est trilingue et très organisée.');
  propose(
    people.counsellor1,
    cleaner,
    rosa,
    'Rosa a dix ans d’expérience en entretien commercial.',
  );
}
