import { Select, TextInput } from '@mantine/core';
import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BanksQuery } from '@/gql/graphql';
import { useBanks } from '../api/settings';

type Bank = BanksQuery['banks'][number];

/** Text as a search compares it: lower case, without Vietnamese diacritics (đ is d). */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();
}

/** How a bank reads in the picker: "Vietcombank — Ngân hàng TMCP Ngoại thương Việt Nam". */
export const bankLabel = (bank: Bank) => `${bank.shortName} — ${bank.name}`;

/** The picker's options; a saved BIN the list does not know stays selectable as itself. */
export function bankOptions(banks: readonly Bank[], current: string): ComboboxItem[] {
  const options = banks.map((bank) => ({ value: bank.bin, label: bankLabel(bank) }));
  if (current !== '' && !banks.some((bank) => bank.bin === current)) options.unshift({ value: current, label: current });
  return options;
}

/** Matches the words typed against the short name, the full name and the BIN, with or without diacritics. */
const bankFilter: OptionsFilter = ({ options, search }) => {
  const words = searchable(search).split(/\s+/).filter(Boolean);
  return options.filter((option) => {
    if (!('value' in option)) return true;
    const haystack = searchable(`${option.label} ${option.value}`);
    return words.every((word) => haystack.includes(word));
  });
};

interface BankSelectProps {
  /** The chosen bank's BIN, or ''. */
  value: string;
  onChange: (bin: string) => void;
  error?: React.ReactNode;
  label: string;
  description?: string;
  'data-testid'?: string;
}

/**
 * Chooses a bank of the NAPAS list by its name and hands over its six-digit BIN (what VietQR
 * carries). Should the list not load, the BIN can still be typed.
 */
export function BankSelect({ value, onChange, error, label, description, 'data-testid': testId }: BankSelectProps) {
  const { t } = useTranslation();
  const banks = useBanks();
  if (banks.isError) {
    return (
      <TextInput
        label={label}
        description={t('billing.settings.bankBinHint')}
        maxLength={6}
        inputMode="numeric"
        value={value}
        error={error}
        onChange={(event) => onChange(event.currentTarget.value)}
        data-testid={testId}
      />
    );
  }
  return (
    <Select
      label={label}
      description={description}
      placeholder={banks.isPending ? t('common.loading') : t('billing.settings.bankPlaceholder')}
      searchable
      clearable
      disabled={banks.isPending}
      nothingFoundMessage={t('billing.settings.bankNotFound')}
      data={bankOptions(banks.data ?? [], value)}
      filter={bankFilter}
      limit={100}
      value={value === '' ? null : value}
      error={error}
      onChange={(bin) => onChange(bin ?? '')}
      comboboxProps={{ width: 'target', position: 'bottom-start' }}
      data-testid={testId}
    />
  );
}
