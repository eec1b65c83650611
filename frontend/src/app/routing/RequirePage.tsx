import type { ReactNode } from 'react';
import { useViewer } from '@/lib/session/use-session';
import { canVisit } from '../navigation';
import type { PageName } from '../navigation';
import { ForbiddenPage } from '../pages/ForbiddenPage';

/** Shows a page only to the roles whose navbar has it. */
export function RequirePage({ page, children }: { page: PageName; children: ReactNode }) {
  const viewer = useViewer();
  return canVisit(viewer.role, page) ? children : <ForbiddenPage />;
}
