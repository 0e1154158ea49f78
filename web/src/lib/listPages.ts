// The lists' pages (TanStack's infinite queries): each answer says where the next page starts,
// and null on the last one.
export const nextPage = {
  getNextPageParam: <C>(last: { nextCursor: C | null }) => last.nextCursor ?? undefined,
};
