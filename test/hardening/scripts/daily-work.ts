/**
 * A day's work through the service, in a process of its own (run by nothing-outside.test.ts under strace):
 * create a case, import an article and pasted text, export a PDF, lock (close), unlock, back up, hand over,
 * lock. argv[2] is the work folder holding `article.html`; outputs go to the paths the user chose there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createService } from '../../../src/core/service';

const work = process.argv[2];
const pass = 'correct horse battery staple';
const { api, dispose } = createService();
const casePath = join(work, 'case.casefile');
await api.createCase({ path: casePath, passphrase: pass, title: 'Outside check' });
await api.updateProfile({ fullName: 'Marker Zhukovsky', currentLocation: 'MARKER-LOCATION-7731' });
await api.importFiles({ files: [{ fileName: 'article.html', bytes: new Uint8Array(readFileSync(join(work, 'article.html'))) }] });
await api.importText({ text: 'Pasted note: MARKER-PASTED-4410 was seen at the checkpoint.', title: 'Pasted' });
await api.exportPdf({ profile: 'icc', outPath: join(work, 'summary.pdf') });
await api.closeCase({});
await api.openCase({ path: casePath, passphrase: pass });
await api.backupCase({ destPath: join(work, 'backup.casefile'), passphrase: pass });
await api.handOverCase({ destPath: join(work, 'handover.casefile'), passphrase: pass, newPassphrase: 'a colleague passphrase here' });
await api.closeCase({});
dispose();
