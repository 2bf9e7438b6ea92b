// Entry of the reader's worker thread (reader.pool.ts): loads the TypeScript
// worker through tsx, as `node --import tsx` loads the API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./extract.worker.ts', import.meta.url);
