/** Filled in at build time (electron.vite.config.ts). */

/** The README's paragraph on what secure delete cannot reach, as plain text (shared/readme-note.ts). */
declare const __SECURE_DELETE_NOTE__: string;
