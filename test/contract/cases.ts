import type { ContractCase } from './contract.ts';

/**
 * Every contract case: the default exports of `test/contract/cases/*.contract.ts`
 * and of `*.contract.ts` files beside the queries in api/src and graph-seed/src.
 */
const modules = import.meta.glob<{ default: ContractCase[] }>(
  ['./cases/*.contract.ts', '/api/src/**/*.contract.ts', '/graph-seed/src/**/*.contract.ts'],
  { eager: true },
);

export const ALL_CASES: ContractCase[] = Object.entries(modules)
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .flatMap(([file, mod]) => {
    if (!Array.isArray(mod.default)) throw new Error(`${file} has no default export of cases.`);
    return mod.default;
  });
