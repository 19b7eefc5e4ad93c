/** IPC channel names shared by main and the preload (no imports: the preload bundles this file). */
export const CHANNEL_PREFIX = 'casefile:';
export const DESKTOP_PREFIX = 'casefile-desktop:';
export const PROGRESS_CHANNEL = 'casefile-progress';
export const CANCEL_CHANNEL = 'casefile-cancel';
export const LOCKED_CHANNEL = 'casefile-locked';
/** Paths of files dropped on the window (from the preload's webUtils.getPathForFile): allowed for import only. */
export const DROPPED_CHANNEL = 'casefile-dropped';

/** The main-only operations behind window.casefile.desktop (see src/preload/desktop.d.ts). */
export const DESKTOP_METHODS = [
  'chooseCaseFile',
  'chooseNewCaseFile',
  'chooseFiles',
  'chooseSavePath',
  'demoCasePath',
  'recentFiles',
  'forgetRecent',
  'getSettings',
  'setSettings',
] as const;
