// National Occupational Classification (NOC) 2021 Version 1.0 /
// Classification nationale des professions (CNP) 2021 version 1.0.
//
// A 5-digit unit group code reads, digit by digit:
//   1st digit      broad occupational category (0-9)
//   2nd digit      TEER level (0-5: training, education, experience and responsibilities)
//   first 2 digits major group, first 3 sub-major group, first 4 minor group.
//
// `nocUnitGroups` is not the full classification (516 unit groups): it lists the unit groups
// that entry-level hiring through employment services touches most. Any syntactically valid
// 5-digit code can still be stored (see isValidNocCode); nocTitle() falls back to the code.
// `keywords` are informal search aliases (common job titles in Quebec, fr and en), not part of
// the official classification.
import type { Locale } from '../locale';
import { normalizeForSearch } from './normalize';

export interface NocUnitGroup {
  /** 5-digit unit group code, e.g. '65100'. */
  readonly code: string;
  /** Official French title (CNP 2021). */
  readonly fr: string;
  /** Official English title (NOC 2021). */
  readonly en: string;
  /** Informal search aliases (not official titles). */
  readonly keywords?: readonly string[];
}

export interface NocBroadCategory {
  /** Single digit, '0' to '9'. */
  readonly code: string;
  readonly fr: string;
  readonly en: string;
}

export interface NocTeerLevel {
  /** 0 to 5. */
  readonly teer: number;
  readonly fr: string;
  readonly en: string;
}

export type NocMatchLevel = 'unit' | 'minor' | 'broad' | 'none';

export const nocBroadCategories: readonly NocBroadCategory[] = [
  {
    code: '0',
    fr: 'Membres des corps législatifs et cadres supérieurs/cadres supérieures',
    en: 'Legislative and senior management occupations',
  },
  {
    code: '1',
    fr: 'Affaires, finance et administration',
    en: 'Business, finance and administration occupations',
  },
  {
    code: '2',
    fr: 'Sciences naturelles et appliquées et domaines apparentés',
    en: 'Natural and applied sciences and related occupations',
  },
  { code: '3', fr: 'Secteur de la santé', en: 'Health occupations' },
  {
    code: '4',
    fr: 'Enseignement, droit et services sociaux, communautaires et gouvernementaux',
    en: 'Occupations in education, law and social, community and government services',
  },
  {
    code: '5',
    fr: 'Arts, culture, sports et loisirs',
    en: 'Occupations in art, culture, recreation and sport',
  },
  { code: '6', fr: 'Vente et services', en: 'Sales and service occupations' },
  {
    code: '7',
    fr: 'Métiers, transport, machinerie et domaines apparentés',
    en: 'Trades, transport and equipment operators and related occupations',
  },
  {
    code: '8',
    fr: 'Ressources naturelles, agriculture et production connexe',
    en: 'Natural resources, agriculture and related production occupations',
  },
  {
    code: '9',
    fr: 'Fabrication et services d’utilité publique',
    en: 'Occupations in manufacturing and utilities',
  },
];

/** TEER levels (FEER in French) with short descriptions of the usual requirements. */
export const nocTeerLevels: readonly NocTeerLevel[] = [
  { teer: 0, fr: 'Postes de gestion', en: 'Management occupations' },
  {
    teer: 1,
    fr: 'Habituellement un grade universitaire',
    en: 'Usually requires a university degree',
  },
  {
    teer: 2,
    fr: 'Diplôme d’études collégiales ou formation d’apprenti de deux ans ou plus, ou postes de supervision',
    en: 'College diploma or apprenticeship training of two years or more, or supervisory occupations',
  },
  {
    teer: 3,
    fr: 'Diplôme d’études collégiales ou formation d’apprenti de moins de deux ans, ou plus de six mois de formation en cours d’emploi',
    en: 'College diploma or apprenticeship training of less than two years, or more than six months of on-the-job training',
  },
  {
    teer: 4,
    fr: 'Diplôme d’études secondaires, ou plusieurs semaines de formation en cours d’emploi',
    en: 'High school diploma, or several weeks of on-the-job training',
  },
  {
    teer: 5,
    fr: 'Courte démonstration du travail, aucune exigence scolaire officielle',
    en: 'Short-term work demonstration, no formal educational requirements',
  },
];

