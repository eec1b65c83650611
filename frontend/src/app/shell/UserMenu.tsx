import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { signOut } from '@/features/auth';
import { useViewer } from '@/lib/session/use-session';

function initials(name: string): string {
  // Only words that start with a letter: "Nguyễn Thị Lan (demo)" is NL, not N(.
  const words = name.trim().split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => word?.charAt(0).toUpperCase() ?? '').join('') || '?';
}

export function UserMenu() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal>
      {/* Named by what it shows (initials, name, role), as WCAG 2.5.3 asks; the title says what it opens. */}
      <Menu.Target>
        <UnstyledButton title={t('header.userMenu')} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar color="teal" radius="xl" size="sm">
              {initials(viewer.displayName || viewer.email)}
            </Avatar>
            <div style={{ lineHeight: 1.1 }}>
              <Text size="sm" fw={500} visibleFrom="sm">
                {viewer.displayName || viewer.email}
              </Text>
              <Text size="xs" c="dimmed" visibleFrom="sm">
                {t(`roles.${viewer.role}`)}
              </Text>
            </div>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{viewer.email}</Menu.Label>
        <Menu.Item component={Link} to="/profile" data-testid="user-menu-profile">
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          data-testid="signout"
          onClick={() => {
            void signOut().then(() => navigate('/login', { replace: true }));
          }}
        >
          {t('header.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
