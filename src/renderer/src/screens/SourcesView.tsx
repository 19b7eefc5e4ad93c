/**
 * The sources of the case: import by the file picker (several files), by dropping files on the view, or
 * by pasting text; a batch shows each file's progress, can be cancelled, and lists each failure with its
 * reason while the rest import. Below, the table of every source (the shared DataTable).
 */
import { useSubmitOnce } from '../hooks/useSubmitOnce';
import { createColumnHelper } from '@tanstack/react-table';
import { type ClipboardEvent, type DragEvent, useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { ImportFileResult, SourceSummary } from '../../../shared/contract/sources';
import type { ChosenFile } from '../../../preload/desktop';
import { casefile, explain } from '../api';
import { DataTable } from '../components/DataTable';
import { Field } from '../components/Field';
import { ErrorMessage, Notice, Spinner } from '../components/ui';
import { useOp, useOpMutation } from '../data/operations';
import { forgetUnsaved, useUnsavedChanges } from '../navigation/unsaved';

const IMPORT_FILTERS = [
  { name: 'Articles and documents', extensions: ['html', 'htm', 'mhtml', 'mht', 'json', 'txt', 'md', 'pdf', 'docx'] },
  { name: 'All files', extensions: ['*'] },
];

type Status = 'waiting' | 'importing' | 'imported' | 'duplicate' | 'failed' | 'cancelled';
interface Item {
  name: string;
  status: Status;
  detail?: string;
  sourceId?: string;
}

const NO_SOURCES: SourceSummary[] = [];
const col = createColumnHelper<SourceSummary>();
const columns = [
  col.accessor((s) => s.title || s.fileName, { id: 'title', meta: { label: 'Title', width: '30%' } }),
  col.accessor((s) => s.outlet ?? s.claimedOutlet ?? '', { id: 'outlet', meta: { label: 'Outlet', width: '12%' } }),
  col.accessor((s) => s.language ?? '', { id: 'language', meta: { label: 'Language', width: '6.5rem' } }),
  col.accessor((s) => s.publishedDate ?? s.claimedPublishedAt ?? '', { id: 'published', meta: { label: 'Published', width: '7.5rem' } }),
  col.accessor('importedAt', {
    meta: { label: 'Imported', width: '10rem' },
    cell: (c) => new Date(c.getValue()).toLocaleString(),
  }),
  col.accessor('sha256', {
    meta: { label: 'SHA-256', width: '7.5rem' },
    enableSorting: false,
    cell: (c) => <code title={c.getValue()}>{c.getValue().slice(0, 12)}</code>,
  }),
  col.accessor('pendingSuggestions', { meta: { label: 'Pending', width: '6rem', numeric: true } }),
];

function describe(r: ImportFileResult): Item {
  if (!r.ok) {
    const cancelled = r.error?.code === 'CANCELLED';
    return { name: r.fileName, status: cancelled ? 'cancelled' : 'failed', detail: r.error?.message ?? 'It could not be imported.' };
  }
  if (r.duplicate && !r.suggestions)
    return {
      name: r.fileName,
      status: 'duplicate',
      detail: 'Already in the case: the original was not stored again.',
      sourceId: r.sourceId,
    };
  return {
    name: r.fileName,
    status: 'imported',
    detail: `${r.title ?? 'Untitled'} · ${r.language?.toUpperCase() ?? 'language unknown'} · ${r.suggestions ?? 0} suggestions`,
    sourceId: r.sourceId,
  };
}

const STATUS_WORDS: Record<Status, string> = {
  waiting: 'Waiting',
  importing: 'Importing…',
  imported: 'Imported',
  duplicate: 'Already in the case',
  failed: 'Not imported',
  cancelled: 'Cancelled',
};

export function SourcesView() {
  const [, navigate] = useLocation();
  const sources = useOp('listSources', {});
  const importPaths = useOpMutation('importPaths');
  const [items, setItems] = useState<Item[] | null>(null);
  const [pasting, setPasting] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [dropNote, setDropNote] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const runImport = async (files: ChosenFile[]) => {
    if (!files.length || importPaths.isPending) return;
    const controller = new AbortController();
    abort.current = controller;
    setItems(files.map((f, i) => ({ name: f.name, status: i === 0 ? 'importing' : 'waiting' })));
    try {
      const { results } = await importPaths.run(
        { paths: files.map((f) => f.path) },
        {
          signal: controller.signal,
          onProgress: (p) =>
            setItems((list) =>
              list
                ? list.map((it, i) =>
                    i < p.done
                      ? it.status === 'importing' || it.status === 'waiting'
                        ? { ...it, status: 'imported', detail: undefined }
                        : it
                      : i === p.done
                        ? { ...it, status: 'importing' }
                        : it,
                  )
                : list,
            ),
        },
      );
      setItems(results.map(describe));
    } catch (e) {
      const ui = e as Parameters<typeof explain>[0];
      setItems((list) =>
        (list ?? []).map((it) =>
          it.status === 'waiting' || it.status === 'importing'
            ? { ...it, status: ui.code === 'CANCELLED' ? 'cancelled' : 'failed', detail: explain(ui) }
            : it,
        ),
      );
    } finally {
      abort.current = null;
    }
  };

  const pick = async () => {
    const files = await casefile().desktop.chooseFiles({ title: 'Import sources', filters: IMPORT_FILTERS, multiple: true });
    await runImport(files);
  };

  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const dropped = Array.from(e.dataTransfer.files);
    if (!dropped.length) return;
    const files = await casefile().desktop.droppedFiles(dropped);
    setDropNote(
      files.length < dropped.length
        ? `${dropped.length - files.length} of the dropped items are not files on this computer and were left out.`
        : null,
    );
    await runImport(files);
  };

  // Ctrl+V on this view (outside a text field) starts a new source from the clipboard's text.
  const onPaste = (e: ClipboardEvent) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    const text = e.clipboardData.getData('text/plain');
    if (text.trim()) {
      e.preventDefault();
      setPasting(text);
    }
  };

  const running = importPaths.isPending;
  const done = items?.filter((i) => !['waiting', 'importing'].includes(i.status)).length ?? 0;
  return (
    <section
      className={dragging ? 'sources-view dragging' : 'sources-view'}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => void onDrop(e)}
      onPaste={onPaste}
      data-testid="sources-view"
    >
      <header className="content-head">
        <h1>Sources</h1>
        <p className="muted">Drop files here, choose them, or paste a text. Originals are kept exactly as received.</p>
      </header>
      <div className="import-bar">
        <button type="button" className="primary" onClick={() => void pick()} disabled={running}>
          Import files…
        </button>
        <button type="button" className="secondary" onClick={() => setPasting('')} disabled={running || pasting !== null}>
          Paste text…
        </button>
        {dragging ? <span className="drop-hint">Drop to import</span> : null}
      </div>
      <Notice>{dropNote}</Notice>
      {pasting !== null ? <PasteForm initial={pasting} onDone={() => setPasting(null)} /> : null}
      {items ? (
        <section className="card import-batch" aria-labelledby="batch-heading">
          <div className="card-head">
            <h2 id="batch-heading">
              {running
                ? `Importing ${Math.min(done + 1, items.length)} of ${items.length}`
                : `Import finished: ${items.filter((i) => i.status === 'imported').length} of ${items.length} imported`}
            </h2>
            {running ? (
              <button type="button" className="secondary small" onClick={() => abort.current?.abort()}>
                Cancel import
              </button>
            ) : (
              <button type="button" className="link" onClick={() => setItems(null)}>
                Dismiss
              </button>
            )}
          </div>
          {running ? <progress max={items.length} value={done} aria-label="Files imported" /> : null}
          <ul className="batch-list" data-testid="import-batch">
            {items.map((it, i) => (
              <li key={`${it.name}-${i}`} className={`batch-item ${it.status}`} data-status={it.status}>
                <span className="batch-name">{it.name}</span>
                <span className="batch-status">
                  {it.status === 'importing' ? <Spinner label={STATUS_WORDS[it.status]} /> : STATUS_WORDS[it.status]}
                </span>
                {it.detail ? <span className="batch-detail">{it.detail}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ErrorMessage>{sources.error ? explain(sources.error) : null}</ErrorMessage>
      <DataTable
        label="Sources"
        testId="sources-table"
        data={sources.data ?? NO_SOURCES}
        columns={columns}
        getRowId={(s) => s.id}
        onOpen={(s) => navigate(`/sources/${s.id}`)}
        filterLabel="Filter sources"
        initialSort={[{ id: 'importedAt', desc: false }]}
        emptyText={sources.isLoading ? 'Loading…' : 'No sources yet. Import files, drop them here, or paste a text.'}
      />
    </section>
  );
}

function PasteForm({ initial, onDone }: { initial: string; onDone(): void }) {
  const importText = useOpMutation('importText');
  const [, navigate] = useLocation();
  const [text, setText] = useState(initial);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useUnsavedChanges('paste', 'the pasted text', text.trim().length > 0);
  useEffect(() => area.current?.focus(), []);

  const { busy, onSubmit } = useSubmitOnce(async () => {
    if (!text.trim()) return setProblem('Paste the text first (Ctrl+V in the box).');
    setProblem(null);
    try {
      const r = await importText.run({ text, ...(title.trim() ? { title: title.trim() } : {}) });
      setText('');
      forgetUnsaved('paste');
      onDone();
      if (r.sourceId) navigate(`/sources/${r.sourceId}`);
    } catch (err) {
      setProblem(explain(err as Parameters<typeof explain>[0], { text: 'The text', title: 'The title' }));
    }
  });

  return (
    <form className="card paste-form" aria-labelledby="paste-heading" onSubmit={onSubmit} noValidate>
      <h2 id="paste-heading">New source from pasted text</h2>
      <p className="muted small">Stored as UTF-8 text and recorded as pasted in the custody log.</p>
      <Field label="Title (optional)">{(c) => <input {...c} value={title} onChange={(e) => setTitle(e.target.value)} />}</Field>
      <Field label="Pasted text" error={problem}>
        {(c) => <textarea {...c} ref={area} rows={8} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <div className="buttons">
        <button type="button" className="secondary" onClick={() => (setText(''), onDone())}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          Add as source
        </button>
      </div>
    </form>
  );
}
