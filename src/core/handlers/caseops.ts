/** Handlers for the case-operations part of the contract: thin wiring onto core/ops. */
import type { HandlersOf } from '../../shared/contract/define';
import type { caseOpsContract } from '../../shared/contract/caseops';
import { caseInfo } from '../ops/case-info';
import {
  addAllegation,
  getAllegation,
  linkEvidence,
  listAllegations,
  unlinkEvidence,
  updateAllegation,
  updateEvidence,
} from '../ops/allegations';
import { addAsylumStep, asylumOverview, recordDisclosure, updateAsylumStep } from '../ops/asylum';
import { exportJson, importJson } from '../ops/case-json';
import { listPeople, upsertPerson } from '../ops/people';
import { addProfileAliases } from '../ops/profile-aliases';
import { search } from '../ops/search';
import { getSourceText } from '../ops/source-spans';
import { acceptAllSuggestions, acceptSuggestion, listSuggestions, rejectSuggestion } from '../ops/suggestions';
import { taxonomy } from '../ops/taxonomy';
import { addStatement, listStatements, updateStatement } from '../ops/testimony';
import { addEvent, timeline, updateEvent } from '../ops/timeline';
import { transliterationVariants } from '../ops/transliterate';
import type { Session } from '../session';

export function caseOpsHandlers(session: Session): HandlersOf<typeof caseOpsContract> {
  const ctx = () => session.ctx();
  return {
    listSuggestions: (f) => listSuggestions(ctx(), f),
    acceptSuggestion: ({ id, edit }) => acceptSuggestion(ctx(), id, edit),
    rejectSuggestion: ({ id, reason }) => rejectSuggestion(ctx(), id, reason),
    acceptAllSuggestions: ({ kind, sourceId }, options) => acceptAllSuggestions(ctx(), kind, sourceId, options),
    getSourceText: ({ sourceId }) => getSourceText(ctx(), sourceId),
    transliterate: ({ text }) => ({ variants: transliterationVariants(text) }),
    addProfileAliases: ({ aliases, withTransliterations }) => addProfileAliases(ctx(), aliases, withTransliterations),
    listPeople: () => listPeople(ctx()),
    upsertPerson: (input) => upsertPerson(ctx(), input),
    listStatements: (f) => listStatements(ctx(), f),
    addStatement: (input) => addStatement(ctx(), input),
    updateStatement: (input) => updateStatement(ctx(), input),
    taxonomy: () => taxonomy(),
    listAllegations: (f) => listAllegations(ctx(), f),
    getAllegation: ({ id }) => getAllegation(ctx(), id),
    addAllegation: (input) => addAllegation(ctx(), input),
    updateAllegation: (input) => updateAllegation(ctx(), input),
    linkEvidence: (input) => linkEvidence(ctx(), input),
    updateEvidence: (input) => updateEvidence(ctx(), input),
    unlinkEvidence: ({ id }) => unlinkEvidence(ctx(), id),
    corroboration: ({ allegationId }) => getAllegation(ctx(), allegationId).corroboration,
    timeline: () => timeline(ctx()),
    addEvent: (input) => addEvent(ctx(), input),
    updateEvent: (input) => updateEvent(ctx(), input),
    asylumOverview: () => asylumOverview(ctx()),
    addAsylumStep: (input) => addAsylumStep(ctx(), input),
    updateAsylumStep: (input) => updateAsylumStep(ctx(), input),
    recordDisclosure: (input) => recordDisclosure(ctx(), input),
    search: (input) => search(ctx(), input),
    exportJson: (opts) => exportJson(ctx(), opts),
    importJson: (input) => caseInfo(importJson(session, input)),
  };
}
