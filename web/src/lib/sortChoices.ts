// The sort choices of each list, translated: the same words wherever a list appears.
import type { TFunction } from 'i18next';
import type { JobSeekerSortKey } from '../../../shared/jobSeekers/schemas';
import type { PairingSortKey } from '../../../shared/pairings/schemas';
import type { PostingSortKey } from '../../../shared/postings/schemas';
import type { ProposalSortKey } from '../../../shared/proposals/schemas';

export type Dir = 'asc' | 'desc';

export interface SortChoice<K extends string> {
  by: K;
  dir: Dir;
  /** Label of this choice (already translated). */
  label: string;
}

export function pairingSortChoices(t: TFunction): SortChoice<PairingSortKey>[] {
  return [
    { by: 'newest', dir: 'desc', label: t('lists.sort.newest') },
    { by: 'newest', dir: 'asc', label: t('lists.sort.oldest') },
    { by: 'startDate', dir: 'desc', label: t('lists.sort.startDesc') },
    { by: 'startDate', dir: 'asc', label: t('lists.sort.startAsc') },
  ];
}

export function postingSortChoices(t: TFunction): SortChoice<PostingSortKey>[] {
  return [
    { by: 'newest', dir: 'desc', label: t('lists.sort.newest') },
    { by: 'newest', dir: 'asc', label: t('lists.sort.oldest') },
    { by: 'startDate', dir: 'asc', label: t('lists.sort.startAsc') },
    { by: 'startDate', dir: 'desc', label: t('lists.sort.startDesc') },
    { by: 'wage', dir: 'desc', label: t('lists.sort.wageDesc') },
    { by: 'wage', dir: 'asc', label: t('lists.sort.wageAsc') },
  ];
}

export function jobSeekerSortChoices(t: TFunction): SortChoice<JobSeekerSortKey>[] {
  return [
    { by: 'newest', dir: 'desc', label: t('lists.sort.newest') },
    { by: 'newest', dir: 'asc', label: t('lists.sort.oldest') },
    { by: 'name', dir: 'asc', label: t('lists.sort.nameAsc') },
    { by: 'name', dir: 'desc', label: t('lists.sort.nameDesc') },
    { by: 'updated', dir: 'desc', label: t('lists.sort.updatedDesc') },
    { by: 'updated', dir: 'asc', label: t('lists.sort.updatedAsc') },
  ];
}

export function proposalSortChoices(t: TFunction): SortChoice<ProposalSortKey>[] {
  return [
    { by: 'updated', dir: 'desc', label: t('lists.sort.updatedDesc') },
    { by: 'updated', dir: 'asc', label: t('lists.sort.updatedAsc') },
    { by: 'created', dir: 'desc', label: t('lists.sort.newest') },
    { by: 'created', dir: 'asc', label: t('lists.sort.oldest') },
  ];
}
