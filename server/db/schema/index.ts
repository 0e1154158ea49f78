export * from './audit';
export * from './jobSeekers';
export * from './organisations';
export * from './postings';
export * from './proposals';
export * from './users';
