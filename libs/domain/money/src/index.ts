export { allocateByWeights, percentOf, splitByPercents } from './lib/allocate';
export { toCommonScale, toExactDecimal } from './lib/exact-decimal';
export type { ExactDecimal } from './lib/exact-decimal';
export { assertFen, assertNonNegativeFen, isFen, MAX_FEN } from './lib/fen';
export type { Fen } from './lib/fen';
export { sumFen } from './lib/sum-fen';
export { fenToYuan, formatYuan, yuanToFen } from './lib/yuan';
export type { FormatYuanOptions, YuanToFenOptions } from './lib/yuan';
