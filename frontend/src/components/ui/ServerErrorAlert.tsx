import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { isApiError } from '@/lib/graphql/errors';

/**
 * A failed save. A CONFLICT carries the server's own explanation (which plots, which dates),
 * so it is shown as written; anything else gets the usual translated message.
 */
export function ServerErrorAlert({ error, 'data-testid': testId }: { error: unknown; 'data-testid'?: string }) {
  const { t } = useTranslation();
  if (isApiError(error, 'CONFLICT')) {
    return (
      <Alert color="red" variant="light" role="alert" title={t('common.conflictTitle')} data-testid={testId}>
        {error.message}
      </Alert>
    );
  }
  return <ErrorAlert error={error} retry={false} data-testid={testId} />;
}
