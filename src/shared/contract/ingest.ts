/** Moved to ./sources (sources & import are one contract part); kept so imports written against this file keep working. */
export { ImportFileResult, ImportResults, InputFile } from './sources';
