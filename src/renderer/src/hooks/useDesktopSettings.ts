/** The desktop settings (auto-lock time, recent list), read once per case screen and updated in place. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { DesktopSettings } from '../../../preload/desktop';
import { casefile } from '../api';

const KEY = ['desktop', 'settings'];

export function useDesktopSettings(): [DesktopSettings | undefined, (patch: Partial<DesktopSettings>) => Promise<void>] {
  const client = useQueryClient();
  // Read again whenever a view that shows them mounts (the settings view): they live outside the case.
  const { data } = useQuery({ queryKey: KEY, queryFn: () => casefile().desktop.getSettings(), staleTime: 0 });
  const update = useCallback(
    async (patch: Partial<DesktopSettings>) => {
      client.setQueryData(KEY, await casefile().desktop.setSettings(patch));
    },
    [client],
  );
  return [data, update];
}
