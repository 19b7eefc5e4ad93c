/**
 * Desktop settings and the recent-files list, in the app's userData folder. Paths and file names only:
 * never a title, a passphrase or anything from inside a case. Turning "keep recent" off empties the list.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import type { DesktopSettings, RecentFile } from '../preload/desktop';

const MAX_RECENT = 12;

export const SettingsPatch = z
  .object({
    keepRecent: z.boolean(),
    autoLockSeconds: z
      .number()
      .int()
      .min(1)
      .max(24 * 3600),
  })
  .partial()
  .strict();

const Stored = z.object({
  keepRecent: z.boolean().default(true),
  autoLockSeconds: z
    .number()
    .int()
    .min(1)
    .max(24 * 3600)
    .default(600),
  recent: z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() })).default([]),
});
type Stored = z.infer<typeof Stored>;

export class SettingsStore {
  private data: Stored;
  private readonly file: string;

  constructor(private readonly dir: string) {
    this.file = join(dir, 'casefile-settings.json');
    this.data = Stored.parse({});
    try {
      const parsed = Stored.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      if (parsed.success) this.data = parsed.data;
    } catch {
      // no file yet, or unreadable: start from defaults
    }
  }

  settings(): DesktopSettings {
    return { keepRecent: this.data.keepRecent, autoLockSeconds: this.data.autoLockSeconds };
  }

  update(patch: unknown): DesktopSettings {
    const p = SettingsPatch.parse(patch);
    this.data = { ...this.data, ...p };
    if (!this.data.keepRecent) this.data.recent = [];
    this.save();
    return this.settings();
  }

  recent(): RecentFile[] {
    return this.data.recent.map((r) => ({ ...r }));
  }

  remember(path: string, now = new Date()): void {
    if (!this.data.keepRecent) return;
    const p = resolve(path);
    const rest = this.data.recent.filter((r) => r.path !== p);
    this.data.recent = [{ path: p, name: basename(p), openedAt: now.toISOString() }, ...rest].slice(0, MAX_RECENT);
    this.save();
  }

  forget(path: string): RecentFile[] {
    const p = resolve(path);
    this.data.recent = this.data.recent.filter((r) => r.path !== p);
    this.save();
    return this.recent();
  }

  private save(): void {
    mkdirSync(this.dir, { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data, null, 2), { mode: 0o600 });
    renameSync(tmp, this.file);
  }
}
