/**
 * Split into one contract part per domain (suggestions, people, testimony, allegations, timeline, asylum,
 * search, case-json; merged in shared/api.ts). This file only re-exports them so imports written against it
 * keep working; new code imports from the domain part. `caseOpsContract` is the whole merged contract.
 */
export * from './allegations';
export * from './asylum';
export * from './case-json';
export * from './people';
export * from './search';
export * from './suggestions';
export * from './testimony';
export * from './timeline';
export { SourceText } from './sources';
export { contract as caseOpsContract } from '../api';
