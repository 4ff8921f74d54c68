import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, type FormListFieldData, Row } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  /** The list's name: its items' ids are `<form>_<name>_<index>_<field>`. */
  name: string;
  /** A row's columns, before its remove button (which takes 3 of the 24, 6 on a phone). */
  children: (field: FormListFieldData) => ReactNode;
  rowTestId: string;
  addLabel: string;
  removeLabel: string;
  addTestId?: string;
}

/**
 * The rows of a list typed in a form, one a line, each with a remove button (not the last one
 * left), and a button under them that adds an empty row.
 */
export function FormListRows({
  name,
  children,
  rowTestId,
  addLabel,
  removeLabel,
  addTestId,
}: Props) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Row gutter={16} key={field.key} align="top" data-testid={rowTestId}>
              {children(field)}
              <Col xs={6} md={3} className="leader-remove">
                <Button
                  icon={<DeleteOutlined />}
                  disabled={fields.length === 1}
                  onClick={() => remove(field.name)}
                  aria-label={removeLabel}
                />
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            data-testid={addTestId}
            onClick={() => add({})}
          >
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}
