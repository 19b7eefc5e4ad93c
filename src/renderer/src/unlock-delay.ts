/** Same schedule as main's UnlockThrottle (src/main/unlock-throttle.ts): none for two failures, then 1 s, 2 s, 4 s … up to 30 s. */
export function unlockDelaySeconds(failures: number): number {
  if (failures < 2) return 0;
  return Math.min(2 ** (failures - 2), 30);
}
