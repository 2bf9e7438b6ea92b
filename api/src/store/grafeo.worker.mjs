// Entry of the embedded store's worker thread (worker.store.ts): loads the
// TypeScript worker through tsx, as `node --import tsx` loads the API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./grafeo.worker.ts', import.meta.url);
