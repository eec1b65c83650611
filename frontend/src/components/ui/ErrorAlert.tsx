import { Alert, Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/graphql/error-message';
import { isApiError } from '@/lib/graphql/errors';
import type { ErrorCode } from '@/lib/graphql/errors';

interface ErrorAlertProps {
  error: unknown;
  overrides?: Partial<Record<ErrorCode, string>>;
  /**
   * Whether a server that could not be reached gets a "Try again" button, which reloads what the
   * page shows. Off for a failed save: saving again is the form's own button.
   */
  retry?: boolean;
  'data-testid'?: string;
}

/** True when the request got no answer from the app (network down, 502/503/504): worth trying again. */
export function isUnreachable(error: unknown): boolean {
  return isApiError(error, 'NETWORK') || isApiError(error, 'UNAVAILABLE');
}

/** A failed request, explained in the reader's language. */
export function ErrorAlert({ error, overrides, retry = true, 'data-testid': testId }: ErrorAlertProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [retrying, setRetrying] = useState(false);
  if (isUnreachable(error)) {
    return (
      <Alert color="orange" variant="light" role="alert" title={t('serverUnreachable.title')} data-testid={testId}>
        <Group justify="space-between" gap="sm">
          <Text size="sm">{errorMessage(t, error, overrides)}</Text>
          {retry && (
            <Button
              size="xs"
              variant="white"
              color="orange"
              loading={retrying}
              data-testid="error-retry"
              onClick={() => {
                setRetrying(true);
                void queryClient.refetchQueries({ type: 'active' }).finally(() => setRetrying(false));
              }}
            >
              {t('serverUnreachable.retry')}
            </Button>
          )}
        </Group>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" role="alert" data-testid={testId}>
      {errorMessage(t, error, overrides)}
    </Alert>
  );
}
