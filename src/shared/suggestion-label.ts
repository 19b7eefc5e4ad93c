/** One line saying what a suggestion proposes, for the terminal, the review screen and the bulk-accept preview. */

const one = (s: unknown, n = 100) => {
  const t = String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

export function describeSuggestion(kind: string, p: Record<string, unknown>, personKind?: string | null): string {
  switch (kind) {
    case 'subject':
      return `${String(p.name)}${p.rank ? `, ${String(p.rank)}` : ''}`;
    case 'person':
      return `${String(p.name)}${p.role ? ` (${String(p.role)})` : ''}${personKind ? ` [${personKind}]` : ''}`;
    case 'quote':
      return `${p.speaker ? `${String(p.speaker)}: ` : ''}“${one(p.text, 80)}”`;
    case 'date':
      return `${String(p.text)} → ${String(p.date ?? '?')} (${String(p.precision)})`;
    case 'asylum':
      return `${String(p.status)} ${String(p.country ?? '??')}: ${one(p.text, 70)}`;
    case 'allegation':
      return `${String(p.category)} [${String(p.basis)}${p.selfIncriminating ? ', self-incriminating' : ''}]: ${one(p.text, 70)}`;
    default:
      return String(p.name ?? JSON.stringify(p));
  }
}
