import { registerEnumType } from 'type-graphql';
import { BASES, type Basis as BasisValue } from './edits.ts';

/**
 * STATED / INTERPRETED for the edit inputs. Interim: the model branch
 * (decision 0026) registers the one `Basis` enum in api/src/graph/basis.type.ts;
 * when it lands this file re-exports that one instead.
 */
export const Basis = Object.fromEntries(BASES.map((b) => [b, b])) as { [K in BasisValue]: K };
registerEnumType(Basis, {
  name: 'Basis',
  description:
    'STATED: the document says it (the default). INTERPRETED: our reading beyond its words; `interpretation` says why.',
});
