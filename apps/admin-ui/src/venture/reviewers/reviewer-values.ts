import { isOrganizationRelation } from '@civic/domain/venture';
import type { Dayjs } from 'dayjs';
import type { CreateReviewerDto, DeclaredRelationDto, RelationKind } from '../types';

export interface RelationRow {
  kind?: RelationKind;
  organizationId?: string;
  organizationName?: string;
  personName?: string;
  generations?: number | null;
  from?: Dayjs;
  to?: Dayjs | null;
}

export interface ReviewerFormValues {
  userId: string;
  name: string;
  fields?: string[];
  relations?: RelationRow[];
}

const text = (value?: string) => (value?.trim() ? value.trim() : undefined);
const day = (value?: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined);

/**
 * A declared relation (R18) as the API takes it: a tie to an organization names it (by its id, its
 * name, or both); kinship names the relative, and collateral kinship its generations. Dates are
 * calendar days; a tie that lasts has no end.
 */
export function toRelationDto(row: RelationRow): DeclaredRelationDto {
  const kind = row.kind as RelationKind;
  const target = isOrganizationRelation(kind)
    ? {
        organizationId: row.organizationId || undefined,
        organizationName: text(row.organizationName),
      }
    : {
        personName: text(row.personName),
        generations: Number.isInteger(row.generations) ? (row.generations as number) : undefined,
      };
  const dto = { kind, ...target, from: day(row.from) as string, to: day(row.to) };
  return Object.fromEntries(
    Object.entries(dto).filter(([, value]) => value !== undefined),
  ) as unknown as DeclaredRelationDto;
}

/** POST /venture/reviewers: the user who signs in to review, fields, declared relations. */
export function toCreateReviewerDto(values: ReviewerFormValues): CreateReviewerDto {
  return {
    userId: values.userId.trim(),
    name: values.name.trim(),
    fields: (values.fields ?? []).map((f) => f.trim()).filter((f) => f !== ''),
    relations: (values.relations ?? []).map(toRelationDto),
  };
}
