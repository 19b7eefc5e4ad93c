/**
 * The Casefile contract: every operation, declared once with its zod input and output.
 * The core service implements it; the Electron main process, the preload, the CLI and the e2e
 * harness all derive their types and validation from it. One part per domain lives in ./contract/*;
 * `mergeContracts` joins them and refuses an operation name declared in two parts.
 */
import type { z } from 'zod';
import { allegationsContract } from './contract/allegations';
import { asylumContract } from './contract/asylum';
import { caseContract } from './contract/case';
import { caseJsonContract } from './contract/case-json';
import { custodyContract } from './contract/custody';
import { elementsContract } from './contract/elements';
import { type ClientOf, mergeContracts } from './contract/define';
import { peopleContract } from './contract/people';
import { recordsContract } from './contract/records';
import { reportContract } from './contract/report';
import { searchContract } from './contract/search';
import { sourcesContract } from './contract/sources';
import { suggestionsContract } from './contract/suggestions';
import { testimonyContract } from './contract/testimony';
import { timelineContract } from './contract/timeline';

/** The contract parts by domain (the key names the part in a duplicate-name error). */
export const CONTRACT_PARTS = {
  case: caseContract,
  custody: custodyContract,
  sources: sourcesContract,
  suggestions: suggestionsContract,
  people: peopleContract,
  testimony: testimonyContract,
  allegations: allegationsContract,
  elements: elementsContract,
  records: recordsContract,
  timeline: timelineContract,
  asylum: asylumContract,
  search: searchContract,
  caseJson: caseJsonContract,
  export: reportContract,
} as const;

export const contract = mergeContracts(CONTRACT_PARTS);

export type CasefileContract = typeof contract;
export type OperationName = keyof CasefileContract;
/** What a front end holds: `window.casefile` in the app, the service object in the CLI and tests. */
export type CasefileApi = ClientOf<CasefileContract>;
/** An operation's input after parsing (defaults filled in): what its handler receives. */
export type InputOf<N extends OperationName> = z.output<CasefileContract[N]['input']>;
/** An operation's result. */
export type OutputOf<N extends OperationName> = z.output<CasefileContract[N]['output']>;

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];
export const LONG_OPERATIONS = new Set(OPERATION_NAMES.filter((n) => contract[n].long === true));

export * from './contract/define';
