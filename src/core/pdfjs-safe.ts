/**
 * pdf.js for PDFs nobody vouches for: documents to import and exports to verify. Declared once, so the
 * importer and verify-export cannot drift apart: no eval of embedded code, no font loading, no system
 * fonts, no fetching of anything (workers, ranges, streams), no XFA forms, errors tolerated rather than
 * thrown mid-page, nothing logged.
 */
export const PDFJS_SAFE_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  useWorkerFetch: false,
  disableAutoFetch: true,
  disableStream: true,
  disableRange: true,
  enableXfa: false,
  stopAtErrors: false,
  verbosity: 0,
} as const;

/**
 * Open `bytes` with the safe options (pdf.js loads at first use). pdf.js takes ownership of, and may
 * detach, the buffer it is given: it gets a copy, never the evidence itself.
 */
export async function openUntrustedPdf(bytes: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs.getDocument({ data: new Uint8Array(bytes), ...PDFJS_SAFE_OPTIONS });
}
