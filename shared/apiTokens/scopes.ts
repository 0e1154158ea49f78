// Scopes of partner API tokens. An organisation manager's token may carry the first three; the
// coordinator's token reads the whole program.
export const organisationScopes = ['people:read', 'followups:read', 'followups:write'] as const;
export const programScopes = ['program:read'] as const;
export const apiScopes = [...organisationScopes, ...programScopes] as const;
export type ApiScope = (typeof apiScopes)[number];