// Sorted by code.
export const nocUnitGroups: readonly NocUnitGroup[] = [
  // 1 - Business, finance and administration
  { code: '13100', fr: 'Agents/agentes d’administration', en: 'Administrative officers' },
  {
    code: '13102',
    fr: 'Administrateurs/administratrices de la paye',
    en: 'Payroll administrators',
  },
  {
    code: '13110',
    fr: 'Adjoints administratifs/adjointes administratives',
    en: 'Administrative assistants',
    keywords: ['secrétaire', 'secretary'],
  },
  {
    code: '14100',
    fr: 'Employés de soutien de bureau généraux/employées de soutien de bureau générales',
    en: 'General office support workers',
    keywords: ['commis de bureau', 'office clerk'],
  },
  {
    code: '14101',
    fr: 'Réceptionnistes',
    en: 'Receptionists',
    keywords: ['accueil', 'standardiste', 'front desk'],
  },
  { code: '14102', fr: 'Commis des services du personnel', en: 'Personnel clerks' },
  {
    code: '14110',
    fr: 'Intervieweurs/intervieweuses pour enquêtes et commis aux statistiques',
    en: 'Survey interviewers and statistical clerks',
  },
  {
    code: '14111',
    fr: 'Commis à la saisie de données',
    en: 'Data entry clerks',
    keywords: ['saisie', 'opérateur de saisie'],
  },
  {
    code: '14112',
    fr: 'Opérateurs/opératrices d’équipement d’éditique et personnel assimilé',
    en: 'Desktop publishing operators and related occupations',
  },
  {
    code: '14200',
    fr: 'Commis à la comptabilité et personnel assimilé',
    en: 'Accounting and related clerks',
  },
  {
    code: '14201',
    fr: 'Commis de banque, d’assurance et d’autres services financiers',
    en: 'Banking, insurance and other financial clerks',
  },
  { code: '14202', fr: 'Agents/agentes de recouvrement', en: 'Collection clerks' },
  {
    code: '14300',
    fr: 'Commis et assistants/assistantes dans les bibliothèques',
    en: 'Library assistants and clerks',
  },
  {
    code: '14301',
    fr: 'Correspondanciers/correspondancières et commis aux publications et aux règlements',
    en: 'Correspondence, publication and regulatory clerks',
  },
  {
    code: '14400',
    fr: 'Expéditeurs/expéditrices et réceptionnaires',
    en: 'Shippers and receivers',
    keywords: [
      "commis à l'expédition",
      'commis à la réception',
      'entrepôt',
      'warehouse',
      'shipping',
    ],
  },
  {
    code: '14401',
    fr: 'Magasiniers/magasinières et commis aux pièces',
    en: 'Storekeepers and partspersons',
    keywords: ['entrepôt', 'warehouse', 'inventaire', 'stock'],
  },
  { code: '14404', fr: 'Répartiteurs/répartitrices', en: 'Dispatchers' },
  {
    code: '14405',
    fr: 'Horairistes de trajets et d’équipages',
    en: 'Transportation route and crew schedulers',
  },

  // 3 - Health
  {
    code: '33102',
    fr: 'Aides-infirmiers/aides-infirmières, aides-soignants/aides-soignantes et préposés/préposées aux bénéficiaires',
    en: 'Nurse aides, orderlies and patient service associates',
    keywords: ['PAB', 'CHSLD', 'personal support worker'],
  },

  // 4 - Education, law and social, community and government services
  {
    code: '42202',
    fr: 'Éducateurs/éducatrices et aides-éducateurs/aides-éducatrices de la petite enfance',
    en: 'Early childhood educators and assistants',
    keywords: ['garderie', 'CPE', 'daycare'],
  },
  {
    code: '43100',
    fr: 'Aides-enseignants/aides-enseignantes aux niveaux primaire et secondaire',
    en: 'Elementary and secondary school teacher assistants',
  },
  {
    code: '44100',
    fr: 'Gardiens/gardiennes d’enfants en milieu familial',
    en: 'Home child care providers',
    keywords: ['gardienne', 'nanny', 'babysitter'],
  },
  {
    code: '44101',
    fr: 'Aides familiaux/aides familiales, aides de maintien à domicile et personnel assimilé',
    en: 'Home support workers, caregivers and related occupations',
    keywords: ['aide à domicile', 'soutien à domicile', 'home care'],
  },

  // 6 - Sales and service
  {
    code: '62010',
    fr: 'Superviseurs/superviseures des ventes - commerce de détail',
    en: 'Retail sales supervisors',
  },
  { code: '62200', fr: 'Chefs', en: 'Chefs' },
  {
    code: '63200',
    fr: 'Cuisiniers/cuisinières',
    en: 'Cooks',
    keywords: ['cuisine', 'line cook'],
  },
  {
    code: '63202',
    fr: 'Boulangers-pâtissiers/boulangères-pâtissières',
    en: 'Bakers',
    keywords: ['boulangerie', 'pâtisserie', 'bakery'],
  },
  { code: '63210', fr: 'Coiffeurs/coiffeuses et barbiers', en: 'Hairstylists and barbers' },
  {
    code: '63211',
    fr: 'Esthéticiens/esthéticiennes, électrolystes et personnel assimilé',
    en: 'Estheticians, electrologists and related occupations',
  },
  {
    code: '64100',
    fr: 'Vendeurs/vendeuses - commerce de détail et marchandiseurs visuels/marchandiseuses visuelles',
    en: 'Retail salespersons and visual merchandisers',
    keywords: ['commis-vendeur', 'conseiller aux ventes', 'sales associate', 'magasin', 'store'],
  },
  {
    code: '64101',
    fr: 'Représentants/représentantes des ventes et des comptes - commerce de gros (non-technique)',
    en: 'Sales and account representatives - wholesale trade (non-technical)',
  },
  {
    code: '64300',
    fr: 'Maîtres d’hôtel et hôtes/hôtesses',
    en: "Maîtres d'hôtel and hosts/hostesses",
  },
  { code: '64301', fr: 'Barmans/barmaids', en: 'Bartenders' },
  { code: '64310', fr: 'Conseillers/conseillères en voyages', en: 'Travel counsellors' },
  {
    code: '64312',
    fr: 'Agents/agentes à la billetterie et aux services aériens',
    en: 'Airline ticket and service agents',
  },
  {
    code: '64314',
    fr: 'Réceptionnistes d’hôtel',
    en: 'Hotel front desk clerks',
    keywords: ['hôtellerie', 'préposé à la réception', 'front desk'],
  },
  {
    code: '64320',
    fr: 'Guides touristiques et guides itinérants/guides itinérantes',
    en: 'Tour and travel guides',
  },
  { code: '64321', fr: 'Travailleurs/travailleuses dans les casinos', en: 'Casino workers' },
  {
    code: '64322',
    fr: 'Guides d’activités récréatives et sportives de plein air',
    en: 'Outdoor sport and recreational guides',
  },
  {
    code: '64400',
    fr: 'Représentants/représentantes au service à la clientèle - institutions financières',
    en: 'Customer services representatives - financial institutions',
  },
  {
    code: '64409',
    fr: 'Autres représentants/représentantes des services à la clientèle et d’information',
    en: 'Other customer and information services representatives',
    keywords: ["centre d'appels", 'service à la clientèle', 'call centre', 'customer service'],
  },
  {
    code: '64410',
    fr: 'Agents/agentes de sécurité et personnel assimilé des services de sécurité',
    en: 'Security guards and related security service occupations',
    keywords: ['gardien de sécurité', 'security guard'],
  },
  {
    code: '65100',
    fr: 'Caissiers/caissières',
    en: 'Cashiers',
    keywords: ['caisse'],
  },
  {
    code: '65101',
    fr: 'Préposés/préposées de stations-service',
    en: 'Service station attendants',
    keywords: ['pompiste', "station d'essence", 'gas station'],
  },
  {
    code: '65102',
    fr: 'Garnisseurs/garnisseuses de tablettes, commis et préposés/préposées aux commandes dans les magasins',
    en: 'Store shelf stockers, clerks and order fillers',
    keywords: ["commis d'épicerie", 'préparateur de commandes', 'grocery clerk', 'order picker'],
  },
  {
    code: '65109',
    fr: 'Autre personnel assimilé des ventes',
    en: 'Other sales related occupations',
  },
  {
    code: '65200',
    fr: 'Serveurs/serveuses d’aliments et de boissons',
    en: 'Food and beverage servers',
    keywords: ['restaurant', 'waiter', 'waitress'],
  },
  {
    code: '65201',
    fr: 'Serveurs/serveuses au comptoir, aides de cuisine et personnel de soutien assimilé',
    en: 'Food counter attendants, kitchen helpers and related support occupations',
    keywords: ['plongeur', 'aide-cuisinier', 'restauration rapide', 'dishwasher', 'fast food'],
  },
  {
    code: '65210',
    fr: 'Personnel de soutien en services d’hébergement, de voyage et en services de montage d’installation',
    en: 'Support occupations in accommodation, travel and facilities set-up services',
  },
  {
    code: '65211',
    fr: 'Opérateurs/opératrices et préposés/préposées aux sports, aux loisirs et dans les parcs d’attractions',
    en: 'Operators and attendants in amusement, recreation and sport',
  },
  {
    code: '65310',
    fr: 'Préposés/préposées à l’entretien ménager et au nettoyage - travaux légers',
    en: 'Light duty cleaners',
    keywords: ['ménage', 'femme de chambre', 'housekeeping', 'room attendant'],
  },
  {
    code: '65311',
    fr: 'Nettoyeurs spécialisés/nettoyeuses spécialisées',
    en: 'Specialized cleaners',
  },
  {
    code: '65312',
    fr: 'Concierges et nettoyeurs/nettoyeuses - travaux lourds',
    en: 'Janitors, caretakers and heavy-duty cleaners',
    keywords: ["préposé à l'entretien", 'custodian'],
  },
  {
    code: '65320',
    fr: 'Personnel de blanchisseries et d’établissements de nettoyage à sec et personnel assimilé',
    en: 'Dry cleaning, laundry and related occupations',
    keywords: ['buanderie'],
  },

  // 7 - Trades, transport and equipment operators
  {
    code: '72106',
    fr: 'Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser',
    en: 'Welders and related machine operators',
  },
  {
    code: '72200',
    fr: 'Électriciens/électriciennes (sauf électriciens industriels/électriciennes industrielles et de réseaux électriques)',
    en: 'Electricians (except industrial and power system)',
  },
  { code: '72300', fr: 'Plombiers/plombières', en: 'Plumbers' },
  { code: '72310', fr: 'Charpentiers-menuisiers/charpentières-menuisières', en: 'Carpenters' },
  { code: '72320', fr: 'Briqueteurs-maçons/briqueteuses-maçonnes', en: 'Bricklayers' },
  {
    code: '72400',
    fr: 'Mécaniciens/mécaniciennes de chantier et mécaniciens industriels/mécaniciennes industrielles',
    en: 'Construction millwrights and industrial mechanics',
  },
  {
    code: '72410',
    fr: 'Mécaniciens/mécaniciennes et réparateurs/réparatrices de véhicules automobiles, de camions et d’autobus',
    en: 'Automotive service technicians, truck and bus mechanics and mechanical repairers',
  },
  { code: '73100', fr: 'Finisseurs/finisseuses de béton', en: 'Concrete finishers' },
  { code: '73101', fr: 'Carreleurs/carreleuses', en: 'Tilesetters' },
  {
    code: '73102',
    fr: 'Plâtriers/plâtrières, poseurs/poseuses et finisseurs/finisseuses de systèmes intérieurs et latteurs/latteuses',
    en: 'Plasterers, drywall installers and finishers and lathers',
  },
  {
    code: '73110',
    fr: 'Couvreurs/couvreuses et poseurs/poseuses de bardeaux',
    en: 'Roofers and shinglers',
  },
  { code: '73111', fr: 'Vitriers/vitrières', en: 'Glaziers' },
  {
    code: '73112',
    fr: 'Peintres et décorateurs/décoratrices (sauf décorateurs/décoratrices d’intérieur)',
    en: 'Painters and decorators (except interior decorators)',
  },
  {
    code: '73113',
    fr: 'Poseurs/poseuses de revêtements d’intérieur',
    en: 'Floor covering installers',
  },
  {
    code: '73200',
    fr: 'Personnel d’installation, d’entretien et de réparation d’équipement résidentiel et commercial',
    en: 'Residential and commercial installers and servicers',
  },
  {
    code: '73202',
    fr: 'Fumigateurs/fumigatrices et préposés/préposées au contrôle de la vermine',
    en: 'Pest controllers and fumigators',
  },
  {
    code: '73209',
    fr: 'Autres réparateurs/réparatrices et préposés/préposées à l’entretien',
    en: 'Other repairers and servicers',
  },
  {
    code: '73300',
    fr: 'Conducteurs/conductrices de camions de transport',
    en: 'Transport truck drivers',
    keywords: ['camionneur', 'routier', 'classe 1'],
  },
  {
    code: '73301',
    fr: 'Conducteurs/conductrices d’autobus et opérateurs/opératrices de métro et autres transports en commun',
    en: 'Bus drivers, subway operators and other transit operators',
  },
  { code: '74101', fr: 'Facteurs/factrices', en: 'Letter carriers' },
  {
    code: '74200',
    fr: 'Ouvriers/ouvrières de gares de triage et à l’entretien de la voie ferrée',
    en: 'Railway yard and track maintenance workers',
  },
  {
    code: '74201',
    fr: 'Matelots de pont et matelots de salle des machines du transport par voies navigables',
    en: 'Water transport deck and engine room crew',
  },
  {
    code: '74202',
    fr: 'Agents/agentes de piste dans le transport aérien',
    en: 'Air transport ramp attendants',
  },
  {
    code: '74205',
    fr: 'Conducteurs/conductrices de machinerie d’entretien public et personnel assimilé',
    en: 'Public works maintenance equipment operators and related workers',
  },
  { code: '75100', fr: 'Débardeurs/débardeuses', en: 'Longshore workers' },
  {
    code: '75101',
    fr: 'Manutentionnaires',
    en: 'Material handlers',
    keywords: [
      "commis d'entrepôt",
      "journalier d'entrepôt",
      'cariste',
      'chariot élévateur',
      'déménageur',
      'warehouse worker',
      'forklift',
      'mover',
    ],
  },
  {
    code: '75110',
    fr: 'Aides de soutien des métiers et manœuvres en construction',
    en: 'Construction trades helpers and labourers',
    keywords: ['journalier de construction', 'chantier'],
  },
  {
    code: '75119',
    fr: 'Autres manœuvres et aides de soutien de métiers',
    en: 'Other trades helpers and labourers',
  },
  {
    code: '75200',
    fr: 'Chauffeurs/chauffeuses de taxi, chauffeurs/chauffeuses de limousine et chauffeurs/chauffeuses',
    en: 'Taxi and limousine drivers and chauffeurs',
  },
  {
    code: '75201',
    fr: 'Chauffeurs-livreurs/chauffeuses-livreuses et distributeurs/distributrices porte-à-porte',
    en: 'Delivery service drivers and door-to-door distributors',
    keywords: ['livreur', 'livraison', 'camelot', 'courier'],
  },
  {
    code: '75211',
    fr: 'Manœuvres dans le transport ferroviaire et routier',
    en: 'Railway and motor transport labourers',
  },
  {
    code: '75212',
    fr: 'Manœuvres à l’entretien des travaux publics',
    en: 'Public works and maintenance labourers',
  },

  // 8 - Natural resources, agriculture and related production
  {
    code: '84110',
    fr: 'Opérateurs/opératrices de scies à chaîne et d’engins de débardage',
    en: 'Chain saw and skidder operators',
  },
  {
    code: '84111',
    fr: 'Ouvriers/ouvrières en sylviculture et en exploitation forestière',
    en: 'Silviculture and forestry workers',
    keywords: ['reboisement', 'planteur', 'tree planter'],
  },
  {
    code: '84121',
    fr: 'Matelots de pont sur les bateaux de pêche',
    en: 'Fishing vessel deckhands',
  },
  {
    code: '85101',
    fr: 'Manœuvres à la récolte',
    en: 'Harvesting labourers',
    keywords: ['cueilleur', 'cueillette', 'ouvrier agricole', 'farm worker', 'picker'],
  },
  {
    code: '85102',
    fr: 'Manœuvres de l’aquaculture et de la mariculture',
    en: 'Aquaculture and marine harvest labourers',
  },
  {
    code: '85103',
    fr: 'Manœuvres de pépinières et de serres',
    en: 'Nursery and greenhouse labourers',
    keywords: ['serriculture', 'horticulture'],
  },
  {
    code: '85104',
    fr: 'Trappeurs/trappeuses et chasseurs/chasseuses',
    en: 'Trappers and hunters',
  },
  { code: '85110', fr: 'Manœuvres des mines', en: 'Mine labourers' },
  {
    code: '85120',
    fr: 'Manœuvres de l’exploitation forestière',
    en: 'Logging and forestry labourers',
  },
  {
    code: '85121',
    fr: 'Manœuvres en aménagement paysager et en entretien des terrains',
    en: 'Landscaping and grounds maintenance labourers',
    keywords: ['paysagiste', 'entretien paysager', 'landscaper', 'groundskeeper'],
  },

  // 9 - Manufacturing and utilities
  {
    code: '94100',
    fr: 'Opérateurs/opératrices de machines dans le traitement des métaux et des minerais',
    en: 'Machine operators, mineral and metal processing',
  },
  { code: '94101', fr: 'Ouvriers/ouvrières de fonderies', en: 'Foundry workers' },
  {
    code: '94102',
    fr: 'Opérateurs/opératrices de machines à former et à finir le verre et coupeurs/coupeuses de verre',
    en: 'Glass forming and finishing machine operators and glass cutters',
  },
  {
    code: '94103',
    fr: 'Opérateurs/opératrices de machines dans le façonnage et la finition des produits en béton, en argile ou en pierre',
    en: 'Concrete, clay and stone forming operators',
  },
  {
    code: '94104',
    fr: 'Contrôleurs/contrôleuses et essayeurs/essayeuses dans la transformation des métaux et des minerais',
    en: 'Inspectors and testers, mineral and metal processing',
  },
  {
    code: '94105',
    fr: 'Opérateurs/opératrices de machines à forger et à travailler les métaux',
    en: 'Metalworking and forging machine operators',
  },
  {
    code: '94106',
    fr: 'Opérateurs/opératrices de machines d’usinage',
    en: 'Machining tool operators',
  },
  {
    code: '94107',
    fr: 'Opérateurs/opératrices de machines d’autres produits métalliques',
    en: 'Machine operators of other metal products',
  },
  {
    code: '94110',
    fr: 'Opérateurs/opératrices d’installations de traitement des produits chimiques',
    en: 'Chemical plant machine operators',
  },
  {
    code: '94111',
    fr: 'Opérateurs/opératrices de machines de traitement des matières plastiques',
    en: 'Plastics processing machine operators',
    keywords: ['injection plastique', 'moulage', 'plastique'],
  },
  {
    code: '94112',
    fr: 'Opérateurs/opératrices de machines de transformation du caoutchouc et personnel assimilé',
    en: 'Rubber processing machine operators and related workers',
  },
  {
    code: '94120',
    fr: 'Opérateurs/opératrices de machines à scier dans les scieries',
    en: 'Sawmill machine operators',
  },
  {
    code: '94122',
    fr: 'Opérateurs/opératrices de machines à façonner le papier',
    en: 'Paper converting machine operators',
  },
  {
    code: '94123',
    fr: 'Classeurs/classeuses de bois d’œuvre et autres vérificateurs/vérificatrices et classeurs/classeuses dans la transformation du bois',
    en: 'Lumber graders and other wood processing inspectors and graders',
  },
  {
    code: '94124',
    fr: 'Opérateurs/opératrices de machines à travailler le bois',
    en: 'Woodworking machine operators',
  },
  {
    code: '94129',
    fr: 'Autres opérateurs/opératrices de machines dans la transformation du bois',
    en: 'Other wood processing machine operators',
  },
  {
    code: '94130',
    fr: 'Opérateurs/opératrices de machines et travailleurs/travailleuses de traitement des fibres et des fils textiles, du cuir et des peaux',
    en: 'Textile fibre and yarn, hide and pelt processing machine operators and workers',
  },
  {
    code: '94131',
    fr: 'Tisseurs/tisseuses, tricoteurs/tricoteuses et autres opérateurs/opératrices de machines textiles',
    en: 'Weavers, knitters and other fabric making occupations',
  },
  {
    code: '94132',
    fr: 'Opérateurs/opératrices de machines à coudre industrielles',
    en: 'Industrial sewing machine operators',
    keywords: ['couturière', 'couture', 'sewing'],
  },
  {
    code: '94133',
    fr: 'Contrôleurs/contrôleuses et trieurs/trieuses dans la fabrication de produits textiles, de tissus, de fourrure et de cuir',
    en: 'Inspectors and graders, textile, fabric, fur and leather products manufacturing',
  },
  {
    code: '94140',
    fr: 'Opérateurs/opératrices de machines et de procédés industriels dans la transformation des aliments et des boissons',
    en: 'Process control and machine operators, food and beverage processing',
  },
  {
    code: '94141',
    fr: 'Bouchers industriels/bouchères industrielles, dépeceurs-découpeurs/dépeceuses-découpeuses de viande, préparateurs/préparatrices de volaille et personnel assimilé',
    en: 'Industrial butchers and meat cutters, poultry preparers and related workers',
    keywords: ['abattoir', 'découpeur de viande', 'meat packer'],
  },
  {
    code: '94142',
    fr: 'Ouvriers/ouvrières dans les usines de transformation du poisson et de fruits de mer',
    en: 'Fish and seafood plant workers',
  },
  {
    code: '94143',
    fr: 'Échantillonneurs/échantillonneuses et trieurs/trieuses dans la transformation des aliments et des boissons',
    en: 'Testers and graders, food and beverage processing',
  },
  {
    code: '94150',
    fr: 'Opérateurs/opératrices d’équipement d’impression sans plaque',
    en: 'Plateless printing equipment operators',
  },
  {
    code: '94151',
    fr: 'Photograveurs-clicheurs/photograveuses-clicheuses, photograveurs-reporteurs/photograveuses-reporteuses et autre personnel de prépresse',
    en: 'Camera, platemaking and other prepress occupations',
  },
  {
    code: '94152',
    fr: 'Opérateurs/opératrices de machines à relier et de finition',
    en: 'Binding and finishing machine operators',
  },
  {
    code: '94153',
    fr: 'Développeurs/développeuses de films et de photographies',
    en: 'Photographic and film processors',
  },
  {
    code: '94200',
    fr: 'Assembleurs/assembleuses, contrôleurs/contrôleuses et vérificateurs/vérificatrices de véhicules automobiles',
    en: 'Motor vehicle assemblers, inspectors and testers',
  },
  {
    code: '94201',
    fr: 'Assembleurs/assembleuses, monteurs/monteuses, contrôleurs/contrôleuses et vérificateurs/vérificatrices de matériel électronique',
    en: 'Electronics assemblers, fabricators, inspectors and testers',
  },
  {
    code: '94202',
    fr: 'Monteurs/monteuses et contrôleurs/contrôleuses dans la fabrication de matériel, d’appareils et d’accessoires électriques',
    en: 'Assemblers and inspectors, electrical appliance, apparatus and equipment manufacturing',
  },
  {
    code: '94203',
    fr: 'Assembleurs/assembleuses, monteurs/monteuses et contrôleurs/contrôleuses dans la fabrication de transformateurs et de moteurs électriques industriels',
    en: 'Assemblers, fabricators and inspectors, industrial electrical motors and transformers',
  },
  {
    code: '94204',
    fr: 'Monteurs/monteuses et contrôleurs/contrôleuses de matériel mécanique',
    en: 'Mechanical assemblers and inspectors',
  },
  {
    code: '94205',
    fr: 'Opérateurs/opératrices de machines et contrôleurs/contrôleuses dans la fabrication d’appareils électriques',
    en: 'Machine operators and inspectors, electrical apparatus manufacturing',
  },
  {
    code: '94211',
    fr: 'Monteurs/monteuses et contrôleurs/contrôleuses d’autres produits en bois',
    en: 'Assemblers and inspectors of other wood products',
  },
  {
    code: '94212',
    fr: 'Assembleurs/assembleuses, finisseurs/finisseuses et contrôleurs/contrôleuses de produits en plastique',
    en: 'Plastic products assemblers, finishers and inspectors',
  },
  {
    code: '94213',
    fr: 'Peintres, enduiseurs/enduiseuses et opérateurs/opératrices de procédés dans le finissage du métal - secteur industriel',
    en: 'Industrial painters, coaters and metal finishing process operators',
  },
  {
    code: '94219',
    fr: 'Monteurs/monteuses, finisseurs/finisseuses et contrôleurs/contrôleuses de produits divers',
    en: 'Other products assemblers, finishers and inspectors',
    keywords: ["ligne d'assemblage", 'assembly line'],
  },
  {
    code: '95100',
    fr: 'Manœuvres dans le traitement des métaux et des minerais',
    en: 'Labourers in mineral and metal processing',
  },
  { code: '95101', fr: 'Manœuvres en métallurgie', en: 'Labourers in metal fabrication' },
  {
    code: '95102',
    fr: 'Manœuvres dans le traitement des produits chimiques et les services d’utilité publique',
    en: 'Labourers in chemical products processing and utilities',
  },
  {
    code: '95103',
    fr: 'Manœuvres dans le traitement des pâtes et papiers et la transformation du bois',
    en: 'Labourers in wood, pulp and paper processing',
  },
  {
    code: '95104',
    fr: 'Manœuvres dans la fabrication des produits en caoutchouc et en plastique',
    en: 'Labourers in rubber and plastic products manufacturing',
  },
  {
    code: '95106',
    fr: 'Manœuvres dans la transformation des aliments et des boissons',
    en: 'Labourers in food and beverage processing',
    keywords: ['usine alimentaire', 'emballeur', 'packager'],
  },
  {
    code: '95107',
    fr: 'Manœuvres dans la transformation du poisson et des fruits de mer',
    en: 'Labourers in fish and seafood processing',
  },
  {
    code: '95109',
    fr: 'Autres manœuvres des services de transformation, de fabrication et d’utilité publique',
    en: 'Other labourers in processing, manufacturing and utilities',
    keywords: [
      'journalier de production',
      "journalier d'usine",
      'general labourer',
      'factory worker',
    ],
  },
];

