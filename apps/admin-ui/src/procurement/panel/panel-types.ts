// The evaluation panel's shapes (R18, R25), from the generated schema.
import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type PanelView = Schemas['PanelView'];
export type PanelMemberView = Schemas['PanelMemberView'];
export type PanelRecusalView = Schemas['PanelRecusalView'];
export type PanelTaskView = Schemas['PanelTaskView'];
export type PanelCriterion = Schemas['EvaluationCriterionDto'];

/**
 * Criterion key → score. The generated schema types a score sheet as an open record of numbers;
 * this names it.
 */
export type BidScores = Record<string, number>;
