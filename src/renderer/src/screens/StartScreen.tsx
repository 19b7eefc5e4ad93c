import { useCallback, useEffect, useState } from 'react';
import type { CaseInfo } from '../../../shared/contract/case';
import type { DemoCaseInfo } from '../../../shared/contract/sources';
import type { ChosenFile, DesktopSettings, RecentFile } from '../../../preload/desktop';
import { casefile, explain, toUiError } from '../api';
import { Brand, ErrorMessage, Notice } from '../components/ui';
import { WorkProgress } from '../components/WorkProgress';
import type { Progress } from '../../../shared/contract/define';

/** The demo case holds only public articles; its passphrase is printed on the start screen. */
export const DEMO_PASSPHRASE = 'demo';

interface Props {
  notice?: string;
  onNew(): void;
  onRestore(): void;
  onUnlock(file: ChosenFile): void;
  onOpened(info: CaseInfo, file: ChosenFile): void;
}

export function StartScreen({ notice, onNew, onRestore, onUnlock, onOpened }: Props) {
  const [recent, setRecent] = useState<RecentFile[] | null>(null);
  const [settings, setSettings] = useState<DesktopSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A demo case is being built: its progress (null until the first report) and how to cancel it.
  const [building, setBuilding] = useState<{ progress: Progress | null; abort: AbortController } | null>(null);
  const busy = building !== null;
  // One demo case per defector in the sample articles; the first (richest) is the main button.
  const [demos, setDemos] = useState<DemoCaseInfo[]>([]);

  useEffect(() => {
    let live = true;
    void casefile()
      .listDemoCases({})
      .then((d) => live && setDemos(d))
      // Without the sample list the demo button still builds the default demo; say why the others are missing.
      .catch((e: unknown) => live && setError(`The sample articles could not be listed: ${explain(toUiError(e))}`));
    void Promise.all([casefile().desktop.recentFiles(), casefile().desktop.getSettings()])
      .then(([r, s]) => {
        if (!live) return;
        setRecent(r);
        setSettings(s);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setRecent([]);
        setError(`The list of recent case files could not be read: ${explain(toUiError(e))}`);
      });
    return () => {
      live = false;
    };
  }, []);

  const openDialog = useCallback(async () => {
    setError(null);
    const file = await casefile().desktop.chooseCaseFile();
    if (file) onUnlock(file);
  }, [onUnlock]);

  const forget = useCallback(async (path: string) => setRecent(await casefile().desktop.forgetRecent(path)), []);

  const toggleKeep = useCallback(async (keep: boolean) => {
    setSettings((s) => (s ? { ...s, keepRecent: keep } : s));
    const s = await casefile().desktop.setSettings({ keepRecent: keep });
    setSettings(s);
    setRecent(await casefile().desktop.recentFiles());
  }, []);

  const openDemo = useCallback(
    async (demo?: DemoCaseInfo) => {
      setError(null);
      const abort = new AbortController();
      setBuilding({ progress: null, abort });
      try {
        const file = await casefile().desktop.demoCasePath();
        // buildDemo leaves the new case open (see the contract).
        const info = await casefile().buildDemo(
          { path: file.path, passphrase: DEMO_PASSPHRASE, defector: demo?.id },
          {
            signal: abort.signal,
            onProgress: (p) =>
              setBuilding({ progress: { ...p, label: p.label ? `Building the demo case: ${p.label}` : undefined }, abort }),
          },
        );
        onOpened(info, file);
      } catch (e) {
        const ui = toUiError(e);
        // Whatever was half-built stays locked: close it in the service too.
        await casefile()
          .closeCase({})
          .catch(() => undefined);
        setError(ui.code === 'CANCELLED' || abort.signal.aborted ? 'The demo case was not built: cancelled.' : explain(ui));
        setBuilding(null);
      }
    },
    [onOpened],
  );

  return (
    <main className="start">
      <header className="start-header">
        <Brand />
        <p className="tagline">Encrypted case files for testimony. Nothing is stored unencrypted, and nothing leaves this computer.</p>
      </header>

      <Notice>{notice}</Notice>
      <ErrorMessage>{error}</ErrorMessage>

      <section className="start-actions" aria-label="Start">
        <button className="action-card primary" onClick={onNew} disabled={busy}>
          <span className="action-title">New case file</span>
          <span className="action-text">Create an encrypted file for one person’s case.</span>
        </button>
        <button className="action-card" onClick={() => void openDialog()} disabled={busy}>
          <span className="action-title">Open case file…</span>
          <span className="action-text">Choose a .casefile on this computer or a drive.</span>
        </button>
        <button className="action-card" onClick={onRestore} disabled={busy}>
          <span className="action-title">Restore a backup…</span>
          <span className="action-text">Put a backup or a colleague’s hand-over copy back as a case file.</span>
        </button>
        <button className="action-card" onClick={() => void openDemo(demos[0])} disabled={busy}>
          <span className="action-title">Open the demo case</span>
          <span className="action-text">
            {demos[0] ? `${demos[0].subject}, partly reviewed. ` : ''}Built from public sample articles. Passphrase: “{DEMO_PASSPHRASE}”.
          </span>
        </button>
      </section>
      {demos.length > 1 ? (
        <nav className="other-demos" aria-label="Other demo cases">
          <span>Other demo cases (one defector each):</span>
          {demos.slice(1).map((d) => (
            <button
              key={d.id}
              className="secondary small"
              aria-label={`Demo case of ${d.subject}`}
              onClick={() => void openDemo(d)}
              disabled={busy}
            >
              {d.subject}
            </button>
          ))}
        </nav>
      ) : null}
      {building ? (
        <WorkProgress
          label="Demo case progress"
          progress={building.progress}
          starting="Building the demo case from the sample articles…"
          format={(p) => `${p.done} of ${p.total} articles`}
          onCancel={() => building.abort.abort()}
        />
      ) : null}

      <section className="recent" aria-labelledby="recent-heading">
        <div className="section-head">
          <h2 id="recent-heading">Recent case files</h2>
          {settings ? (
            <label className="check">
              <input type="checkbox" checked={settings.keepRecent} onChange={(e) => void toggleKeep(e.target.checked)} />
              Keep a list of recent files
            </label>
          ) : null}
        </div>
        {recent === null ? null : recent.length === 0 ? (
          <p className="empty">
            {settings?.keepRecent === false
              ? 'No list is kept: Casefile does not remember which files you open.'
              : 'No recent case files. Files you open appear here (their location only).'}
          </p>
        ) : (
          <ul className="recent-list">
            {recent.map((r) => (
              <li key={r.path}>
                <button className="recent-open" onClick={() => onUnlock({ path: r.path, name: r.name })}>
                  <span className="recent-name">{r.name}</span>
                  <span className="recent-path">{r.path}</span>
                </button>
                <button
                  className="icon-button"
                  aria-label={`Remove ${r.name} from the list`}
                  title="Remove from the list"
                  onClick={() => void forget(r.path)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
