import {
  CLAUSE_OF_KIND,
  MILESTONE_STATE_LABELS_EN,
  MILESTONE_STATE_LABELS_ZH,
  RELATION_KIND_LABELS_EN,
  RELATION_KIND_LABELS_ZH,
  RELATION_KINDS,
  TRANCHE_LABELS_EN,
  TRANCHE_LABELS_ZH,
} from '@civic/domain/venture';
import { useTranslation } from 'react-i18next';
import type { MilestoneState, RecusalClause, RelationKind } from './types';

/** The relation kind a clause of 财库〔2016〕198号 art. 16 stands for (R18). */
export const KIND_OF_CLAUSE = Object.fromEntries(
  RELATION_KINDS.map((kind) => [CLAUSE_OF_KIND[kind], kind]),
) as Record<RecusalClause, RelationKind>;

/** A tranche's name: the domain's for the default plan, else its key (R19). */
export function trancheLabel(key: string, language: string): string {
  const labels = language === 'en' ? TRANCHE_LABELS_EN : TRANCHE_LABELS_ZH;
  return labels[key] ?? key;
}

/** The domain's own labels of the venture enums (R18, R19), in the UI language. */
export function useVentureLabels() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  const kinds = en ? RELATION_KIND_LABELS_EN : RELATION_KIND_LABELS_ZH;
  const milestones = en ? MILESTONE_STATE_LABELS_EN : MILESTONE_STATE_LABELS_ZH;
  return {
    relationKind: (kind: RelationKind) => kinds[kind],
    clause: (clause: RecusalClause) => kinds[KIND_OF_CLAUSE[clause]] ?? clause,
    tranche: (key: string) => trancheLabel(key, i18n.language),
    milestone: (state: MilestoneState) => milestones[state],
    relationKindOptions: () => RELATION_KINDS.map((kind) => ({ value: kind, label: kinds[kind] })),
  };
}
