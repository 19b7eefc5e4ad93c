/**
 * The Casefile service: the one place behaviour lives. It implements the contract in shared/api.ts by
 * composing one handler group per contract part (./handlers/<part>.ts); the Electron app (through a
 * worker), the CLI and the e2e harness all call the object this returns and nothing else.
 */
import { type CasefileApi, contract } from '../shared/api';
import { bindContract } from './bind';
import { allegationsHandlers } from './handlers/allegations';
import { asylumHandlers } from './handlers/asylum';
import { caseHandlers } from './handlers/case';
import { caseJsonHandlers } from './handlers/case-json';
import { custodyHandlers } from './handlers/custody';
import { elementsHandlers } from './handlers/elements';
import { peopleHandlers } from './handlers/people';
import { recordsHandlers } from './handlers/records';
import { reportHandlers } from './handlers/report';
import { searchHandlers } from './handlers/search';
import { sourcesHandlers } from './handlers/sources';
import { suggestionsHandlers } from './handlers/suggestions';
import { testimonyHandlers } from './handlers/testimony';
import { timelineHandlers } from './handlers/timeline';
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
    ...custodyHandlers(session),
    ...sourcesHandlers(session),
    ...suggestionsHandlers(session),
    ...peopleHandlers(session),
    ...testimonyHandlers(session),
    ...allegationsHandlers(session),
    ...elementsHandlers(session),
    ...recordsHandlers(session),
    ...timelineHandlers(session),
    ...asylumHandlers(session),
    ...searchHandlers(session),
    ...caseJsonHandlers(session),
    ...reportHandlers(session),
  });
  return { api, dispose: () => session.close() };
}
