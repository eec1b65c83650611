import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useViewer } from '@/lib/session/use-session';
import { navSectionsFor } from '../navigation';
import type { NavItem } from '../navigation';

export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { pathname } = useLocation();
  const isActive = (item: NavItem) => pathname === item.path || pathname.startsWith(`${item.path}/`);
  const link = (item: NavItem) => (
    <NavLink
      key={item.name}
      component={Link}
      to={item.path}
      label={t(item.labelKey)}
      active={isActive(item)}
      onClick={onNavigate}
      data-testid={`nav-${item.name}`}
      variant="light"
    />
  );
  return (
    <Stack gap={4} component="nav" aria-label={t('nav.main')}>
      {navSectionsFor(viewer.role).map((section) =>
        section.group === null ? (
          section.items.map(link)
        ) : (
          <NavLink
            key={`group-${section.group}`}
            label={t(`nav.groups.${section.group}`)}
            defaultOpened
            childrenOffset="sm"
            active={section.items.some(isActive)}
            variant="subtle"
            data-testid={`nav-group-${section.group}`}
          >
            {section.items.map(link)}
          </NavLink>
        ),
      )}
    </Stack>
  );
}
