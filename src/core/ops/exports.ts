/**
 * The export ledger (table `exports`): what was sent to whom, when, under which profile, with the PDF's
 * SHA-256 and the custody entry that records it. Written once per export, never changed.
 */
import type { ExportRecord } from '../../shared/contract/report';
import type { ReadableDB, WritableDB } from '../context';

interface ExportRowSql {
  id: string;
  created_at: string;
  recipient: string;
  profile: string;
  file_name: string | null;
  sha256: string;
  size: number;
  custody_seq: number | null;
  manifest_json: string;
  signing_fingerprint: string | null;
}

/** What the ledger lists of the manifest stored with each export. */
function summaryOf(manifestJson: string): ExportRecord['summary'] {
  try {
    const m = JSON.parse(manifestJson) as {
      profile?: { name?: string };
      recipient?: string;
      custodyHeadBefore?: { seq: number; hash: string } | null;
      items?: { allegations?: unknown[]; events?: unknown[]; statements?: unknown[]; sources?: { embedded?: boolean }[] };
    };
    return {
      profile: m.profile?.name ?? '',
      recipient: m.recipient ?? '',
      allegations: m.items?.allegations?.length ?? 0,
      events: m.items?.events?.length ?? 0,
      statements: m.items?.statements?.length ?? 0,
      sources: m.items?.sources?.length ?? 0,
      originalsEmbedded: m.items?.sources?.filter((s) => s.embedded).length ?? 0,
      custodyHeadBefore: m.custodyHeadBefore ?? null,
    };
  } catch {
    return null;
  }
}

function toRecord(r: ExportRowSql): ExportRecord {
  return {
    exportId: r.id,
    createdAt: r.created_at,
    recipient: r.recipient,
    profile: r.profile,
    fileName: r.file_name,
    sha256: r.sha256,
    size: r.size,
    custodySeq: r.custody_seq,
    signingCertificate: r.signing_fingerprint,
    summary: summaryOf(r.manifest_json),
  };
}

export function listExports(db: ReadableDB): ExportRecord[] {
  return (db.prepare('SELECT * FROM exports ORDER BY created_at, id').all() as ExportRowSql[]).map(toRecord);
}

/** The first export of a PDF with this SHA-256, or null when this case never exported it. */
export function exportBySha256(db: ReadableDB, sha256: string): ExportRecord | null {
  const row = db.prepare('SELECT * FROM exports WHERE sha256 = ? ORDER BY created_at').get(sha256) as ExportRowSql | undefined;
  return row ? toRecord(row) : null;
}

/** The SHA-256 the ledger recorded for an export, or null when it has no row (not committed). */
export function ledgeredSha256(db: ReadableDB, exportId: string): string | null {
  return (db.prepare('SELECT sha256 FROM exports WHERE id = ?').pluck().get(exportId) as string | undefined) ?? null;
}

export interface ExportLedgerEntry {
  exportId: string;
  createdAt: string;
  recipient: string;
  profile: string;
  fileName: string | null;
  sha256: string;
  size: number;
  manifestJson: string;
  /** Fingerprint of the certificate that signed the PDF. */
  signingFingerprint: string | null;
}

/**
 * Record an export inside the write that appends its custody entry; returns that entry's sequence number
 * (the next one: the ledger row points at the entry written in the same transaction).
 */
export function recordExport(db: WritableDB, e: ExportLedgerEntry): number {
  db.prepare(
    'INSERT INTO exports (id, created_at, recipient, profile, file_name, sha256, size, manifest_json, signing_fingerprint, custody_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM custody_log))',
  ).run(e.exportId, e.createdAt, e.recipient, e.profile, e.fileName, e.sha256, e.size, e.manifestJson, e.signingFingerprint);
  return db.prepare('SELECT custody_seq FROM exports WHERE id = ?').pluck().get(e.exportId) as number;
}
