import { isOtherRelation } from '@civic/domain/venture';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationName } from '../../organizations/organization-name';
import { useVentureLabels } from '../labels';
import type { DeclaredRelationDto } from '../types';

/**
 * A reviewer's declared ties (R18): the kind, with whom, what it is when they said (always for
 * another relation that could affect a fair review), since when and until when.
 */
export function RelationsList({ relations }: { relations: readonly DeclaredRelationDto[] }) {
  const { t } = useTranslation();
  const labels = useVentureLabels();
  if (relations.length === 0) {
    return <span className="secondary-text">{t('venture.reviewers.noRelations')}</span>;
  }
  return (
    <ul className="reason-list" data-testid="relations">
      {relations.map((r, i) => (
        <li key={i} data-testid="relation" data-kind={r.kind}>
          <Tag>{labels.relationKind(r.kind)}</Tag>
          {isOtherRelation(r.kind) ? (
            <OtherRelationParties relation={r} />
          ) : (
            (r.organizationName ??
            r.personName ??
            (r.organizationId && <OrganizationName id={r.organizationId} />))
          )}
          {r.description && <span data-testid="relation-description">{` — ${r.description}`}</span>}
          {r.generations !== undefined &&
            ` ${t('venture.reviewers.generationsShort', { count: r.generations })}`}
          <span className="secondary-text">
            {' '}
            {r.to
              ? t('venture.reviewers.period', { from: r.from, to: r.to })
              : t('venture.reviewers.since', { from: r.from })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Whom another relation is with: the organization, the person, or both (R18). */
function OtherRelationParties({ relation: r }: { relation: DeclaredRelationDto }) {
  const organization =
    r.organizationName ?? (r.organizationId && <OrganizationName id={r.organizationId} />);
  return (
    <>
      {organization}
      {organization && r.personName && ' · '}
      {r.personName}
    </>
  );
}