// ---------------------------------------------------------------------------
// Code structure

const nocCodePattern = /^[0-9]{5}$/;

/** Any 5-digit string is a storable NOC 2021 code, listed here or not. */
export function isValidNocCode(s: unknown): s is string {
  return typeof s === 'string' && nocCodePattern.test(s);
}

function assertNocCode(code: string): void {
  if (!isValidNocCode(code)) {
    throw new RangeError(`Invalid NOC 2021 code (expected 5 digits): "${code}"`);
  }
}

/** Broad occupational category: the 1st digit ('0'-'9'). Throws RangeError on a malformed code. */
export function nocBroadCategory(code: string): string {
  assertNocCode(code);
  return code.slice(0, 1);
}

/** TEER level: the 2nd digit, as a number. Throws RangeError on a malformed code. */
export function nocTeer(code: string): number {
  assertNocCode(code);
  return Number(code.slice(1, 2));
}

/** Major group: the first 2 digits. Throws RangeError on a malformed code. */
export function nocMajorGroup(code: string): string {
  assertNocCode(code);
  return code.slice(0, 2);
}

/** Sub-major group: the first 3 digits. Throws RangeError on a malformed code. */
export function nocSubMajorGroup(code: string): string {
  assertNocCode(code);
  return code.slice(0, 3);
}

