import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`casefile: ${String(e)}\n`);
    process.exitCode = 5;
  },
);
