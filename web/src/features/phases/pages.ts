// The pages of this feature, loaded together on first visit (see lazyPage).
export { EditPhasePage, NewPhasePage } from './PhaseFormPage';
export { PhasePage } from './PhasePage';
export { PhasesPage } from './PhasesPage';
