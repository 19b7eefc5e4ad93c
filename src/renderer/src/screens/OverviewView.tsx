/**
 * The case at a glance: counts (each a link to its section), the profile, asylum, allegations by
 * category and the timeline's span. Every number comes from the query cache, so it changes as soon as
 * an import, an accept or an export changes it.
 */
import { Link } from 'wouter';
import { explain } from '../api';
import { ErrorMessage } from '../components/ui';
import { useOp } from '../data/operations';
import { plural } from '../text/format';
import { ProfileCard } from './ProfileCard';

function Stat({ href, value, label, testId }: { href: string; value: number | undefined; label: string; testId: string }) {
  return (
    <Link href={href} className="stat" data-testid={testId} aria-label={`${value ?? '…'} ${label}`}>
      <span className="stat-value">{value ?? '…'}</span>
      <span className="stat-label">{label}</span>
    </Link>
  );
}

export function OverviewView() {
  // The counts by category and the timeline's span come with caseInfo, counted in SQL: the overview of a
  // case with 100,000 records does not build every allegation and event to count them.
  const info = useOp('caseInfo', {});
  const asylum = useOp('asylumOverview', {});

  const c = info.data?.counts;
  const categories = info.data?.overview.allegationsByCategory;
  const events = info.data?.overview.events;

  return (
    <div className="overview">
      <header className="content-head">
        <h1>Overview</h1>
        {info.data ? (
          <p className="muted">
            Created {new Date(info.data.createdAt).toLocaleDateString()} ·{' '}
            {plural(info.data.counts.custodyEntries, 'custody entry', 'custody entries')} · {(info.data.fileSize / 1024).toFixed(0)} KB
          </p>
        ) : null}
        <ErrorMessage>{info.error ? explain(info.error) : null}</ErrorMessage>
      </header>

      <section className="stats" aria-label="Case at a glance">
        <Stat href="/sources" value={c?.sources} label="sources" testId="stat-sources" />
        <Stat href="/allegations" value={c?.allegations} label="allegations" testId="stat-allegations" />
        <Stat href="/testimony" value={c?.statements} label="statements" testId="stat-statements" />
        <Stat href="/suggestions" value={c?.pendingSuggestions} label="suggestions to review" testId="stat-suggestions" />
        <Stat href="/export" value={c?.exports} label="exports" testId="stat-exports" />
      </section>

      <div className="overview-grid">
        <ProfileCard />

        <div className="side-cards">
          <section className="card" aria-labelledby="asylum-heading">
            <h2 id="asylum-heading">Asylum</h2>
            <ErrorMessage>{asylum.error ? explain(asylum.error) : null}</ErrorMessage>
            {!asylum.data ? null : asylum.data.countries.length === 0 ? (
              <p className="empty">No asylum steps recorded.</p>
            ) : (
              <ul className="plain-list">
                {asylum.data.countries.map((a) => (
                  <li key={a.country}>
                    <span className="country">{a.country}</span> <span className="badge">{a.currentStage}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="card" aria-labelledby="alleg-heading">
            <h2 id="alleg-heading">Allegations by category</h2>
            {!categories ? null : categories.length === 0 ? (
              <p className="empty">No allegations recorded yet.</p>
            ) : (
              <ul className="plain-list counts">
                {categories.map((a) => (
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
            {!events ? null : events.count === 0 ? (
              <p className="empty">No dated events yet.</p>
            ) : (
              <p>
                {events.count} events{events.first ? `, ${events.first} – ${events.last}` : ''}
              </p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