/** Minor group: the first 4 digits. Throws RangeError on a malformed code. */
export function nocMinorGroup(code: string): string {
  assertNocCode(code);
  return code.slice(0, 4);
}

/**
 * How closely two occupations match: same unit group (5 digits), same minor group (first 4),
 * same broad category (first digit), or none. Malformed codes never match.
 */
export function nocMatchLevel(a: string, b: string): NocMatchLevel {
  if (!isValidNocCode(a) || !isValidNocCode(b)) return 'none';
  if (a === b) return 'unit';
  if (a.slice(0, 4) === b.slice(0, 4)) return 'minor';
  if (a.slice(0, 1) === b.slice(0, 1)) return 'broad';
  return 'none';
}

// ---------------------------------------------------------------------------
// Lookups

const unitGroupsByCode: ReadonlyMap<string, NocUnitGroup> = new Map(
  nocUnitGroups.map((group) => [group.code, group]),
);
const broadCategoriesByCode: ReadonlyMap<string, NocBroadCategory> = new Map(
  nocBroadCategories.map((category) => [category.code, category]),
);
const teerLevelsByTeer: ReadonlyMap<number, NocTeerLevel> = new Map(
  nocTeerLevels.map((level) => [level.teer, level]),
);

/** The listed unit group for a code, if any. */
export function findNocUnitGroup(code: string): NocUnitGroup | undefined {
  return unitGroupsByCode.get(code);
}

