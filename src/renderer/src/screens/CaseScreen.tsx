/**
 * The open case: a sidebar (case, sections, lock) and the current section. Everything about the case lives
 * in this component's state, so unmounting it on lock drops it from memory.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CaseInfo } from '../../../shared/contract/case';
import type { ChosenFile, DesktopSettings } from '../../../preload/desktop';
import { casefile } from '../api';
import { Brand } from '../components/ui';
import { useIdleLock } from '../hooks/useIdleLock';
import { ExportScreen } from './ExportScreen';
import { OverviewView } from './OverviewView';

export const SECTIONS = [
  { id: 'overview', label: 'Overview' },
  { id: 'sources', label: 'Sources' },
  { id: 'suggestions', label: 'Suggestions' },
  { id: 'testimony', label: 'Testimony' },
  { id: 'allegations', label: 'Allegations' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'asylum', label: 'Asylum' },
  { id: 'export', label: 'Export' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

const AUTO_LOCK_CHOICES = [60, 300, 600, 900, 1800, 3600];

function describeSeconds(s: number): string {
  return s % 60 === 0 ? `${s / 60} min` : `${s} s`;
}

interface Props {
  info: CaseInfo;
  file: ChosenFile;
  onLock(reason: 'manual' | 'idle'): void;
}

export function CaseScreen({ info: initialInfo, file, onLock }: Props) {
  const [section, setSection] = useState<SectionId>('overview');
  const [info, setInfo] = useState(initialInfo);
  const [settings, setSettings] = useState<DesktopSettings | null>(null);

  useEffect(() => {
    let live = true;
    void casefile()
      .desktop.getSettings()
      .then((s) => live && setSettings(s));
    return () => {
      live = false;
    };
  }, []);

  const idle = useCallback(() => onLock('idle'), [onLock]);
  useIdleLock(settings?.autoLockSeconds ?? null, idle);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        onLock('manual');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onLock]);

  const refreshInfo = useCallback(async () => setInfo(await casefile().caseInfo({})), []);

  const changeAutoLock = async (seconds: number) => setSettings(await casefile().desktop.setSettings({ autoLockSeconds: seconds }));

  const choices =
    settings && !AUTO_LOCK_CHOICES.includes(settings.autoLockSeconds)
      ? [settings.autoLockSeconds, ...AUTO_LOCK_CHOICES]
      : AUTO_LOCK_CHOICES;

  return (
    <div className="case-layout">
      <aside className="sidebar">
        <Brand />
        <div className="case-name" title={file.path}>
          <span className="case-title">{info.title || file.name}</span>
          <span className="case-file">{file.name}</span>
        </div>
        <nav aria-label="Case sections">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <button
                  className={section === s.id ? 'nav-item active' : 'nav-item'}
                  aria-current={section === s.id ? 'page' : undefined}
                  onClick={() => setSection(s.id)}
                >
                  {s.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-foot">
          {settings ? (
            <label className="field compact">
              <span className="label">Lock when idle for</span>
              <select value={settings.autoLockSeconds} onChange={(e) => void changeAutoLock(Number(e.target.value))}>
                {choices.map((c) => (
                  <option key={c} value={c}>
                    {describeSeconds(c)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button className="lock-button" onClick={() => onLock('manual')} title="Lock (Ctrl+L)">
            Lock case
          </button>
        </div>
      </aside>
      <main className="content">
        {section === 'overview' ? (
          <OverviewView info={info} onChanged={refreshInfo} />
        ) : section === 'export' ? (
          <ExportScreen />
        ) : (
          <section className="placeholder">
            <h1>{SECTIONS.find((s) => s.id === section)?.label}</h1>
            <p className="empty">This part of the case is not in this version of Casefile yet.</p>
          </section>
        )}
      </main>
    </div>
  );
}
