import { NumberInput } from '@mantine/core';
import type { NumberInputProps } from '@mantine/core';
import { useFormat } from '@/lib/use-format';

/**
 * Whole đồng typed with the language's grouping (`1.200.000` in vi, `1,200,000` in en); not
 * below 0 unless `allowNegative` (a unit price of a support line is negative).
 */
export function MoneyInput({
  allowNegative = false,
  ...props
}: Omit<NumberInputProps, 'allowDecimal' | 'thousandSeparator' | 'decimalSeparator'>) {
  const format = useFormat();
  return (
    <NumberInput
      min={allowNegative ? undefined : 0}
      {...props}
      allowDecimal={false}
      allowNegative={allowNegative}
      thousandSeparator={format.language === 'vi' ? '.' : ','}
      decimalSeparator={format.language === 'vi' ? ',' : '.'}
    />
  );
}
