import { Alert, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import { DateField } from '@/components/ui/DateField';
import { todayInVietnam } from '@/lib/format';
import { isApiError } from '@/lib/graphql/errors';
import { reasonText } from '@/lib/graphql/reasons';
import { placeFieldErrors } from '../lib/corrections';

/** What every correction of an invoice rests on: why, and the written agreement with the buyer. */
export interface CorrectionBasis {
  reason: string;
  /** The written agreement with the buyer (Decree 70/2025). */
  agreementNumber: string;
  agreementDate: string;
}

export const CORRECTION_BASIS_FIELDS = ['reason', 'agreementNumber', 'agreementDate'] as const;

/** A correction's first basis: nothing typed, the agreement dated today. */
export function emptyCorrectionBasis(): CorrectionBasis {
  return { reason: '', agreementNumber: '', agreementDate: todayInVietnam() };
}

/** The problems of a correction's basis: each of the three is required. */
export function correctionBasisErrors(t: TFunction, values: CorrectionBasis): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.reason.trim() === '') errors.reason = t('common.required');
  if (values.agreementNumber.trim() === '') errors.agreementNumber = t('common.required');
  if (values.agreementDate === '') errors.agreementDate = t('common.required');
  return errors;
}

interface CorrectionBasisFieldsProps {
  /** The form's input props of each field (`form.getInputProps`). */
  inputs: (field: keyof CorrectionBasis) => GetInputPropsReturnType;
  /** Test ids are `<prefix>-reason`, `<prefix>-agreement-number` and `<prefix>-agreement-date`. */
  testIdPrefix: string;
  reasonLabel: string;
  reasonPlaceholder: string;
  reasonHint: string;
  /** The corrected invoice's issue date: the agreement cannot be older. */
  issuedOn: string | null | undefined;
}

/**
 * The reason printed on a correction and the written agreement it rests on (number and date,
 * between the invoice's issue date and today), side by side from a tablet up.
 */
export function CorrectionBasisFields({ inputs, testIdPrefix, reasonLabel, reasonPlaceholder, reasonHint, issuedOn }: CorrectionBasisFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Textarea
        label={reasonLabel}
        placeholder={reasonPlaceholder}
        description={reasonHint}
        required
        autosize
        minRows={2}
        data-testid={`${testIdPrefix}-reason`}
        {...inputs('reason')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('billing.correction.agreementNumber')}
          description={t('billing.correction.agreementHint')}
          required
          data-testid={`${testIdPrefix}-agreement-number`}
          {...inputs('agreementNumber')}
        />
        <DateField
          label={t('billing.correction.agreementDate')}
          required
          min={issuedOn ?? undefined}
          max={todayInVietnam()}
          data-testid={`${testIdPrefix}-agreement-date`}
          {...inputs('agreementDate')}
        />
      </SimpleGrid>
    </>
  );
}

/**
 * A refused correction. Field problems are shown on their fields; this alert says the rest:
 * `unplaced` messages of a VALIDATION error (about the lines as a whole), or any other refusal
 * (a CONFLICT in the server's own words). Nothing when every problem found its field.
 */
export function CorrectionError({
  error,
  unplaced,
  title,
  'data-testid': testId,
}: {
  error: unknown;
  unplaced: readonly string[];
  title: string;
  'data-testid'?: string;
}) {
  if (isApiError(error, 'VALIDATION')) {
    const messages = error.fields.length > 0 ? unplaced : [reasonText(error.reason, error.message)];
    if (messages.length === 0) return null;
    return (
      <Alert color="red" variant="light" role="alert" title={title} data-testid={testId}>
        {messages.map((message, index) => (
          <Text key={index} size="sm">
            {message}
          </Text>
        ))}
      </Alert>
    );
  }
  return <ServerErrorAlert error={error} data-testid={testId} />;
}

/**
 * Where a correction form shows the server's problems: on the field each names (the basis
 * fields, or the field `lineField` gives for the i-th line sent), the rest (`unplaced`) in
 * `CorrectionError`. `reset` before each attempt, `place` on its error.
 */
export function useCorrectionErrors(setErrors: (errors: Record<string, string>) => void) {
  const [unplaced, setUnplaced] = useState<string[]>([]);
  return {
    unplaced,
    reset: () => setUnplaced([]),
    place: (error: unknown, lineField: (index: number, name: string) => string | null) => {
      if (!isApiError(error, 'VALIDATION')) return;
      const { placed, unplaced: rest } = placeFieldErrors(error.fields, CORRECTION_BASIS_FIELDS, lineField);
      setErrors(placed);
      setUnplaced(rest);
    },
  };
}

/** The amount field of the i-th line sent (credit note, increase): `amounts.<line id>`. */
export function amountField(sent: readonly { lineId: string }[]) {
  return (index: number) => {
    const line = sent[index];
    return line ? `amounts.${line.lineId}` : null;
  };
}
