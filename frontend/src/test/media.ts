import { vi } from 'vitest';

/**
 * A `window.matchMedia` for jsdom (which has none) whose media queries match when
 * `matches(query)` says so: a test sets `window.matchMedia = matchMediaWhere((q) => q === PHONE)`
 * to render the phone layout.
 */
export function matchMediaWhere(matches: (query: string) => boolean) {
  return vi.fn().mockImplementation((query: string) => ({
    matches: matches(query),
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  }));
}
