import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import '@/i18n/setup';
import { matchMediaWhere } from './media';
import { graphqlMock } from './mock-graphql';

// `findBy…` and `waitFor` wait up to 3 s (the library's default is 1 s): on a loaded 2-core CI
// machine a page with several queries can take longer than a second to settle.
configure({ asyncUtilTimeout: 3000 });

// jsdom lacks the layout APIs Mantine uses; these stand-ins make components render.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: matchMediaWhere(() => false),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;
window.HTMLElement.prototype.scrollIntoView = () => {};

// Every test talks to a fresh mock endpoint; what it sends and does not answer fails it.
beforeEach(() => {
  graphqlMock.reset();
  vi.stubGlobal('fetch', graphqlMock.fetch);
});

afterEach(() => {
  cleanup();
  graphqlMock.verify();
});
