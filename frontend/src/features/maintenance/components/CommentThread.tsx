import { Badge, Button, Checkbox, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { useViewer } from '@/lib/session/use-session';
import { useFormat } from '@/lib/use-format';
import { useCommentOnRequest } from '../api/requests';
import type { RequestDetail } from '../api/requests';

/**
 * A request's conversation, oldest first, and a box to add to it. Operators may write an
 * internal note instead (the firm never sees those; the server does not even send them).
 */
export function CommentThread({ request, operator }: { request: RequestDetail; operator: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const viewer = useViewer();
  const form = useForm({
    initialValues: { body: '', internal: false },
    validate: { body: (value) => (value.trim() === '' ? t('common.required') : null) },
  });
  const comment = useCommentOnRequest({
    onSuccess: () => form.reset(),
    onError: (error) => applyFieldErrors(form, error),
  });
  const showError = comment.isError && !(isApiError(comment.error, 'VALIDATION') && comment.error.fields.length > 0);

  return (
    <Stack gap="sm">
      {request.comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('maintenance.detail.noComments')}
        </Text>
      ) : (
        request.comments.map((c) => (
          <Paper
            key={c.id}
            withBorder
            p="sm"
            bg={c.internal ? 'yellow.0' : c.authorId === viewer.id ? 'teal.0' : undefined}
            data-testid="comment"
            data-internal={c.internal}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.body}
            </Text>
            <Group gap="xs" mt={4}>
              <Text size="xs" c="dimmed" data-testid="comment-meta">
                {c.authorName != null ? `${c.authorName} · ` : ''}
                {format.dateTime(c.createdAt)}
              </Text>
              {c.internal && (
                <Badge size="xs" color="yellow" variant="light">
                  {t('maintenance.detail.internalBadge')}
                </Badge>
              )}
            </Group>
          </Paper>
        ))
      )}
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          comment.mutate({ requestId: request.id, body: values.body.trim(), internal: operator && values.internal }),
        )}
      >
        <Stack gap="xs">
          {showError && <ServerErrorAlert error={comment.error} />}
          <Textarea
            aria-label={t('maintenance.detail.comment')}
            placeholder={t('maintenance.detail.commentPlaceholder')}
            autosize
            minRows={2}
            data-testid="comment-body"
            {...form.getInputProps('body')}
          />
          <Group justify="space-between" wrap="wrap">
            {operator ? (
              <Checkbox
                label={t('maintenance.detail.internal')}
                data-testid="comment-internal"
                {...form.getInputProps('internal', { type: 'checkbox' })}
              />
            ) : (
              <span />
            )}
            <Button type="submit" size="sm" loading={comment.isPending} data-testid="comment-send">
              {t('maintenance.detail.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
