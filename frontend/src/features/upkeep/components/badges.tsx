import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssetRow } from '../api/assets';

const CONDITION_COLORS: Record<number, string> = { 1: 'red', 2: 'orange', 3: 'yellow', 4: 'teal', 5: 'green' };

/** A badge keeps its whole text: it never shrinks below it in a table cell or a card's header. */
export const WHOLE = { flexShrink: 0, minWidth: 'max-content' } as const;

/** An asset's condition, 1 (failed) to 5 (as new), as a coloured badge; a dash when not rated. */
export function ConditionBadge({ condition }: { condition: number | null | undefined }) {
  const { t } = useTranslation();
  if (condition == null) return <>{t('common.empty')}</>;
  return (
    <Badge color={CONDITION_COLORS[condition] ?? 'gray'} variant="light" style={WHOLE} data-testid="asset-condition">
      {condition} · {t(`upkeep.condition.${condition as 1 | 2 | 3 | 4 | 5}`)}
    </Badge>
  );
}

/** Days from `today` (ISO) to `day` (ISO). */
export function daysUntil(day: string, today: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** A permit that has run out, or runs out within 90 days, as a warning badge; nothing otherwise. */
export function PermitWarning({ permits, today }: { permits: AssetRow['permits']; today: string }) {
  const { t } = useTranslation();
  const expired = permits.find((p) => p.expired);
  if (expired) {
    return (
      <Badge color="red" variant="light" style={WHOLE} data-testid="permit-expired">
        {t('upkeep.permit.expired', { kind: t(`upkeep.permitKind.${expired.kind}`) })}
      </Badge>
    );
  }
  const soon = permits.find((p) => p.expiresOn != null && daysUntil(p.expiresOn, today) <= 90);
  if (soon?.expiresOn != null) {
    return (
      <Badge color="orange" variant="light" style={WHOLE} data-testid="permit-soon">
        {t('upkeep.permit.expiresIn', {
          kind: t(`upkeep.permitKind.${soon.kind}`),
          count: daysUntil(soon.expiresOn, today),
        })}
      </Badge>
    );
  }
  return null;
}
