// Preload (`node --import <this file>`) that counts how often the process keys a SQLCipher connection
// (`PRAGMA key` / `PRAGMA rekey`: each costs one PBKDF2 derivation, 256,000 iterations) and writes the
// count to the file named by CASEFILE_COUNT_KEYS at exit. It patches the same better-sqlite3 module the
// command loads from node_modules, so nothing in the command changes.
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const Database = createRequire(import.meta.url)('better-sqlite3-multiple-ciphers');
const pragma = Database.prototype.pragma;
let keys = 0;
Database.prototype.pragma = function countedPragma(source, options) {
  if (/^\s*(re)?key\s*=/i.test(String(source))) keys++;
  return pragma.call(this, source, options);
};
process.on('exit', () => {
  if (process.env.CASEFILE_COUNT_KEYS) appendFileSync(process.env.CASEFILE_COUNT_KEYS, `${keys}\n`);
});
