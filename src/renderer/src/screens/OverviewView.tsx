import { useEffect, useState } from 'react';
import type { CaseInfo } from '../../../shared/contract/case';
import { optionalCall } from '../api';
import { ProfileCard } from './ProfileCard';

interface Extras {
  /** null: the operation is not available in this build. */
  allegations: { category: string; label: string; count: number }[] | null;
  timeline: { first: string | null; last: string | null; count: number } | null;
  asylum: { country: string; stage: string }[] | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** Read what later operations return, defensively: a missing or failing operation shows "not available". */
async function loadExtras(): Promise<Extras> {
  const [alleg, tl, asy] = await Promise.all([
    optionalCall('listAllegations', {}),
    optionalCall('timeline', {}),
    optionalCall('asylumOverview', {}),
  ]);
  let allegations: Extras['allegations'] = null;
  if (Array.isArray(alleg)) {
    const by = new Map<string, { category: string; label: string; count: number }>();
    for (const a of alleg as { category?: unknown; categoryLabel?: unknown }[]) {
      const category = str(a?.category) ?? 'other';
      const entry = by.get(category) ?? { category, label: str(a?.categoryLabel) ?? category, count: 0 };
      entry.count++;
      by.set(category, entry);
    }
    allegations = [...by.values()].sort((x, y) => y.count - x.count);
  }
  let timeline: Extras['timeline'] = null;
  const events = (tl as { events?: unknown } | null)?.events;
  if (Array.isArray(events)) {
    const dates = events
      .map(
        (e: { date?: { value?: unknown; end?: unknown; text?: unknown } }) =>
          [str(e?.date?.value), str(e?.date?.end) ?? str(e?.date?.value)] as const,
      )
      .filter(([v]) => v !== null) as [string, string][];
    const starts = dates.map((d) => d[0]).sort();
    const ends = dates.map((d) => d[1]).sort();
    timeline = { first: starts[0] ?? null, last: ends[ends.length - 1] ?? null, count: events.length };
  }
  let asylum: Extras['asylum'] = null;
  const countries = (asy as { countries?: unknown } | null)?.countries;
  if (Array.isArray(countries)) {
    asylum = countries.map((c: { country?: unknown; currentStage?: unknown }) => ({
      country: str(c?.country) ?? '?',
      stage: str(c?.currentStage) ?? 'unknown',
    }));
  }
  return { allegations, timeline, asylum };
}

export function OverviewView({ info, onChanged }: { info: CaseInfo; onChanged(): void }) {
  const [extras, setExtras] = useState<Extras | null>(null);

  useEffect(() => {
    let live = true;
    void loadExtras().then((x) => live && setExtras(x));
    return () => {
      live = false;
    };
  }, [info]);

  const c = info.counts;
  return (
    <div className="overview">
      <header className="content-head">
        <h1>Overview</h1>
        <p className="muted">
          Created {new Date(info.createdAt).toLocaleDateString()} · {c.custodyEntries} custody entries · {(info.fileSize / 1024).toFixed(0)}{' '}
          KB
        </p>
      </header>

      <section className="stats" aria-label="Case at a glance">
        <div className="stat" data-testid="stat-sources">
          <span className="stat-value">{c.sources}</span>
          <span className="stat-label">sources</span>
        </div>
        <div className="stat" data-testid="stat-allegations">
          <span className="stat-value">{c.allegations}</span>
          <span className="stat-label">allegations</span>
        </div>
        <div className="stat">
          <span className="stat-value">{c.statements}</span>
          <span className="stat-label">statements</span>
        </div>
        <div className="stat">
          <span className="stat-value">{c.pendingSuggestions}</span>
          <span className="stat-label">suggestions to review</span>
        </div>
      </section>

      <div className="overview-grid">
        <ProfileCard onSaved={onChanged} />

        <div className="side-cards">
          <section className="card" aria-labelledby="asylum-heading">
            <h2 id="asylum-heading">Asylum</h2>
            {extras === null ? null : extras.asylum === null ? (
              <p className="empty">Not available in this version.</p>
            ) : extras.asylum.length === 0 ? (
              <p className="empty">No asylum steps recorded.</p>
            ) : (
              <ul className="plain-list">
                {extras.asylum.map((a) => (
                  <li key={a.country}>
                    <span className="country">{a.country}</span> <span className="badge">{a.stage}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="card" aria-labelledby="alleg-heading">
            <h2 id="alleg-heading">Allegations by category</h2>
            {extras === null ? null : extras.allegations === null ? (
              <p className="empty">Not available in this version.</p>
            ) : extras.allegations.length === 0 ? (
              <p className="empty">No allegations recorded yet.</p>
            ) : (
              <ul className="plain-list counts">
                {extras.allegations.map((a) => (
                  <li key={a.category}>
                    <span>{a.label}</span>
                    <span className="count">{a.count}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="card" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Timeline</h2>
            {extras === null ? null : extras.timeline === null ? (
              <p className="empty">Not available in this version.</p>
            ) : extras.timeline.count === 0 ? (
              <p className="empty">No dated events yet.</p>
            ) : (
              <p>
                {extras.timeline.count} events{extras.timeline.first ? `, ${extras.timeline.first} – ${extras.timeline.last}` : ''}
              </p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
