/**
 * The custody log: every change and export, hash-chained. Filter by action and entity; Verify
 * recomputes the chain and every source's SHA-256 and names the first entry or source that does not match.
 */
import { createColumnHelper } from '@tanstack/react-table';
import { useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { CustodyEntry, VerifyReport } from '../../../shared/contract/case';
import type { Progress } from '../../../shared/api';
import { explain } from '../api';
import { DataTable } from '../components/DataTable';
import { ErrorMessage, Spinner } from '../components/ui';
import { useCustodyLog } from '../data/custody';
import { useOpMutation } from '../data/operations';

const col = createColumnHelper<CustodyEntry>();
const columns = [
  col.accessor('seq', { meta: { label: '#', width: '4.5rem', numeric: true } }),
  col.accessor('at', { meta: { label: 'When', width: '11rem' }, cell: (c) => new Date(c.getValue()).toLocaleString() }),
  col.accessor('action', { meta: { label: 'Action', width: '11rem' } }),
  col.accessor('entity', { meta: { label: 'Entity', width: '8rem' } }),
  col.accessor('entityId', {
    meta: { label: 'Record', width: '10rem' },
    cell: (c) => {
      const id = c.getValue();
      if (!id) return <span className="muted">—</span>;
      return c.row.original.entity === 'source' ? (
        <Link href={`/sources/${id}`} onClick={(e) => e.stopPropagation()}>
          {id}
        </Link>
      ) : (
        <code>{id}</code>
      );
    },
  }),
  col.accessor((e) => summarise(e.details), { id: 'details', meta: { label: 'Details' }, enableSorting: false }),
  col.accessor('hash', {
    meta: { label: 'Hash', width: '7rem' },
    enableSorting: false,
    cell: (c) => <code title={c.getValue()}>{c.getValue().slice(0, 10)}</code>,
  }),
];

function summarise(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' · ')
    .slice(0, 240);
}

function firstProblem(r: VerifyReport): string {
  const p = r.problems[0];
  if (!p) return '';
  if (p.kind === 'custody' && p.seq !== undefined) return `Custody entry #${p.seq} does not match: ${p.message}`;
  return p.message;
}

export function CustodyView() {
  const log = useCustodyLog();
  const verify = useOpMutation('verify');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [action, setAction] = useState('');
  const [entity, setEntity] = useState('');
  const [selected, setSelected] = useState<CustodyEntry | null>(null);
  const ids = useId();

  const entries = useMemo(() => log.data ?? [], [log.data]);
  const actions = useMemo(() => [...new Set(entries.map((e) => e.action))].sort(), [entries]);
  const entities = useMemo(() => [...new Set(entries.map((e) => e.entity))].sort(), [entries]);
  const filters = useMemo(
    () => [...(action ? [{ id: 'action', value: action }] : []), ...(entity ? [{ id: 'entity', value: entity }] : [])],
    [action, entity],
  );

  const runVerify = () => {
    setProgress(null);
    verify.reset();
    void verify.run({}, { onProgress: setProgress }).catch(() => undefined);
  };
  const report = verify.data;

  return (
    <section className="custody-view">
      <header className="content-head">
        <h1>Custody log</h1>
        <p className="muted">Every change to this case and every export, each entry holding the hash of the one before.</p>
      </header>

      <div className="verify-bar">
        <button type="button" className="primary" onClick={runVerify} disabled={verify.isPending}>
          Verify
        </button>
        {verify.isPending ? <Spinner label={progress ? `Checking sources: ${progress.done} of ${progress.total}` : 'Verifying…'} /> : null}
        {report ? (
          report.ok ? (
            <p className="verify-result ok" role="status" data-testid="verify-result">
              {verifiedText(report.custodyEntries, report.sourcesChecked)}
            </p>
          ) : (
            <div className="verify-result bad" role="alert" data-testid="verify-result">
              <p>
                <strong>Verification failed.</strong> {firstProblem(report)}
              </p>
              {report.problems.length > 1 ? <p>{report.problems.length - 1} more problem(s) after it.</p> : null}
            </div>
          )
        ) : null}
        <ErrorMessage>{verify.error ? explain(verify.error) : null}</ErrorMessage>
      </div>

      <ErrorMessage>{log.error ? explain(log.error) : null}</ErrorMessage>
      <DataTable
        label="Custody log"
        testId="custody-table"
        data={entries}
        columns={columns}
        getRowId={(e) => String(e.seq)}
        initialSort={[{ id: 'seq', desc: true }]}
        filterLabel="Filter entries"
        columnFilters={filters}
        onOpen={setSelected}
        emptyText={log.isLoading ? 'Loading…' : 'No entries.'}
        toolbar={
          <>
            {/* Labelled by the span alone: a wrapping label would also name each select by its options. */}
            <label className="field compact">
              <span className="label" id={`${ids}-action`}>
                Action
              </span>
              <select aria-labelledby={`${ids}-action`} value={action} onChange={(e) => setAction(e.target.value)}>
                <option value="">All actions</option>
                {actions.map((a) => (
                  <option key={a}>{a}</option>
                ))}
              </select>
            </label>
            <label className="field compact">
              <span className="label" id={`${ids}-entity`}>
                Entity
              </span>
              <select aria-labelledby={`${ids}-entity`} value={entity} onChange={(e) => setEntity(e.target.value)}>
                <option value="">All entities</option>
                {entities.map((a) => (
                  <option key={a}>{a}</option>
                ))}
              </select>
            </label>
          </>
        }
      />
      {selected ? (
        <section className="card entry-detail" aria-labelledby="entry-heading">
          <div className="card-head">
            <h2 id="entry-heading">Entry #{selected.seq}</h2>
            <button type="button" className="link" onClick={() => setSelected(null)}>
              Close
            </button>
          </div>
          <dl className="meta-list">
            <dt>Action</dt>
            <dd>{selected.action}</dd>
            <dt>When</dt>
            <dd>{selected.at}</dd>
            <dt>Previous hash</dt>
            <dd>
              <code className="hash">{selected.prevHash}</code>
            </dd>
            <dt>Hash</dt>
            <dd>
              <code className="hash">{selected.hash}</code>
            </dd>
          </dl>
          <pre className="details">{JSON.stringify(selected.details, null, 2)}</pre>
        </section>
      ) : null}
    </section>
  );
}

/** "Verified: all 12 custody entries chain correctly and all 3 sources match their SHA-256", in the right number. */
function verifiedText(entries: number, sources: number): string {
  const chain = entries === 1 ? 'the one custody entry chains correctly' : `all ${entries} custody entries chain correctly`;
  const match =
    sources === 0
      ? 'there are no sources to check'
      : sources === 1
        ? 'the one source matches its SHA-256'
        : `all ${sources} sources match their SHA-256`;
  return `Verified: ${chain} and ${match}.`;
}
