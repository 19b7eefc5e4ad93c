/**
 * The machine-readable manifest embedded in every export (`casefile-manifest.json`). It lists every item
 * the PDF shows with the SHA-256 of that item's canonical JSON as presented (after redaction), and every
 * source with the SHA-256 of the original bytes (embedded or not). It is built from the redacted model,
 * so it cannot carry anything the PDF does not.
 *
 * Chicken and egg: the PDF cannot contain its own hash. The manifest records the custody head BEFORE the
 * export (`custodyHeadBefore`); the export ledger row and the custody entry written right after the PDF is
 * made carry the PDF's SHA-256 and the exportId that also appears here.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../custody/canonical';
import type { EvidenceModel } from './model';
import { ExportProfileDef } from './profiles';
import { ExportExcluded } from '../../shared/contract/report';

export const MANIFEST_FORMAT = 'casefile-evidence-summary';
/** The manifest's name as an embedded file of the PDF (here, not in render.ts, so verifying loads no PDF writer). */
export const MANIFEST_ATTACHMENT = 'casefile-manifest.json';

const Item = z.object({ ref: z.string(), id: z.string(), sha256: z.string().length(64) });

export const Manifest = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(1),
  caseId: z.string(),
  exportId: z.string(),
  createdAt: z.string(),
  recipient: z.string(),
  preparedBy: z.string(),
  profile: ExportProfileDef,
  custodyHeadBefore: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
  /** SHA-256 fingerprint of the certificate that signs the PDF (colon-separated hex). */
  signingCertificate: z.string().nullable().default(null),
  note: z.string(),
  items: z.object({
    allegations: z.array(Item.extend({ category: z.string(), provisions: z.array(z.string()) })),
    events: z.array(Item),
    statements: z.array(Item),
    asylumSteps: z.array(Item),
    /** Grounds of the claim and risks on return (exports made before there were any have none). */
    asylumGrounds: z.array(Item).default([]),
    sources: z.array(
      z.object({
        ref: z.string(),
        id: z.string(),
        sha256: z.string().length(64).nullable(),
        size: z.number().int(),
        embedded: z.boolean(),
        attachment: z.string().nullable(),
        withheldReason: z.string().nullable(),
        /** The redacted text rendition attached instead of a withheld original. */
        rendition: z
          .object({ attachment: z.string(), sha256: z.string().length(64), size: z.number().int() })
          .nullable()
          .default(null),
      }),
    ),
  }),
  excluded: ExportExcluded,
});
export type Manifest = z.infer<typeof Manifest>;

export const itemHash = (v: unknown): string => createHash('sha256').update(canonicalJson(v), 'utf8').digest('hex');

export function buildManifest(model: EvidenceModel): Manifest {
  const allegations = model.categories.flatMap((c) => c.allegations);
  return {
    format: MANIFEST_FORMAT,
    version: 1,
    caseId: model.caseId,
    exportId: model.exportId,
    createdAt: model.createdAt,
    recipient: model.recipient,
    preparedBy: model.preparedBy,
    profile: model.profile,
    custodyHeadBefore: model.custodyHead,
    signingCertificate: model.signing?.fingerprint ?? null,
    note: 'custodyHeadBefore is the custody head before this export. The PDF cannot contain its own SHA-256; the case records it in the export ledger and in the custody entry for exportId. Item sha256 = SHA-256 of the canonical JSON of the item as presented; source sha256 = SHA-256 of the original bytes.',
    items: {
      allegations: allegations.map((a) => ({
        ref: a.ref,
        id: a.id,
        category: a.category,
        provisions: a.provisions.map((p) => p.code),
        sha256: itemHash(a),
      })),
      events: model.timeline.map((e) => ({ ref: e.ref, id: e.id, sha256: itemHash(e) })),
      statements: model.testimony.map((t) => ({ ref: t.ref, id: t.id, sha256: itemHash(t) })),
      asylumSteps: model.asylum.map((s, i) => ({ ref: `Y${i + 1}`, id: s.id, sha256: itemHash(s) })),
      asylumGrounds: model.asylumGrounds.map((g, i) => ({ ref: `G${i + 1}`, id: g.id, sha256: itemHash(g) })),
      sources: model.sources.map((s) => ({
        ref: s.ref,
        id: s.id,
        sha256: s.sha256,
        size: s.size,
        embedded: s.embedded,
        attachment: s.attachmentName,
        withheldReason: s.withheldReason,
        rendition: s.rendition ? { attachment: s.rendition.attachmentName, sha256: s.rendition.sha256, size: s.rendition.size } : null,
      })),
    },
    excluded: model.excluded,
  };
}

export function manifestJson(m: Manifest): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}
