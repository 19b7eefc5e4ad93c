/**
 * The element analysis of an allegation, as the ICC's Case Matrix sets it out: for each provision, its
 * material and contextual elements (resources/elements-of-crimes.json through ops/elements.ts), the
 * evidence the investigator linked to each and how far it goes, and the gaps; then the modes of liability
 * recorded for the perpetrators and units alleged. A provision without an element list falls back to
 * the evidence linked to the allegation as a whole, so nothing is presented as analysed that was not.
 *
 * Evidence is cited by reference (S2 · B2, T4), never by its text: an excerpt another allegation's
 * withholding removed must not come back through an element link.
 */
import { LIABILITY_LABELS, type LiabilityMode } from '../../shared/domain';
import type { AllegationElements } from '../../shared/contract/elements';

export interface ElementRowOut {
  id: string;
  kind: 'material' | 'contextual';
  text: string;
  status: 'established' | 'partly' | 'none';
  evidence: string[];
}

export interface ElementAnalysisOut {
  provisions: { code: string; title: string | null; contextLabel: string; elements: ElementRowOut[] }[];
  /** Provisions with no element list on record: only the allegation's own evidence can be cited. */
  withoutElements: { code: string; title: string | null; evidence: string[] }[];
  established: number;
  partly: number;
  gaps: number;
  liability: { name: string; mode: string; label: string }[];
}

export interface RefLookup {
  /** "S2 · B2" for a shown evidence link, null when it is not in this summary. */
  evidence: (id: string) => string | null;
  /** "T4" for a shown statement, null when it is not in this summary. */
  statement: (id: string) => string | null;
}

export function elementAnalysis(
  elements: AllegationElements,
  provisions: { code: string; title: string | null }[],
  allegationEvidence: string[],
  liability: { name: string; mode: string }[],
  refs: RefLookup,
): ElementAnalysisOut {
  const withData = new Set(elements.provisions.map((p) => p.code));
  let established = 0;
  let partly = 0;
  let gaps = 0;
  const out = elements.provisions.map((p) => ({
    code: p.code,
    title: p.title ?? null,
    contextLabel: p.contextLabel,
    elements: p.elements.map((el) => {
      const evidence = el.links
        .map((l) => {
          const ref = l.evidenceId ? refs.evidence(l.evidenceId) : l.statementId ? refs.statement(l.statementId) : null;
          return ref ? `${ref} (${l.support})` : null;
        })
        .filter((x): x is string => x !== null);
      // A link to something this summary leaves out does not count here: the recipient cannot see it.
      const status: ElementRowOut['status'] =
        evidence.length === 0 ? 'none' : evidence.some((e) => e.endsWith('(established)')) ? 'established' : 'partly';
      if (status === 'none') gaps++;
      else if (status === 'partly') partly++;
      else established++;
      return { id: el.id, kind: el.kind, text: el.text, status, evidence };
    }),
  }));
  return {
    provisions: out,
    withoutElements: provisions.filter((p) => !withData.has(p.code)).map((p) => ({ ...p, evidence: allegationEvidence })),
    established,
    partly,
    gaps,
    liability: liability.map((l) => ({ ...l, label: LIABILITY_LABELS[l.mode as LiabilityMode] ?? l.mode })),
  };
}
