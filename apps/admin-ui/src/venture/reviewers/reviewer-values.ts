import { isOrganizationRelation, isOtherRelation } from '@civic/domain/venture';
import dayjs, { type Dayjs } from 'dayjs';
import type {
  CreateReviewerDto,
  DeclaredRelationDto,
  RelationKind,
  ReviewerView,
  UpdateReviewerDto,
} from '../types';

export interface RelationRow {
  kind?: RelationKind;
  organizationId?: string;
  organizationName?: string;
  personName?: string;
  description?: string;
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

export type EditReviewerValues = Omit<ReviewerFormValues, 'userId'> & { active: boolean };

const text = (value?: string) => (value?.trim() ? value.trim() : undefined);
const day = (value?: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined);

/**
 * A declared relation (R18) as the API takes it: a tie to an organization names it (by its id, its
 * name, or both); kinship names the relative, and collateral kinship its generations; another
 * relation that could affect a fair review names the organization, the person or both, and says
 * what it is. Dates are calendar days; a tie that lasts has no end.
 */
export function toRelationDto(row: RelationRow): DeclaredRelationDto {
  const kind = row.kind as RelationKind;
  const organization = {
    organizationId: row.organizationId || undefined,
    organizationName: text(row.organizationName),
  };
  const target = isOtherRelation(kind)
    ? { ...organization, personName: text(row.personName), description: text(row.description) }
    : isOrganizationRelation(kind)
      ? organization
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

/** A stored relation as the form edits it: dates as days, nothing absent filled in. */
export function toRelationRow(relation: DeclaredRelationDto): RelationRow {
  return {
    kind: relation.kind,
    organizationId: relation.organizationId,
    organizationName: relation.organizationName,
    personName: relation.personName,
    description: relation.description,
    generations: relation.generations ?? null,
    from: dayjs(relation.from),
    to: relation.to ? dayjs(relation.to) : null,
  };
}

/** The edit form's first values: the entry as the pool holds it (R18). */
export function toEditReviewerValues(reviewer: ReviewerView): EditReviewerValues {
  return {
    name: reviewer.name,
    fields: reviewer.fields,
    relations: reviewer.relations.map(toRelationRow),
    active: reviewer.active,
  };
}

/** PUT /venture/reviewers/:id: the entry replaced whole, its user unchanged. */
export function toUpdateReviewerDto(values: EditReviewerValues): UpdateReviewerDto {
  const { userId: _userId, ...entry } = toCreateReviewerDto({ ...values, userId: '' });
  return { ...entry, active: values.active };
}
