import { LocalCliResolver } from './local-cli.resolver.ts';

/** The operator's writes through the running server (decision 0030; registered in api/src/schema.ts). */
export const localCliResolvers = [LocalCliResolver] as const;
