import { Image, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';

const SIZE = 220;

/** The QR code of a payload as an SVG data URL (the library loads only when a code is shown). */
export async function qrDataUrl(payload: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: SIZE });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** A VietQR code any Vietnamese banking app can scan, with the transfer purpose under it. */
export function VietQrCode({ payload, purpose }: { payload: string; purpose: string | null }) {
  const { t } = useTranslation();
  const image = useQuery({ queryKey: ['vietqr', payload], queryFn: () => qrDataUrl(payload), staleTime: Infinity });
  return (
    <Stack gap={6} align="center" data-testid="invoice-vietqr" data-payload={payload}>
      {image.error ? (
        <ErrorAlert error={image.error} />
      ) : image.data === undefined ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : (
        <Image src={image.data} alt={t('billing.invoice.qrAlt')} w={SIZE} h={SIZE} fit="contain" data-testid="invoice-qr-image" />
      )}
      {purpose != null && (
        <Text size="sm" ff="monospace" ta="center" data-testid="invoice-qr-purpose">
          {purpose}
        </Text>
      )}
    </Stack>
  );
}
