import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitcher } from '@/components/ui/LanguageSwitcher';
import { MembershipSwitcher } from '@/features/auth';
import { saveLanguage } from '@/features/profile';
import { errorMessage } from '@/lib/graphql/error-message';
import { NavLinks } from './NavLinks';
import { UserMenu } from './UserMenu';

/** The signed-in frame: header (product, tenant switcher, language, account) and role navbar. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('header.toggleNavigation')}
            />
            <Text component={Link} to="/" fw={700} size="lg" c="teal.8" data-testid="product-name">
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <MembershipSwitcher />
            <LanguageSwitcher
              onChange={(language) => {
                saveLanguage(language).catch((error: unknown) =>
                  notifications.show({ color: 'red', message: errorMessage(t, error) }),
                );
              }}
            />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <NavLinks onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
