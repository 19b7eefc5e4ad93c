/**
 * The Casefile service: the one place behaviour lives. It implements the contract in shared/api.ts by
 * composing the handler groups in ./handlers; the Electron app (through a worker), the CLI and the
 * e2e harness all call the object this returns and nothing else.
 */
import { type CasefileApi, contract } from '../shared/api';
import { bindContract } from './bind';
import { caseHandlers } from './handlers/case';
import { caseOpsHandlers } from './handlers/caseops';
import { ingestHandlers } from './handlers/ingest';
import { reportHandlers } from './handlers/report';
import { Session } from './session';

export interface CasefileService {
  api: CasefileApi;
  /** Close the open case (used on exit and auto-lock). */
  dispose(): void;
}

export function createService(): CasefileService {
  const session = new Session();
  const api = bindContract(contract, {
    ...caseHandlers(session),
    ...ingestHandlers(session),
    ...caseOpsHandlers(session),
    ...reportHandlers(session),
  });
  return { api, dispose: () => session.close() };
}
