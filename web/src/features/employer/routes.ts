// Employer pages and navigation.
import type { FeatureRoute, NavItem } from '../../lib/featureRoutes';

export const employerRoutes: FeatureRoute[] = [];

export const employerNav: NavItem[] = [];
