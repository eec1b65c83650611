import { Alert, Badge, Card, Group, Select, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import type { ReminderKind, ReminderLocale, ReminderTemplateFields } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';
import { usePreviewInvoices, useReminderPreview } from '../api/reminders';
import { INVOICE_KINDS, KINDS, LOCALES, withTemplate } from '../lib/settings-form';

function isKind(value: string | null): value is ReminderKind {
  return value != null && (KINDS as readonly string[]).includes(value);
}

function isLocale(value: string): value is ReminderLocale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * The subject and opening of one kind in one language, with the placeholders it may use and,
 * for an invoice kind, the email as a real invoice's firm would read it.
 */
export function TemplateEditor({
  templates,
  placeholders,
  disabled,
  onChange,
}: {
  templates: ReminderTemplateFields[];
  placeholders: string[];
  disabled: boolean;
  onChange: (templates: ReminderTemplateFields[]) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [kind, setKind] = useState<ReminderKind>('INVOICE_OVERDUE');
  const [locale, setLocale] = useState<ReminderLocale>('VI');
  const [invoiceId, setInvoiceId] = useState<string | null>(null);
  const current = templates.find((x) => x.kind === kind && x.locale === locale);
  const subject = current?.subject ?? '';
  const body = current?.body ?? '';
  const invoices = usePreviewInvoices();
  const chosen = invoiceId ?? invoices.data?.[0]?.id ?? null;
  const [debounced] = useDebouncedValue({ subject, body }, 400);
  const draft = debounced.subject.trim() !== '' && debounced.body.trim() !== '';
  const previewable = INVOICE_KINDS.includes(kind) && chosen != null;
  const preview = useReminderPreview(
    previewable
      ? {
          invoiceId: chosen,
          kind,
          locale,
          ...(draft ? { subject: debounced.subject, body: debounced.body } : { subject: null, body: null }),
        }
      : null,
  );
  const set = (nextSubject: string, nextBody: string) =>
    onChange(withTemplate(templates, kind, locale, nextSubject, nextBody));

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
          <Select
            label={t('reminders.settings.templateKind')}
            data={KINDS.map((k) => ({ value: k, label: t(`reminders.kinds.${k}`) }))}
            value={kind}
            onChange={(value) => {
              if (isKind(value)) setKind(value);
            }}
            allowDeselect={false}
            data-testid="template-kind"
          />
          <SegmentedControl
            aria-label={t('reminders.settings.templateLocale')}
            data={LOCALES.map((l) => ({ value: l, label: t(`reminders.locales.${l}`) }))}
            value={locale}
            onChange={(value) => {
              if (isLocale(value)) setLocale(value);
            }}
            data-testid="template-locale"
          />
        </SimpleGrid>
        <TextInput
          label={t('reminders.settings.subject')}
          placeholder={t('reminders.settings.productText')}
          value={subject}
          disabled={disabled}
          onChange={(event) => set(event.currentTarget.value, body)}
          data-testid="template-subject"
        />
        <Textarea
          label={t('reminders.settings.body')}
          description={t('reminders.settings.bodyHint')}
          placeholder={t('reminders.settings.productText')}
          autosize
          minRows={4}
          value={body}
          disabled={disabled}
          onChange={(event) => set(subject, event.currentTarget.value)}
          data-testid="template-body"
        />
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {t('reminders.settings.placeholders')}
          </Text>
          {placeholders.map((p) => (
            <Badge key={p} variant="light" color="gray" tt="none" ff="monospace">
              {`{{ ${p} }}`}
            </Badge>
          ))}
        </Group>
      </Stack>
      <Card withBorder padding="md" data-testid="template-preview">
        <Text fw={600} size="sm" mb="xs">
          {t('reminders.settings.preview')}
        </Text>
        {!INVOICE_KINDS.includes(kind) ? (
          <Text size="sm" c="dimmed">
            {t('reminders.settings.previewInvoiceKindsOnly')}
          </Text>
        ) : invoices.error ? (
          <ErrorAlert error={invoices.error} />
        ) : (invoices.data ?? []).length === 0 && !invoices.isPending ? (
          <Text size="sm" c="dimmed">
            {t('reminders.settings.previewNoInvoice')}
          </Text>
        ) : (
          <Stack gap="xs">
            <Select
              label={t('reminders.settings.previewInvoice')}
              data={(invoices.data ?? []).map((i) => ({
                value: i.id,
                label: `${i.numberLabel} · ${i.buyerName} · ${format.money(i.open)}`,
              }))}
              value={chosen}
              onChange={setInvoiceId}
              allowDeselect={false}
              data-testid="preview-invoice"
            />
            {preview.error ? (
              <Alert color="red" variant="light" data-testid="preview-error">
                {t('reminders.settings.previewFailed')}
              </Alert>
            ) : preview.data ? (
              <>
                <Text size="sm" data-testid="preview-subject">
                  <Text span c="dimmed" size="sm">
                    {t('reminders.settings.subject')}:{' '}
                  </Text>
                  {preview.data.subject}
                </Text>
                <Text
                  component="div"
                  size="sm"
                  p="sm"
                  bg="var(--mantine-color-gray-0)"
                  style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', borderRadius: 4 }}
                  data-testid="preview-body"
                >
                  {preview.data.text}
                </Text>
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t('common.loading')}
              </Text>
            )}
          </Stack>
        )}
      </Card>
    </SimpleGrid>
  );
}
