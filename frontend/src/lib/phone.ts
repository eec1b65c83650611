import { useMediaQuery } from '@mantine/hooks';

/** Below Mantine's `xs` breakpoint (576 px) lists become cards. */
export const PHONE_QUERY = '(max-width: 35.99em)';

/** Whether the screen is phone-narrow (below 576 px); false until the first measurement. */
export function usePhone(): boolean {
  return useMediaQuery(PHONE_QUERY) ?? false;
}
