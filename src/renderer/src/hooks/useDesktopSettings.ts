/** The desktop settings (auto-lock time, recent list), read once per case screen and updated in place. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { DesktopSettings } from '../../../preload/desktop';
import { casefile } from '../api';

const KEY = ['desktop', 'settings'];

export function useDesktopSettings(): [DesktopSettings | undefined, (patch: Partial<DesktopSettings>) => Promise<void>] {
  const client = useQueryClient();
  const { data } = useQuery({ queryKey: KEY, queryFn: () => casefile().desktop.getSettings() });
  const update = useCallback(
    async (patch: Partial<DesktopSettings>) => {
      client.setQueryData(KEY, await casefile().desktop.setSettings(patch));
    },
    [client],
  );
  return [data, update];
}
