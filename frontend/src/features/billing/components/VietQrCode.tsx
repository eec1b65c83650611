import { Image, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { QR_SIZE, qrImageQueryOptions } from '../lib/qr-image';

/** A VietQR code any Vietnamese banking app can scan, with the transfer purpose under it. */
export function VietQrCode({ payload, purpose }: { payload: string; purpose: string | null }) {
  const { t } = useTranslation();
  const image = useQuery(qrImageQueryOptions(payload));
  return (
    <Stack gap={6} align="center" data-testid="invoice-vietqr" data-payload={payload}>
      {image.error ? (
        <ErrorAlert error={image.error} />
      ) : image.data === undefined ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : (
        <Image src={image.data} alt={t('billing.invoice.qrAlt')} w={QR_SIZE} h={QR_SIZE} fit="contain" data-testid="invoice-qr-image" />
      )}
      {purpose != null && (
        <Text size="sm" ff="monospace" ta="center" data-testid="invoice-qr-purpose">
          {purpose}
        </Text>
      )}
    </Stack>
  );
}
