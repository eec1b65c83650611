import { useEffect, useEffectEvent, useState } from 'react';
import type { RefObject } from 'react';

/** What a key press asks of a keyboard-driven list. */
export type LineKey = 'next' | 'previous' | 'confirm';

/** Where typing, a dialog or an open dropdown keeps its keys to itself. */
const OWN_KEYS = 'input, textarea, select, [contenteditable="true"], [role="dialog"], [role="listbox"]';
/** Where Enter is the focused control's own (pressing it). */
const PRESSABLE = 'button, a[href], [role="button"], [role="tab"], [role="radio"]';

/**
 * What `event` means to the list, or null when it belongs to the page: j and k anywhere else,
 * the arrow keys only inside the list (so that they still scroll the page elsewhere), Enter
 * unless a button or link has the focus; never with a modifier or inside a field or dialog.
 */
export function lineKeyAction(event: KeyboardEvent, inList: boolean): LineKey | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest(OWN_KEYS)) return null;
  switch (event.key) {
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case 'ArrowDown':
      return inList ? 'next' : null;
    case 'ArrowUp':
      return inList ? 'previous' : null;
    case 'Enter':
      return target?.closest(PRESSABLE) ? null : 'confirm';
    default:
      return null;
  }
}

/**
 * A keyboard flow over `count` rows shown in `list`: the index of the row it is on (null
 * until a key moves there), moved by j/k or the arrows, and Enter handed to `onConfirm` with
 * that index. Focus follows the row (marked `data-active` by the table), so the outline shows
 * where the keys act and the page scrolls to it.
 */
export function useLineKeys({
  count,
  list,
  onConfirm,
}: {
  count: number;
  list: RefObject<HTMLElement | null>;
  onConfirm: (index: number) => void;
}) {
  const [active, setActive] = useState<number | null>(null);
  // The list can shrink under the index (a confirmed line leaves its status's tab): the
  // index then stays on the line that took its place, or the last one.
  const current = active === null || count === 0 ? null : Math.min(active, count - 1);

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const inList = event.target instanceof Node && list.current?.contains(event.target) === true;
    const action = lineKeyAction(event, inList);
    if (action === null || count === 0) return;
    if (action === 'confirm') {
      if (current === null) return;
      event.preventDefault();
      onConfirm(current);
      return;
    }
    event.preventDefault();
    const next = current === null ? 0 : action === 'next' ? Math.min(current + 1, count - 1) : Math.max(current - 1, 0);
    setActive(next);
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // Focus the row the keys moved to (the table marks it focusable).
  useEffect(() => {
    if (current === null) return;
    const row = list.current?.querySelector<HTMLElement>('[data-active]');
    row?.focus({ preventScroll: true });
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [current, count, list]);

  return { active: current, setActive };
}