/** Title of a unit group in the given locale; a code not in the list is returned as is. */
export function nocTitle(code: string, locale: Locale): string {
  const group = unitGroupsByCode.get(code);
  if (group === undefined) return code;
  return locale === 'fr-CA' ? group.fr : group.en;
}

/**
 * Title of the broad category of a code ('65100') or of a category digit ('6');
 * the input is returned as is when it starts with no digit.
 */
export function nocBroadCategoryTitle(codeOrCategory: string, locale: Locale): string {
  const category = broadCategoriesByCode.get(codeOrCategory.slice(0, 1));
  if (category === undefined) return codeOrCategory;
  return locale === 'fr-CA' ? category.fr : category.en;
}

/** Short description of a TEER level (0-5); other values are returned as text. */
export function nocTeerDescription(teer: number, locale: Locale): string {
  const level = teerLevelsByTeer.get(teer);
  if (level === undefined) return String(teer);
  return locale === 'fr-CA' ? level.fr : level.en;
}

// ---------------------------------------------------------------------------
// Search

const wordSeparator = /[^\p{L}\p{N}]+/u;
const digitsOnly = /^[0-9]+$/;

function toWords(text: string): string[] {
  return normalizeForSearch(text)
    .split(wordSeparator)
    .filter((word) => word.length > 0);
}

