/**
 * Export: choose a profile and recipient, see what the PDF will include and leave out, write it where the
 * person chooses, and read the ledger of everything exported from this case.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportPreview, ExportProfile, ExportRecord, ExportResult } from '../../../shared/contract/report';
import type { Progress } from '../../../shared/contract/define';
import { casefile, explain, toUiError } from '../api';
import { useOpMutation } from '../data/operations';
import { ErrorMessage, Spinner } from '../components/ui';
import { WorkProgress } from '../components/WorkProgress';
import { baseName, formatSize, formatWhen, plural } from '../text/format';

/** The export just written, as shown: the contract's result (declared once there) with its file named. */
type WrittenExport = Pick<ExportResult, 'sha256' | 'size' | 'custodySeq' | 'createdAt'> & { fileName: string; path: string };

const SECTION_LABELS: Record<string, string> = {
  profile: 'Profile',
  asylum: 'Asylum',
  allegations: 'Allegations',
  timeline: 'Timeline',
  testimony: 'Testimony',
  sources: 'Sources',
  custody: 'Custody log',
};

export function ExportScreen() {
  const [profiles, setProfiles] = useState<ExportProfile[] | null>(null);
  const [profile, setProfile] = useState<string | null>(null);
  const [recipient, setRecipient] = useState('');
  const [recipientEdited, setRecipientEdited] = useState(false);
  const [preparedBy, setPreparedBy] = useState('');
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [ledger, setLedger] = useState<ExportRecord[] | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<WrittenExport | null>(null);
  const abort = useRef<AbortController | null>(null);
  // Through the data layer, so the overview's export count and the custody count update at once.
  const exportPdf = useOpMutation('exportPdf');

  const refreshLedger = useCallback(async () => {
    try {
      setLedger(await casefile().listExports({}));
    } catch (e) {
      setError(`The export ledger could not be read: ${explain(toUiError(e))}`);
    }
  }, []);

  useEffect(() => {
    let live = true;
    void casefile()
      .exportProfiles({})
      .then(
        (ps) => {
          if (!live) return;
          setProfiles(ps);
          if (ps.length > 0) {
            setProfile(ps[0].name);
            setRecipient(ps[0].defaultRecipient);
          }
        },
        (e) => live && setError(`The export profiles could not be loaded: ${explain(toUiError(e))}`),
      );
    void refreshLedger();
    return () => {
      live = false;
    };
  }, [refreshLedger]);

  useEffect(() => {
    if (!profile) return;
    let live = true;
    setPreview(null);
    setPreviewError(null);
    void casefile()
      .previewExport({ profile })
      .then(
        (p) => live && setPreview(p),
        (e) => live && setPreviewError(explain(toUiError(e))),
      );
    return () => {
      live = false;
    };
  }, [profile]);

  const chooseProfile = (p: ExportProfile) => {
    setProfile(p.name);
    setResult(null);
    if (!recipientEdited) setRecipient(p.defaultRecipient);
  };

  const runExport = async () => {
    if (!profile) return;
    setError(null);
    setResult(null);
    const date = new Date().toISOString().slice(0, 10);
    const target = await casefile().desktop.chooseSavePath({
      title: 'Save the evidence summary',
      defaultName: `evidence-summary-${profile}-${date}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (!target) return;
    const controller = new AbortController();
    abort.current = controller;
    setRunning(true);
    setProgress(null);
    try {
      const r = await exportPdf.run(
        {
          profile,
          recipient: recipient.trim() || undefined,
          preparedBy: preparedBy.trim() || undefined,
          outPath: target.path,
          // The native Save dialog has already asked before replacing an existing file.
          overwrite: true,
        },
        { signal: controller.signal, onProgress: (p) => setProgress(p) },
      );
      const path = r.path ?? target.path;
      setResult({
        fileName: baseName(path),
        path,
        sha256: r.sha256,
        size: r.size,
        custodySeq: r.custodySeq,
        createdAt: r.createdAt,
      });
      await refreshLedger();
    } catch (e) {
      const ui = toUiError(e);
      setError(
        ui.code === 'CANCELLED' || controller.signal.aborted
          ? 'The export was cancelled. Nothing was added to the ledger.'
          : `The PDF was not written: ${explain(ui)}`,
      );
    } finally {
      abort.current = null;
      setRunning(false);
      setProgress(null);
    }
  };

  const current = profiles?.find((p) => p.name === profile) ?? null;

  return (
    <div className="export">
      <header className="content-head">
        <h1>Export</h1>
        <p className="muted">
          Write an evidence summary PDF for one recipient. The profile decides what it releases; every export is recorded in the custody log
          and the ledger below.
        </p>
      </header>

      <ErrorMessage>{error}</ErrorMessage>

      <div className="export-grid">
        <section className="card" aria-labelledby="export-setup-heading">
          <h2 id="export-setup-heading">Profile and recipient</h2>
          {profiles === null ? (
            error ? null : (
              <Spinner label="Loading profiles…" />
            )
          ) : (
            <fieldset className="profile-choice">
              <legend className="label">Export profile</legend>
              {profiles.map((p) => (
                <label key={p.name} className={p.name === profile ? 'profile-option selected' : 'profile-option'}>
                  <input
                    type="radio"
                    name="export-profile"
                    value={p.name}
                    aria-labelledby={`profile-${p.name}-title`}
                    aria-describedby={p.description ? `profile-${p.name}-desc` : undefined}
                    checked={p.name === profile}
                    disabled={running}
                    onChange={() => chooseProfile(p)}
                  />
                  <span className="profile-option-text">
                    <span className="profile-option-title" id={`profile-${p.name}-title`}>
                      {p.title}
                    </span>
                    {p.description ? (
                      <span className="profile-option-desc" id={`profile-${p.name}-desc`}>
                        {p.description}
                      </span>
                    ) : null}
                  </span>
                </label>
              ))}
            </fieldset>
          )}

          <label className="field">
            <span className="label">Recipient</span>
            <input
              value={recipient}
              maxLength={300}
              disabled={running}
              onChange={(e) => {
                setRecipient(e.target.value);
                setRecipientEdited(true);
              }}
            />
            {current?.defaultRecipient && !recipient.trim() ? (
              <span className="hint">Left empty, the profile’s recipient is used: {current.defaultRecipient}.</span>
            ) : null}
          </label>
          <label className="field">
            <span className="label">Prepared by</span>
            <input value={preparedBy} maxLength={300} disabled={running} onChange={(e) => setPreparedBy(e.target.value)} />
            <span className="hint">Printed on the cover page. Optional.</span>
          </label>
        </section>

        <section className="card" aria-labelledby="export-preview-heading" aria-busy={preview === null && !previewError}>
          <h2 id="export-preview-heading">What this export contains</h2>
          <ExportPreviewView preview={preview} error={previewError} />
        </section>
      </div>

      <div className="export-action">
        <button className="primary" disabled={!profile || !preview || running} onClick={() => void runExport()}>
          Export PDF…
        </button>
        {running ? (
          <WorkProgress
            label="Export progress"
            progress={progress}
            starting="Writing the PDF…"
            format={(p) => `${p.done} of ${p.total}`}
            onCancel={() => abort.current?.abort()}
          />
        ) : null}
      </div>

      {result ? (
        <section className="card export-result" aria-labelledby="export-result-heading" role="status">
          <h2 id="export-result-heading">Exported</h2>
          <dl className="result-list">
            <div>
              <dt>File</dt>
              <dd title={result.path}>
                {result.fileName} <span className="muted small">({formatSize(result.size)})</span>
              </dd>
            </div>
            <div>
              <dt>SHA-256</dt>
              <dd>
                <code className="hash" data-testid="result-sha256">
                  {result.sha256}
                </code>
              </dd>
            </div>
            <div>
              <dt>Custody entry</dt>
              <dd>
                #{result.custodySeq} · {formatWhen(result.createdAt)}
              </dd>
            </div>
          </dl>
        </section>
      ) : null}

      <section className="card" aria-labelledby="ledger-heading">
        <h2 id="ledger-heading">Export ledger</h2>
        {ledger === null ? null : ledger.length === 0 ? (
          <p className="empty">Nothing has been exported from this case yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="ledger">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Recipient</th>
                  <th scope="col">Profile</th>
                  <th scope="col">Custody</th>
                  <th scope="col">SHA-256</th>
                </tr>
              </thead>
              <tbody>
                {ledger.map((r) => (
                  <tr key={r.exportId}>
                    <td className="nowrap">{formatWhen(r.createdAt)}</td>
                    <td>{r.recipient || <span className="muted">—</span>}</td>
                    <td>
                      <span className="badge">{r.profile}</span>
                    </td>
                    <td className="nowrap">{r.custodySeq === null ? '—' : `#${r.custodySeq}`}</td>
                    <td>
                      <code className="hash">{r.sha256}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function ExportPreviewView({ preview, error }: { preview: ExportPreview | null; error: string | null }) {
  if (error) return <ErrorMessage>The preview could not be made: {error}</ErrorMessage>;
  if (!preview) return <Spinner label="Working out what is included…" />;
  const inc = preview.included;
  const exc = preview.excluded;
  const embedded = inc.sources.filter((s) => s.embedded).length;
  const selfInc = inc.allegations.filter((a) => a.selfIncriminating).length;
  const leftOut: string[] = [];
  if (exc.selfIncriminatingAllegations) leftOut.push(plural(exc.selfIncriminatingAllegations, 'self-incriminating allegation'));
  if (exc.retractedAllegations) leftOut.push(plural(exc.retractedAllegations, 'retracted allegation'));
  if (exc.statements) leftOut.push(plural(exc.statements, 'statement'));
  if (exc.events) leftOut.push(plural(exc.events, 'timeline event'));
  if (exc.originalsWithheld) leftOut.push(`${plural(exc.originalsWithheld, 'original')} withheld`);
  if (exc.pseudonymisedPeople) leftOut.push(`${plural(exc.pseudonymisedPeople, 'person', 'people')} named by pseudonym`);
  if (exc.sensitiveFieldsWithheld.length) leftOut.push(`sensitive fields withheld: ${exc.sensitiveFieldsWithheld.join(', ')}`);

  return (
    <div className="preview" data-testid="export-preview">
      <p className="muted small">Sections: {preview.sections.map((s) => SECTION_LABELS[s] ?? s).join(' · ')}</p>
      <h3 className="preview-head">Included</h3>
      <ul className="plain-list counts">
        <li>
          <span>Allegations{selfInc ? ` (${selfInc} self-incriminating)` : ''}</span>
          <span className="count">{inc.allegations.length}</span>
        </li>
        <li>
          <span>Timeline events</span>
          <span className="count">{inc.events}</span>
        </li>
        <li>
          <span>Statements</span>
          <span className="count">{inc.statements}</span>
        </li>
        <li>
          <span>Sources (originals embedded)</span>
          <span className="count">
            {inc.sources.length} ({embedded})
          </span>
        </li>
        <li>
          <span>Profile fields</span>
          <span className="count">{inc.profileFields.length}</span>
        </li>
        <li>
          <span>Custody entries</span>
          <span className="count">{inc.custodyEntries}</span>
        </li>
      </ul>
      <h3 className="preview-head">Left out</h3>
      {leftOut.length === 0 ? (
        <p className="empty">Nothing is left out under this profile.</p>
      ) : (
        <ul className="left-out">
          {leftOut.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
      {preview.warnings.length > 0 ? (
        <div className="preview-warnings" role="note" aria-label="Warnings">
          <h3 className="preview-head">Check before sending</h3>
          <ul>
            {preview.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
