import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import '@/i18n/setup';
import { graphqlMock } from './mock-graphql';

// jsdom lacks the layout APIs Mantine uses; these stand-ins make components render.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
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
