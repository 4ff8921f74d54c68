export { addToTally, applyToTally, moveInTally, recountInTally } from './add-to-tally';
export type { TallyDelta } from './add-to-tally';
export { readTally } from './read-tally';
export type { DimCondition, TallyGroup, TallyQuery } from './read-tally';
export { defineTally } from './tally-definition';
export type {
  DimKind,
  DimsShape,
  DimValue,
  TallyDefinition,
  TallyKey,
  TallyMeasures,
  TextDim,
} from './tally-definition';
export { rebuildTally, tallyDrift } from './tally-drift';
export type { TallyDifference } from './tally-drift';