interface SearchEntry {
  readonly group: NocUnitGroup;
  /** Title words joined by single spaces (punctuation dropped), per language. */
  readonly frText: string;
  readonly enText: string;
  /** Every word of both titles and of the keywords. */
  readonly words: readonly string[];
}

const searchIndex: readonly SearchEntry[] = nocUnitGroups.map((group) => {
  const frWords = toWords(group.fr);
  const enWords = toWords(group.en);
  const keywordWords = (group.keywords ?? []).flatMap(toWords);
  return {
    group,
    frText: frWords.join(' '),
    enText: enWords.join(' '),
    words: [...new Set([...frWords, ...enWords, ...keywordWords])],
  };
});

function compareCodes(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

const RANK_EXACT_CODE = 0;
const RANK_CODE_PREFIX = 1;
const RANK_TITLE_START = 2;
const RANK_OTHER = 3;

function rankEntry(entry: SearchEntry, queryWords: readonly string[], locale?: Locale): number {
  const code = entry.group.code;
  const query = queryWords.join('');
  if (queryWords.length === 1 && digitsOnly.test(query)) {
    if (code === query) return RANK_EXACT_CODE;
    return code.startsWith(query) ? RANK_CODE_PREFIX : -1;
  }
  for (const queryWord of queryWords) {
    const matches = digitsOnly.test(queryWord)
      ? code.startsWith(queryWord)
      : entry.words.some((word) => word.startsWith(queryWord));
    if (!matches) return -1;
  }
  const phrase = queryWords.join(' ');
  const startsTitle =
    locale === 'fr-CA'
      ? entry.frText.startsWith(phrase)
      : locale === 'en-CA'
        ? entry.enText.startsWith(phrase)
        : entry.frText.startsWith(phrase) || entry.enText.startsWith(phrase);
  return startsTitle ? RANK_TITLE_START : RANK_OTHER;
}

/**
 * Searches the listed unit groups by code prefix ('651') or by words in either language
 * (accents, case and punctuation ignored; every query word must begin a word of the French
 * title, the English title or the keywords; a query word made of digits must begin the code).
 * Results are ranked: exact code, code prefix, title starting with the query (the title in
 * `locale` when given, either title otherwise), then the others; ties in code order.
 */
export function searchNoc(query: string, locale?: Locale, limit = 20): NocUnitGroup[] {
  const queryWords = toWords(query);
  if (queryWords.length === 0 || limit <= 0) return [];
  const ranked: { readonly rank: number; readonly group: NocUnitGroup }[] = [];
  for (const entry of searchIndex) {
    const rank = rankEntry(entry, queryWords, locale);
    if (rank >= 0) ranked.push({ rank, group: entry.group });
  }
  ranked.sort((x, y) => x.rank - y.rank || compareCodes(x.group.code, y.group.code));
  return ranked.slice(0, limit).map((item) => item.group);
}
