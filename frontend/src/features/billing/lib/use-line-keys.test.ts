import { describe, expect, it } from 'vitest';
import { lineKeyAction } from './use-line-keys';

/** A key press as the window sees it, from `target`. */
function press(key: string, target: Element, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

function element(html: string, selector: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.querySelector(selector)!;
}

describe('lineKeyAction', () => {
  const row = element('<table><tbody><tr tabindex="-1"><td>1</td></tr></tbody></table>', 'tr');

  it('reads j/k anywhere, the arrows only inside the list, and Enter on a row', () => {
    expect(lineKeyAction(press('j', document.body), false)).toBe('next');
    expect(lineKeyAction(press('k', document.body), false)).toBe('previous');
    expect(lineKeyAction(press('ArrowDown', document.body), false)).toBeNull();
    expect(lineKeyAction(press('ArrowDown', row), true)).toBe('next');
    expect(lineKeyAction(press('ArrowUp', row), true)).toBe('previous');
    expect(lineKeyAction(press('Enter', row), true)).toBe('confirm');
    expect(lineKeyAction(press('x', row), true)).toBeNull();
  });

  it('leaves typing, dialogs, focused buttons and shortcuts with a modifier to the page', () => {
    expect(lineKeyAction(press('j', element('<input />', 'input')), false)).toBeNull();
    expect(lineKeyAction(press('k', element('<textarea></textarea>', 'textarea')), false)).toBeNull();
    expect(lineKeyAction(press('j', element('<div role="dialog"><p>x</p></div>', 'p')), false)).toBeNull();
    expect(lineKeyAction(press('Enter', element('<button>Confirm</button>', 'button')), true)).toBeNull();
    expect(lineKeyAction(press('Enter', element('<a href="/invoices/1">C26TAA</a>', 'a')), true)).toBeNull();
    expect(lineKeyAction(press('j', document.body, { ctrlKey: true }), false)).toBeNull();
    expect(lineKeyAction(press('k', document.body, { metaKey: true }), false)).toBeNull();
  });
});
