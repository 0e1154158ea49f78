export { TransfersPage } from './TransfersPage';
