/**
 * Cut a text into runs at every span boundary, so overlapping suggestion spans can be drawn as nested
 * highlights without changing a character of the text (offsets stay exact: the runs join back to it).
 */
export interface Span {
  id: string;
  start: number;
  end: number;
  kind: string;
}

export interface Run {
  start: number;
  end: number;
  text: string;
  /** The spans covering this run, widest first. */
  spans: Span[];
}

export function toRuns(text: string, spans: readonly Span[]): Run[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = valid.filter((s) => s.start <= start && s.end >= end).sort((a, b) => b.end - b.start - (a.end - a.start));
    runs.push({ start, end, text: text.slice(start, end), spans: covering });
  }
  return runs;
}
