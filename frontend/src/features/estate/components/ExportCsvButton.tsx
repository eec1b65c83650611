import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/graphql/error-message';
import { downloadAsViewer } from '@/lib/download';

export type ExportFile = 'clusters.csv' | 'plots.csv' | 'firms.csv' | 'leases.csv';

/** Downloads one list as a CSV file (`/export/…`, with the access token as a bearer token). */
export function ExportCsvButton({ file }: { file: ExportFile }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: () => downloadAsViewer(`/export/${file}`, file),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
  });
  return (
    <Button variant="default" loading={download.isPending} onClick={() => download.mutate()} data-testid="export-csv">
      {t('estate.csv.export')}
    </Button>
  );
}
