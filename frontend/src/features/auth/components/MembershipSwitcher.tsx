import { Button, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '@/lib/graphql/error-message';
import { isApiError } from '@/lib/graphql/errors';
import { reasonText } from '@/lib/graphql/reasons';
import { useViewer } from '@/lib/session/use-session';
import { switchMembership } from '../api/switch-membership';

/** The header's tenant switcher: every membership of the user, by tenant (and firm) and role. */
export function MembershipSwitcher() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  const switcher = useMutation({
    mutationFn: switchMembership,
    onSuccess: (_data, membershipId) => {
      const tenant = viewer.memberships.find((m) => m.id === membershipId)?.tenant.name ?? '';
      notifications.show({ color: 'teal', message: t('header.switched', { tenant }) });
      void navigate('/', { replace: true });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        message: isApiError(error, 'FORBIDDEN') ? reasonText(error.reason, errorMessage(t, error)) : errorMessage(t, error),
      }),
  });

  const current = viewer.isPlatformAdmin && viewer.membershipId == null
    ? t('header.platform')
    : (viewer.tenant?.name ?? t('header.platform'));

  if (viewer.memberships.length === 0) {
    return (
      <Text size="sm" fw={500} visibleFrom="sm" data-testid="tenant-name">
        {current}
      </Text>
    );
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          loading={switcher.isPending}
          title={t('header.switchTenant')}
          data-testid="tenant-switcher"
          maw={260}
        >
          <Text size="sm" truncate>
            {current}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.switchTenant')}</Menu.Label>
        {viewer.memberships.map((membership) => (
          <Menu.Item
            key={membership.id}
            // A suspended organisation cannot be entered: the server would refuse the switch.
            disabled={membership.id === viewer.membershipId || membership.tenant.suspendedAt != null}
            onClick={() => switcher.mutate(membership.id)}
            data-testid={`membership-${membership.id}`}
          >
            <Text size="sm" fw={500}>
              {membership.tenant.name}
              {membership.firm ? ` · ${membership.firm.name}` : ''}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`roles.${membership.role}`)}
              {membership.tenant.suspendedAt != null ? ` · ${t('header.suspended')}` : ''}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
