// Les sections du catalogue français des écrans connectés, dans leur propre fichier : la page de
// connexion s'affiche sans elles, et elles arrivent pendant qu'on s'identifie (i18n/index.ts).
import { coordinatorFr } from './coordinator';
import { dashboardFr } from './dashboard';
import { employerFr } from './employer';
import { growthFr } from './growth';
import { listsFr } from './lists';
import { notificationsFr } from './notifications';
import { organisationFr } from './organisation';
import { paperworkFr } from './paperwork';
import { privacyFr } from './privacy';

export const frCASections = {
  coordinator: coordinatorFr,
  employer: employerFr,
  organisation: organisationFr,
  privacy: privacyFr,
  notifications: notificationsFr,
  dashboard: dashboardFr,
  lists: listsFr,
  growth: growthFr,
  paperwork: paperworkFr,
};
