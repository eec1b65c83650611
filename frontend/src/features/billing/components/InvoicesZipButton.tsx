import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadAsViewer } from '@/lib/download';
import { todayInVietnam } from '@/lib/format';
import { errorMessage } from '@/lib/graphql/error-message';
import { useFormat } from '@/lib/use-format';
import { invoicesZipPath, MAX_ZIP_INVOICES } from '../lib/documents';

/**
 * Above an invoice list with row selection: how many are picked, "Download ZIP" of their PDFs
 * (one file per invoice, named by its number), and a way to clear the selection.
 */
export function InvoicesZipButton({ selected, onClear }: { selected: ReadonlySet<string>; onClear: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = selected.size;
  const tooMany = count > MAX_ZIP_INVOICES;
  const download = useMutation({
    mutationFn: (ids: string[]) => downloadAsViewer(invoicesZipPath(ids, format.language), `hoa-don-${todayInVietnam()}.zip`),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
  });
  return (
    <Group gap="sm" mb="sm" justify="flex-end" data-testid="invoices-selection">
      <Text size="sm" c={tooMany ? 'red' : 'dimmed'} data-testid="invoices-selected-count">
        {tooMany ? t('invoiceZip.tooMany', { max: MAX_ZIP_INVOICES }) : t('invoiceZip.selected', { count })}
      </Text>
      {count > 0 && (
        <Button variant="subtle" size="xs" onClick={onClear} data-testid="invoices-selection-clear">
          {t('invoiceZip.clear')}
        </Button>
      )}
      <Button
        variant="default"
        disabled={count === 0 || tooMany}
        loading={download.isPending}
        onClick={() => download.mutate([...selected])}
        data-testid="invoices-zip"
      >
        {t('invoiceZip.download')}
      </Button>
    </Group>
  );
}
