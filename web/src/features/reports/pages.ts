// The pages of this feature, loaded together on first visit (see lazyPage); chart.js comes
// with them, never with the first load.
export { DashboardPage } from './DashboardPage';
export { PrintReportPage } from './PrintReportPage';
