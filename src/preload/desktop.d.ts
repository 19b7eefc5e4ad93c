/**
 * The renderer's view of the preload: `window.casefile` is the contract client (every operation in
 * src/shared/api.ts) plus `desktop`, the few things only the desktop shell can do (native dialogs, the
 * recent-files list, settings, lock notifications). Included by tsconfig.web.json.
 */
import type { CasefileApi } from '../shared/api';

export interface ChosenFile {
  /** Absolute path, as chosen in a native dialog (or taken from the recent list). */
  path: string;
  /** The file name, for display. */
  name: string;
}

export interface RecentFile {
  path: string;
  name: string;
  openedAt: string;
}

export interface DesktopSettings {
  /** Keep a list of recently opened case files (paths only). Turning it off clears the list. */
  keepRecent: boolean;
  /** Lock the case after this many seconds without keyboard or mouse input. */
  autoLockSeconds: number;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface DesktopApi {
  /**
   * Native "Open" dialog for a case file to open (default), or with purpose 'restore-source' a backup to
   * restore, or 'destroy-case' a case to delete; null when cancelled.
   */
  chooseCaseFile(options?: { purpose?: 'open-case' | 'restore-source' | 'destroy-case' }): Promise<ChosenFile | null>;
  /** Native "Save" dialog for a new case file; null when cancelled. */
  chooseNewCaseFile(suggestedName?: string): Promise<ChosenFile | null>;
  /**
   * Native "Open" dialog for files to import, or (purpose 'verify-export') an exported PDF to check. The
   * paths are accepted by operations only for that purpose (shared/contract/paths.ts).
   */
  chooseFiles(options?: {
    title?: string;
    filters?: FileFilter[];
    multiple?: boolean;
    purpose?: 'import' | 'verify-export';
  }): Promise<ChosenFile[]>;
  /** Native "Save" dialog for an export (default) or, with purpose 'backup-target' / 'handover-target', a copy of the case. */
  chooseSavePath(options?: {
    title?: string;
    defaultName?: string;
    filters?: FileFilter[];
    purpose?: 'export-target' | 'backup-target' | 'handover-target';
  }): Promise<ChosenFile | null>;
  /** A fresh location for the demo case, in the system temp folder. */
  demoCasePath(): Promise<ChosenFile>;
  recentFiles(): Promise<RecentFile[]>;
  forgetRecent(path: string): Promise<RecentFile[]>;
  getSettings(): Promise<DesktopSettings>;
  setSettings(patch: Partial<DesktopSettings>): Promise<DesktopSettings>;
  /**
   * Files dropped on the window: the preload asks Electron for their paths (webUtils.getPathForFile) and
   * the shell allows those paths for importing only. Files not from disk (made by a page) have no path
   * and are left out.
   */
  droppedFiles(files: readonly File[]): Promise<ChosenFile[]>;
  /** Called when the shell locked the case by itself (system suspend, screen lock). Returns an unsubscribe. */
  onLocked(listener: (reason: string) => void): () => void;
}

export type CasefileWindowApi = CasefileApi & { desktop: DesktopApi };

declare global {
  interface Window {
    casefile: CasefileWindowApi;
  }
}
