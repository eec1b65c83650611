import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/graphql/error-message';
import type { ErrorCode } from '@/lib/graphql/errors';

interface ErrorAlertProps {
  error: unknown;
  overrides?: Partial<Record<ErrorCode, string>>;
  'data-testid'?: string;
}

/** A failed request, explained in the reader's language. */
export function ErrorAlert({ error, overrides, 'data-testid': testId }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" data-testid={testId}>
      {errorMessage(t, error, overrides)}
    </Alert>
  );
}
