// The keys each list can be sorted by: what its page offers and its procedure accepts. Apart
// from the lists' schemas (which build zod schemas when loaded), so a page can name its first
// request before any of them is loaded (web/src/features/*/opening.ts).
export const postingSortKeys = ['newest', 'startDate', 'wage'] as const;
export const jobSeekerSortKeys = ['newest', 'name', 'updated'] as const;
export const proposalSortKeys = ['updated', 'created'] as const;
export const pairingSortKeys = ['newest', 'startDate'] as const;
export const claimSortKeys = ['newest', 'submitted', 'amount'] as const;
export const ledgerSortKeys = ['newest'] as const;
