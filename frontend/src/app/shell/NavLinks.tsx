import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useViewer } from '@/lib/session/use-session';
import { navItemsFor } from '../navigation';

export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { pathname } = useLocation();
  return (
    <Stack gap={4} component="nav" aria-label={t('nav.main')}>
      {navItemsFor(viewer.role).map((item) => (
        <NavLink
          key={item.name}
          component={Link}
          to={item.path}
          label={t(item.labelKey)}
          active={pathname === item.path || pathname.startsWith(`${item.path}/`)}
          onClick={onNavigate}
          data-testid={`nav-${item.name}`}
          variant="light"
        />
      ))}
    </Stack>
  );
}
