import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponsiveColumn } from '../common/responsive-columns';
import { drillTarget } from './drill-path';

/**
 * The area column of a data table: each area's name, a button into it where the drill-down can go
 * (rule R1), so that keyboard and screen reader users drill down as a click on the chart does.
 */
export function useAreaColumn<T extends { code: string; name: string }>(
  area: string,
  onDrill: (code: string) => void,
  title?: string,
): ResponsiveColumn<T> {
  const { t } = useTranslation();
  return {
    title: title ?? t('dashboards.area'),
    key: 'area',
    card: 'title',
    render: (_: unknown, row: T) =>
      drillTarget(area, row.code) ? (
        <Button
          type="link"
          size="small"
          className="link-button"
          aria-label={t('dashboards.drillInto', { name: row.name })}
          onClick={() => onDrill(row.code)}
        >
          {row.name}
        </Button>
      ) : (
        row.name
      ),
  };
}
