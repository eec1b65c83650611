import { queryOptions } from '@tanstack/react-query';
import { billingKeys } from '../api/keys';

/** The side of a drawn QR code, in CSS pixels. */
export const QR_SIZE = 220;

/** The QR code of a payload as an SVG data URL (the library loads only when a code is shown). */
export async function qrDataUrl(payload: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: QR_SIZE });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** A payload's QR image, drawn once: the same payload always draws the same image. */
export const qrImageQueryOptions = (payload: string) =>
  queryOptions({ queryKey: billingKeys.qrImage(payload), queryFn: () => qrDataUrl(payload), staleTime: Infinity });
