import { AppShell, Burger, Button, Divider, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { LanguageSwitcher } from '@/components/ui/LanguageSwitcher';
import type { Language } from '@/i18n/language-preference';
import { MembershipSwitcher, signOut } from '@/features/auth';
import { saveLanguage } from '@/features/profile';
import { canSearch, GlobalSearch, SearchButton, useSearchHotkey } from '@/features/search';
import { errorMessage } from '@/lib/graphql/error-message';
import { useViewer } from '@/lib/session/use-session';
import { NavLinks } from './NavLinks';
import { UserMenu } from './UserMenu';

/** Mantine's `sm` breakpoint: below it the navbar is a drawer behind the burger. */
const PHONE = '(max-width: 47.99em)';

/** What the header holds on a wide screen and the drawer's foot on a phone: one of each, never both. */
function AccountControls({ drawer, onNavigate }: { drawer: boolean; onNavigate: () => void }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  const changeLanguage = (language: Language) => {
    saveLanguage(language).catch((error: unknown) => notifications.show({ color: 'red', message: errorMessage(t, error) }));
  };
  if (!drawer) {
    return (
      <Group gap="md" wrap="nowrap">
        <MembershipSwitcher />
        <LanguageSwitcher onChange={changeLanguage} />
        <UserMenu />
      </Group>
    );
  }
  return (
    <Stack gap="sm" data-testid="drawer-account">
      <Divider />
      <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
        {viewer.displayName || viewer.email}
      </Text>
      {viewer.memberships.length > 1 && <MembershipSwitcher />}
      <LanguageSwitcher onChange={changeLanguage} />
      <Button component={Link} to="/profile" variant="default" onClick={onNavigate} data-testid="user-menu-profile">
        {t('nav.profile')}
      </Button>
      <Button
        color="red"
        variant="light"
        data-testid="signout"
        onClick={() => {
          void signOut().then(() => navigate('/login', { replace: true }));
        }}
      >
        {t('header.signOut')}
      </Button>
    </Stack>
  );
}

/** The signed-in frame: header (product, tenant switcher, language, account) and role navbar. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const [searching, search] = useDisclosure();
  const phone = useMediaQuery(PHONE) ?? false;
  const searchable = canSearch(useViewer().role);
  useSearchHotkey(searchable ? search.open : () => {});
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a href="#main" className="skip-link">
        {t('header.skipToContent')}
      </a>
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
            <Text component={Link} to="/" fw={700} size="lg" c="teal.9" data-testid="product-name">
              {t('app.name')}
            </Text>
          </Group>
          {!phone && (
            <Group gap="md" wrap="nowrap">
              {searchable && <SearchButton onClick={search.open} />}
              <AccountControls drawer={false} onNavigate={close} />
            </Group>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        {phone && searchable && (
          <AppShell.Section pb="sm" data-testid="drawer-search">
            <SearchButton
              fullWidth
              onClick={() => {
                close();
                search.open();
              }}
            />
          </AppShell.Section>
        )}
        <AppShell.Section grow component={ScrollArea}>
          <NavLinks onNavigate={close} />
        </AppShell.Section>
        {phone && (
          <AppShell.Section pt="sm">
            <AccountControls drawer onNavigate={close} />
          </AppShell.Section>
        )}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0" id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
      {searchable && <GlobalSearch opened={searching} onClose={search.close} />}
    </AppShell>
  );
}
