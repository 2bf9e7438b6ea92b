export {
  generateSynthetic,
  countGraph,
  DEFAULT_AREAS,
  type SyntheticOptions,
  type SyntheticDataSet,
} from './generate.ts';
