/**
 * What a backup, hand-over or restore wrote, as the investigator needs to record it: the file, its size
 * and SHA-256, that it was verified, the custody entries on each side, and the signing key it carries.
 */
import type { ReactNode } from 'react';
import type { CopyResult } from '../../../shared/contract/case';
import { baseName, formatSize } from '../text/format';

interface Props {
  /** The card's heading ("Backup written and verified"), unique on its screen. */
  title: string;
  result: CopyResult;
  /** Custody lines, each "where: entry". */
  custody: { where: string; entry: ReactNode }[];
  children?: ReactNode;
}

export function CopyResultView({ title, result, custody, children }: Props) {
  const id = `copy-result-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="card copy-result" aria-labelledby={id} role="status">
      <h2 id={id}>{title}</h2>
      <dl className="result-list">
        <div>
          <dt>File</dt>
          <dd title={result.path}>
            {baseName(result.path)} <span className="muted small">({formatSize(result.size)})</span>
            <div className="file-path">{result.path}</div>
          </dd>
        </div>
        <div>
          <dt>SHA-256</dt>
          <dd>
            <code className="hash" data-testid="copy-sha256">
              {result.sha256}
            </code>
          </dd>
        </div>
        <div>
          <dt>Verified</dt>
          <dd>
            Opened again after writing: every page, the custody chain
            {result.copyHead ? ` (up to entry #${result.copyHead.seq})` : ''} and the file length checked.
          </dd>
        </div>
        {custody.map((c) => (
          <div key={c.where}>
            <dt>{c.where}</dt>
            <dd>{c.entry}</dd>
          </div>
        ))}
        <div>
          <dt>Signing key</dt>
          <dd>
            {result.signingKey ? (
              <>
                The case’s export-signing key travels with it: <code className="hash">{result.signingKey}</code>
              </>
            ) : (
              'The case has no export-signing key yet (one is made at its first export).'
            )}
          </dd>
        </div>
      </dl>
      {children}
    </section>
  );
}
