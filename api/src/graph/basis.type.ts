import { registerEnumType } from 'type-graphql';
import { BASES, type Basis as BasisValue } from '@accgraph/schema';

/** STATED / INTERPRETED (decision 0026): one enum for nodes, obligations and relationships. */
export const Basis = Object.fromEntries(BASES.map((b) => [b, b])) as {
  [K in BasisValue]: K;
};
registerEnumType(Basis, {
  name: 'Basis',
  description:
    'STATED: the document says it (the default). INTERPRETED: our reading beyond its words; `interpretation` says why.',
});
