import { Col, Row, Statistic } from 'antd';

export interface Figure {
  key: string;
  label: string;
  /** As shown: a count, a share's text, or yuan with its unit. */
  text: string;
  /** Money: a wider tile, so that yuan with its unit stays on one line on a phone. */
  wide?: boolean;
}

/** The headline figures of a dashboard, two or more a row; never a "元" alone on a line. */
export function FigureTiles({ figures }: { figures: readonly Figure[] }) {
  return (
    <Row gutter={[16, 12]} className="dashboard-figures" data-testid="dashboard-figures">
      {figures.map((figure) => (
        <Col key={figure.key} xs={figure.wide ? 24 : 12} sm={12} md={8} xl={figure.wide ? 5 : 4}>
          <Statistic
            title={figure.label}
            value={figure.text}
            formatter={() => (
              <span className="nowrap" data-testid={`figure-${figure.key}`}>
                {figure.text}
              </span>
            )}
          />
        </Col>
      ))}
    </Row>
  );
}
