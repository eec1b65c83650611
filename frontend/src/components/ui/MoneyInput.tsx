import { NumberInput } from '@mantine/core';
import type { NumberInputProps } from '@mantine/core';
import { useFormat } from '@/lib/use-format';

/** Whole đồng typed with the language's grouping (`1.200.000` in vi, `1,200,000` in en). */
export function MoneyInput(props: Omit<NumberInputProps, 'allowDecimal' | 'thousandSeparator' | 'decimalSeparator'>) {
  const format = useFormat();
  return (
    <NumberInput
      min={0}
      {...props}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator={format.language === 'vi' ? '.' : ','}
      decimalSeparator={format.language === 'vi' ? ',' : '.'}
    />
  );
}
