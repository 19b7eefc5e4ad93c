/**
 * The open case: a sidebar (case, custody count, sections, lock) and the current view, chosen by the hash
 * route (see ../routes.tsx). Every piece of case data lives in this component's query cache, so
 * unmounting it on lock drops it from memory.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import type { CaseInfo } from '../../../shared/contract/case';
import type { ChosenFile } from '../../../preload/desktop';
import { Brand, Notice } from '../components/ui';
import { opKey, useOp } from '../data/operations';
import { useIdleLock } from '../hooks/useIdleLock';
import { useDesktopSettings } from '../hooks/useDesktopSettings';
import { useCaseLocation } from '../navigation/location';
import { CaseExitContext } from '../navigation/case-exit';
import { LeaveDialog } from '../navigation/LeaveDialog';
import { isCurrent, ROUTES } from '../routes';
import { baseName } from '../text/format';
import { SearchPalette } from './SearchPalette';
import { UndoButton } from './UndoButton';

interface Props {
  info: CaseInfo;
  file: ChosenFile;
  /** What the last lock discarded (unsaved forms), to say so once. */
  discarded: string[];
  onLock(reason: 'manual' | 'idle'): void;
  /** The case is gone from this window (destroyed): back to the start screen with this message. */
  onExit(notice: string): void;
}

function newQueryClient(info: CaseInfo): QueryClient {
  const client = new QueryClient({
    // Only this window can change the open case (it is locked exclusively), and every change goes through
    // a mutation that marks what it changed stale: cached reads are good until then.
    defaultOptions: { queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
  });
  client.setQueryData(opKey('caseInfo', {}), info);
  return client;
}

export function CaseScreen({ info, file, discarded, onLock, onExit }: Props) {
  const [client] = useState(() => newQueryClient(info));
  useEffect(() => () => client.clear(), [client]);
  return (
    <QueryClientProvider client={client}>
      <CaseExitContext.Provider value={onExit}>
        <Router hook={useCaseLocation}>
          <CaseLayout file={file} discarded={discarded} recovered={info.recovered ?? []} onLock={onLock} />
        </Router>
      </CaseExitContext.Provider>
    </QueryClientProvider>
  );
}

const KIND_WORDS: Record<string, string> = {
  rekey: 'passphrase change',
  restore: 'restore',
  export: 'export',
  backup: 'backup',
  handover: 'hand-over copy',
};

/** What opening tidied up after an interrupted run, in words (the CLI says the same on stderr). */
function recoveredText(r: Recovered): string {
  const kind = KIND_WORDS[r.kind] ?? r.kind;
  const name = baseName(r.file);
  return r.action === 'completed'
    ? `finished the ${kind} an interrupted run had written and recorded (${name})`
    : `removed an unfinished ${kind} file an interrupted run left behind (${name})`;
}

type Recovered = NonNullable<CaseInfo['recovered']>[number];

function CaseLayout({ file, discarded, recovered, onLock }: Omit<Props, 'info' | 'onExit'> & { recovered: Recovered[] }) {
  const [location] = useLocation();
  const info = useOp('caseInfo', {}).data;
  const [settings] = useDesktopSettings();

  const [searching, setSearching] = useState(false);
  const idle = useCallback(() => onLock('idle'), [onLock]);
  useIdleLock(settings?.autoLockSeconds ?? null, idle);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        onLock('manual');
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setSearching(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onLock]);

  return (
    <div className="case-layout">
      <aside className="sidebar">
        <Brand />
        <div className="case-name" title={file.path}>
          <span className="case-title">{info?.title || file.name}</span>
          <span className="case-file">{file.name}</span>
          {info ? (
            <Link href="/custody" className="custody-count" data-testid="custody-count">
              {info.counts.custodyEntries} custody {info.counts.custodyEntries === 1 ? 'entry' : 'entries'}
            </Link>
          ) : null}
        </div>
        <nav aria-label="Case sections">
          <ul>
            {ROUTES.filter((r) => r.nav).map((r) => {
              const current = isCurrent(r.path, location);
              return (
                <li key={r.path}>
                  <Link href={r.path} className={current ? 'nav-item active' : 'nav-item'} aria-current={current ? 'page' : undefined}>
                    {r.nav}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <button type="button" className="search-button" onClick={() => setSearching(true)} title="Search (Ctrl+K)">
          Search <kbd>Ctrl+K</kbd>
        </button>
        <UndoButton />
        <div className="sidebar-foot">
          <button className="lock-button" onClick={() => onLock('manual')} title="Lock (Ctrl+L)">
            Lock case
          </button>
        </div>
      </aside>
      <main className="content">
        {discarded.length ? <Notice>Unsaved changes to {discarded.join(', ')} were discarded when the case locked.</Notice> : null}
        {recovered.length ? <Notice>Opening this case tidied up: {recovered.map(recoveredText).join('; ')}.</Notice> : null}
        <Switch>
          {ROUTES.map((r) => (
            <Route key={r.path} path={r.path} component={r.component} />
          ))}
          <Route>
            <section className="placeholder">
              <h1>Not found</h1>
              <p className="empty">
                There is no such view. <Link href="/">Back to the overview</Link>
              </p>
            </section>
          </Route>
        </Switch>
      </main>
      {searching ? <SearchPalette onClose={() => setSearching(false)} /> : null}
      <LeaveDialog />
    </div>
  );
}
