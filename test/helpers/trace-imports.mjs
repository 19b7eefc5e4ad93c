// Preload (`node --import <this file>`) that appends the URL of every module the process imports to the
// file named by CASEFILE_TRACE_IMPORTS: how the tests and benches see which packages a command loads.
import { register } from 'node:module';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (process.env.CASEFILE_TRACE_IMPORTS) appendFileSync(process.env.CASEFILE_TRACE_IMPORTS, r.url + '\\n');
  return r;
}
`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
