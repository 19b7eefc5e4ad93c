/**
 * Elements of crimes and the evidence that goes to each (owner of the element_links table).
 * The element lists are data: resources/elements-of-crimes.json, paraphrased from the ICC Elements of
 * Crimes with the source named there. An element's status is the strongest support any of its links
 * claims (the investigator's judgement, per link): established, partly, or none when nothing is linked.
 */
import type { z } from 'zod';
import raw from '../../../resources/elements-of-crimes.json';
import type { AllegationElements, ElementStatus, ProvisionElements } from '../../shared/contract/elements';
import { CasefileError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { type CaseContext, notFound, nowIso, type WritableDB } from '../context';
import { getAllegation } from './allegations';
import { getStatement } from './testimony';
import { provisionTitle } from './taxonomy';

interface RawElements {
  version: number;
  source: string;
  contexts: Record<string, { label: string; elements: string[] }>;
  protected: Record<string, string[]>;
  provisions: Record<string, { context: string; protected: string | null; material: string[]; basis: string; note: string | null }>;
}
const data = raw as RawElements;

interface ElementLinkRow {
  id: string;
  allegation_id: string;
  provision: string;
  element_id: string;
  evidence_id: string | null;
  statement_id: string | null;
  support: 'established' | 'partly';
  note: string | null;
  created_at: string;
}

/** The elements of one provision (a sub-element such as "8(2)(a)(ii)-1" falls back to its article), or null. */
export function provisionElements(code: string): ProvisionElements | null {
  const p = data.provisions[code] ?? data.provisions[code.replace(/-\d+$/, '')];
  if (!p) return null;
  const ctx = data.contexts[p.context];
  return {
    code,
    title: provisionTitle(code),
    contextLabel: ctx.label,
    basis: p.basis,
    note: p.note,
    elements: [
      ...p.material.map((text, i) => ({ id: `m${i + 1}`, kind: 'material' as const, text })),
      ...(p.protected ? data.protected[p.protected] : []).map((text, i) => ({ id: `p${i + 1}`, kind: 'material' as const, text })),
      ...ctx.elements.map((text, i) => ({ id: `c${i + 1}`, kind: 'contextual' as const, text })),
    ],
  };
}

export function elementsOfCrimes() {
  return {
    version: data.version,
    source: data.source,
    provisions: Object.keys(data.provisions).map((code) => provisionElements(code)!),
  };
}

const rank: Record<ElementStatus, number> = { none: 0, partly: 1, established: 2 };

export function allegationElements(ctx: CaseContext, allegationId: string): z.input<typeof AllegationElements> {
  const a = getAllegation(ctx, allegationId);
  const rows = ctx.db
    .prepare('SELECT * FROM element_links WHERE allegation_id = ? ORDER BY created_at, rowid')
    .all(allegationId) as ElementLinkRow[];
  const evidence = new Map(a.evidence.map((e) => [e.id, e]));
  const counts = { gaps: 0, partly: 0, established: 0 };
  const provisions = a.provisions.flatMap((p) => {
    const pe = provisionElements(p.code);
    if (!pe) return [];
    return [
      {
        ...pe,
        elements: pe.elements.map((el) => {
          const links = rows
            .filter((r) => r.provision === p.code && r.element_id === el.id)
            .map((r) => {
              const e = r.evidence_id ? evidence.get(r.evidence_id) : undefined;
              const s = r.statement_id ? getStatement(ctx, r.statement_id) : undefined;
              return {
                id: r.id,
                evidenceId: r.evidence_id,
                statementId: r.statement_id,
                support: r.support,
                note: r.note,
                label: e ? (e.sourceTitle ?? e.sourceFileName) : s ? `Statement by ${s.speakerName ?? 'an unnamed speaker'}` : 'evidence',
                excerpt: e ? e.excerpt : (s?.text ?? null),
                grade: e?.grade ?? null,
              };
            });
          const status = links.reduce<ElementStatus>((best, l) => (rank[l.support] > rank[best] ? l.support : best), 'none');
          if (status === 'none') counts.gaps++;
          else if (status === 'partly') counts.partly++;
          else counts.established++;
          return { ...el, status, links };
        }),
      },
    ];
  });
  return { allegationId, provisions, ...counts };
}

type LinkInput = {
  allegationId: string;
  provision: string;
  elementId: string;
  evidenceId?: string;
  statementId?: string;
  support: 'established' | 'partly';
  note?: string | null;
};

/** Link evidence to an element (or change how far an existing link goes), with one custody entry. */
export function linkElement(ctx: CaseContext, input: LinkInput): z.input<typeof AllegationElements> {
  const a = getAllegation(ctx, input.allegationId);
  if (!a.provisions.some((p) => p.code === input.provision))
    throw new CasefileError('INVALID_INPUT', `Allegation ${a.id} does not carry provision ${input.provision}; add it first.`);
  const pe = provisionElements(input.provision);
  if (!pe?.elements.some((e) => e.id === input.elementId))
    throw new CasefileError('INVALID_INPUT', `Provision ${input.provision} has no element ${input.elementId}.`);
  if (input.evidenceId && !a.evidence.some((e) => e.id === input.evidenceId))
    throw new CasefileError('INVALID_INPUT', `Evidence link ${input.evidenceId} is not one of this allegation's.`);
  if (input.statementId) getStatement(ctx, input.statementId);
  ctx.write((db) => {
    const existing = db
      .prepare(
        'SELECT id FROM element_links WHERE allegation_id = ? AND provision = ? AND element_id = ? AND evidence_id IS ? AND statement_id IS ?',
      )
      .get(input.allegationId, input.provision, input.elementId, input.evidenceId ?? null, input.statementId ?? null) as
      { id: string } | undefined;
    const id = existing?.id ?? newId('elementLink');
    if (existing)
      db.prepare('UPDATE element_links SET support = ?, note = coalesce(?, note) WHERE id = ?').run(input.support, input.note ?? null, id);
    else
      db.prepare(
        'INSERT INTO element_links (id, allegation_id, provision, element_id, evidence_id, statement_id, support, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(
        id,
        input.allegationId,
        input.provision,
        input.elementId,
        input.evidenceId ?? null,
        input.statementId ?? null,
        input.support,
        input.note ?? null,
        nowIso(),
      );
    return {
      result: id,
      custody: {
        action: existing ? 'element.update' : 'element.link',
        entity: 'element-link',
        entityId: id,
        details: { allegationId: input.allegationId, provision: input.provision, element: input.elementId, support: input.support },
      },
    };
  });
  return allegationElements(ctx, input.allegationId);
}

/** Delete an element link inside an existing write. */
export function deleteElementLinkIn(db: WritableDB, id: string): void {
  if (db.prepare('DELETE FROM element_links WHERE id = ?').run(id).changes === 0) throw notFound('element link', id);
}
