/**
 * Repeated wrong passphrases are slowed down: no wait for the first two, then 1 s, 2 s, 4 s … up to 30 s
 * before the next attempt is even tried. The renderer shows the same countdown; main enforces it.
 */
export function unlockDelayMs(failures: number): number {
  if (failures < 2) return 0;
  return Math.min(1000 * 2 ** (failures - 2), 30_000);
}

export class UnlockThrottle {
  private readonly failures = new Map<string, number>();

  delayFor(path: string): number {
    return unlockDelayMs(this.failures.get(path) ?? 0);
  }

  failed(path: string): void {
    this.failures.set(path, (this.failures.get(path) ?? 0) + 1);
  }

  succeeded(path: string): void {
    this.failures.delete(path);
  }
}
