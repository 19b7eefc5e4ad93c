/**
 * The Casefile contract: every operation, declared once with its zod input and output.
 * The core service implements it; the Electron main process, the preload, the CLI and the e2e
 * harness all derive their types and validation from it. Parts live in ./contract/*, merged here.
 */
import { caseContract } from './contract/case';
import { caseOpsContract } from './contract/caseops';
import { ingestContract } from './contract/ingest';
import { reportContract } from './contract/report';
import type { ClientOf } from './contract/define';

export const contract = {
  ...caseContract,
  ...ingestContract,
  ...caseOpsContract,
  ...reportContract,
} as const;

export type CasefileContract = typeof contract;
export type OperationName = keyof CasefileContract;
/** What a front end holds: `window.casefile` in the app, the service object in the CLI and tests. */
export type CasefileApi = ClientOf<CasefileContract>;

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];
export const LONG_OPERATIONS = new Set(OPERATION_NAMES.filter((n) => contract[n].long === true));

export * from './contract/define';
