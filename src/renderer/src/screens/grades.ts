/** The Admiralty scales in words (legal.md §4.1): source reliability A–F (per source), information credibility 1–6 (per link). */
export const RELIABILITY = [
  ['A', 'A: completely reliable'],
  ['B', 'B: usually reliable'],
  ['C', 'C: fairly reliable'],
  ['D', 'D: not usually reliable'],
  ['E', 'E: unreliable'],
  ['F', 'F: reliability cannot be judged'],
] as const;
export const CREDIBILITY = [
  ['1', '1: confirmed by other sources'],
  ['2', '2: probably true'],
  ['3', '3: possibly true'],
  ['4', '4: doubtful'],
  ['5', '5: improbable'],
  ['6', '6: truth cannot be judged'],
] as const;
