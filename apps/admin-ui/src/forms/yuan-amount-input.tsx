import { Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fenToYuanText, yuanTextToFen } from './answer-values';

interface Props {
  /** Integer fen (R26); undefined when blank, NaN while the text typed is not an amount. */
  value?: number | null;
  onChange?: (fen: number | undefined) => void;
  disabled?: boolean;
  id?: string;
  'aria-invalid'?: boolean;
}

/**
 * An amount asked in yuan and held in integer fen (R26), as a form item's control: the text is
 * kept as typed ("12." stays), the form gets fen through yuanToFen, never through a float.
 */
export function YuanAmountInput({ value, onChange, disabled, id, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => fenToYuanText(value));
  // A value set from outside (a reset, a saved draft) replaces the text; one typed here does not.
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!Object.is(yuanTextToFen(text), value ?? undefined)) setText(fenToYuanText(value));
  }
  return (
    <Input
      id={id}
      aria-invalid={rest['aria-invalid']}
      value={text}
      disabled={disabled}
      inputMode="decimal"
      autoComplete="off"
      suffix={t('common.yuanUnit')}
      onChange={(event) => {
        const typed = event.target.value;
        const fen = yuanTextToFen(typed);
        setText(typed);
        setSeen(fen);
        onChange?.(fen);
      }}
    />
  );
}
