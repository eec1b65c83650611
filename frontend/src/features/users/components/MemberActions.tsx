import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import { errorMessage } from '@/lib/graphql/error-message';
import { OPERATOR_ROLES, isOperatorRole, useChangeMemberRole, useRemoveMember } from '../api/members';
import type { MemberRow, OperatorRole } from '../api/members';

/**
 * An operator admin's actions on a member: move them between admin and staff, or remove them
 * (after a confirmation). The server refuses to leave the tenant without an admin; that refusal
 * is shown as it words it.
 */
export function MemberActions({ member, self }: { member: MemberRow; self: boolean }) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const name = member.user.displayName || member.user.email;
  const change = useChangeMemberRole({
    onSuccess: (saved) => notifications.show({ color: 'teal', message: t('users.members.roleChanged', { name, role: t(`roles.${saved.role as OperatorRole}`) }) }),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
  });
  const remove = useRemoveMember({
    onSuccess: () => {
      modal.close();
      notifications.show({ color: 'teal', message: t('users.members.removed', { name }) });
    },
  });
  return (
    <Group gap="xs" wrap="nowrap">
      {isOperatorRole(member.role) && (
        <Select
          size="xs"
          w={190}
          aria-label={t('users.members.roleOf', { name })}
          allowDeselect={false}
          disabled={self || change.isPending}
          value={member.role}
          data={OPERATOR_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          onChange={(value) => {
            if (value !== null && isOperatorRole(value) && value !== member.role) {
              change.mutate({ membershipId: member.id, role: value });
            }
          }}
          data-testid={`member-role-${member.id}`}
        />
      )}
      {!self && (
        <Button size="xs" color="red" variant="subtle" onClick={modal.open} data-testid={`member-remove-${member.id}`}>
          {t('users.members.remove')}
        </Button>
      )}
      <Modal
        opened={opened}
        onClose={modal.close}
        title={t('users.members.removeTitle', { name })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('users.members.removeHint', { name })}</Text>
          {remove.isError && <ServerErrorAlert error={remove.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={modal.close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(member.id)} data-testid="member-remove-confirm">
              {t('users.members.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
