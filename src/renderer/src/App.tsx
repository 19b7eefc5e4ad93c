/**
 * The app's screens as a small state machine: start → new case / restore / unlock → case. Locking (by hand, after
 * idle time, or by the shell on suspend) drops the case state entirely and returns to unlock; it never
 * waits for the user, so unsaved edits are discarded and the case screen says so after the next unlock.
 * Inside the case, views have hash addresses (see routes.tsx); every open starts at the overview.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CaseInfo } from '../../shared/contract/case';
import type { ChosenFile } from '../../preload/desktop';
import { casefile } from './api';
import { navigate } from './navigation/location';
import { discardForLock, takeDiscardedAtLock } from './navigation/unsaved';
import { CaseScreen } from './screens/CaseScreen';
import { NewCaseScreen } from './screens/NewCaseScreen';
import { RestoreScreen } from './screens/RestoreScreen';
import { StartScreen } from './screens/StartScreen';
import { UnlockScreen } from './screens/UnlockScreen';

export type View =
  | { screen: 'start'; notice?: string }
  | { screen: 'new' }
  | { screen: 'restore' }
  | { screen: 'unlock'; file: ChosenFile; notice?: string }
  | { screen: 'case'; info: CaseInfo; file: ChosenFile; session: number; discarded: string[] };

export function App() {
  const [view, setView] = useState<View>({ screen: 'start' });

  const lock = useCallback(async (reason: 'manual' | 'idle' | 'system') => {
    discardForLock();
    try {
      await casefile().closeCase({});
    } catch {
      // Already closed (e.g. by the shell): the view is cleared either way.
    }
    setView((v) =>
      v.screen === 'case'
        ? {
            screen: 'unlock',
            file: v.file,
            notice:
              reason === 'manual'
                ? 'Case locked.'
                : reason === 'idle'
                  ? 'Locked after a period of inactivity.'
                  : 'Locked because the computer was locked or went to sleep.',
          }
        : v,
    );
  }, []);

  useEffect(() => casefile().desktop.onLocked(() => void lock('system')), [lock]);

  const opened = useCallback((info: CaseInfo, file: ChosenFile) => {
    navigate('/', { replace: true });
    setView({ screen: 'case', info, file, session: Date.now(), discarded: takeDiscardedAtLock() });
  }, []);

  switch (view.screen) {
    case 'start':
      return (
        <StartScreen
          notice={view.notice}
          onNew={() => setView({ screen: 'new' })}
          onRestore={() => setView({ screen: 'restore' })}
          onUnlock={(file) => setView({ screen: 'unlock', file })}
          onOpened={opened}
        />
      );
    case 'new':
      return <NewCaseScreen onCancel={() => setView({ screen: 'start' })} onCreated={opened} />;
    case 'restore':
      return <RestoreScreen onBack={() => setView({ screen: 'start' })} onOpen={(file) => setView({ screen: 'unlock', file })} />;
    case 'unlock':
      return (
        <UnlockScreen
          key={view.file.path}
          file={view.file}
          notice={view.notice}
          onBack={() => setView({ screen: 'start' })}
          onOpened={opened}
        />
      );
    case 'case':
      return (
        <CaseScreen
          key={view.session}
          info={view.info}
          file={view.file}
          discarded={view.discarded}
          onLock={lock}
          onExit={(notice) => {
            discardForLock();
            takeDiscardedAtLock();
            setView({ screen: 'start', notice });
          }}
        />
      );
  }
}
