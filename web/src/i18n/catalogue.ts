// The whole French catalogue (what i18next holds once the sections are in), and the shape every
// catalogue has: the English one must have exactly these keys (Widen), and t() accepts only them
// (i18next.d.ts).
import { frCACore } from './fr-CA';
import { frCASections } from './fr-CA-sections';
import type { Widen } from './widen';

const { privacy, growth } = frCASections;

export const frCA = {
  ...frCACore,
  ...frCASections,
  // Two sections start in the first part (the login page's links) and end in the second.
  privacy: { ...frCACore.privacy, ...privacy },
  growth: { ...growth, recruit: { ...frCACore.growth.recruit, ...growth.recruit } },
};

export type Catalog = Widen<typeof frCA>;
