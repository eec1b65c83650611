import { Button, Popover, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/DateField';
import { isCalendarDate } from '@/lib/dates';
import { todayInVietnam } from '@/lib/format';
import { downloadAsViewer } from '@/lib/download';
import { errorMessage } from '@/lib/graphql/error-message';
import { einvoiceExportPath } from '../lib/documents';
import { firstOfMonth } from '../lib/periods';
import { isValidRange } from '../lib/statement';
import type { DateRange } from '../lib/statement';

/**
 * "Export e-invoice XML": every invoice and credit note issued between two dates, as a ZIP of
 * one XML document per invoice for the e-invoice provider (operators). Defaults to this month so far.
 */
export function EinvoiceExportButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [range, setRange] = useState<DateRange>(() => {
    const today = todayInVietnam();
    return { from: firstOfMonth(today), to: today };
  });
  const download = useMutation({
    mutationFn: (chosen: DateRange) =>
      downloadAsViewer(einvoiceExportPath(chosen), `hoa-don-dien-tu-${chosen.from}-${chosen.to}.zip`),
    onSuccess: () => setOpened(false),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
  });
  const valid = isValidRange(range);
  const dateError = (value: string) => (isCalendarDate(value) ? null : t('billing.dateRequired'));
  return (
    <Popover opened={opened} onChange={setOpened} width={300} position="bottom-end" withArrow shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="default" onClick={() => setOpened((o) => !o)} data-testid="einvoice-export-open">
          {t('billing.documents.exportXml')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          <Text size="sm">{t('billing.documents.exportXmlHint')}</Text>
          <DateField
            label={t('billing.documents.issuedFrom')}
            required
            value={range.from}
            error={dateError(range.from)}
            onChange={(value) => setRange({ ...range, from: value })}
            data-testid="einvoice-export-from"
          />
          <DateField
            label={t('billing.documents.issuedTo')}
            required
            value={range.to}
            error={dateError(range.to) ?? (valid || !isCalendarDate(range.from) ? null : t('billing.statement.toBeforeFrom'))}
            onChange={(value) => setRange({ ...range, to: value })}
            data-testid="einvoice-export-to"
          />
          <Button
            disabled={!valid}
            loading={download.isPending}
            onClick={() => download.mutate(range)}
            data-testid="einvoice-export-download"
          >
            {t('billing.documents.download')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
