import { useEffect, useRef } from 'react';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** Calls `onIdle` once after `seconds` without keyboard, mouse or touch input. */
export function useIdleLock(seconds: number | null, onIdle: () => void): void {
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!seconds || seconds <= 0) return;
    let timer = setTimeout(fire, seconds * 1000);
    let fired = false;
    function fire() {
      if (fired) return;
      fired = true;
      callback.current();
    }
    const reset = () => {
      if (fired) return;
      clearTimeout(timer);
      timer = setTimeout(fire, seconds * 1000);
    };
    for (const ev of ACTIVITY) window.addEventListener(ev, reset, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const ev of ACTIVITY) window.removeEventListener(ev, reset, { capture: true });
    };
  }, [seconds]);
}
