export * from './audit';
export * from './organisations';
export * from './users';
