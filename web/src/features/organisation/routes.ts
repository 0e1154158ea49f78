// Member organisation pages and navigation.
import type { FeatureRoute, NavItem } from '../../lib/featureRoutes';

export const organisationRoutes: FeatureRoute[] = [];

export const organisationNav: NavItem[] = [];
