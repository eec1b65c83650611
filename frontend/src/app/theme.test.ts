import { DEFAULT_THEME } from '@mantine/core';
import type { MantineColorsTuple } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, over } from './contrast';
import { DIMMED, readablePalette, theme, themeWithTexts } from './theme';

const WHITE = '#ffffff';
const PAGE = DEFAULT_THEME.colors.gray[0];

describe('theme colours (WCAG 2.1 AA, 4.5:1 for text)', () => {
  it('makes the primary colour teal at shade 9', () => {
    expect(theme.primaryColor).toBe('teal');
    expect(theme.primaryShade).toEqual({ light: 9, dark: 5 });
  });

  it.each(Object.keys(DEFAULT_THEME.colors))('gives %s readable text on white, on the page and on its own tint', (name) => {
    const palette = theme.colors?.[name] as MantineColorsTuple;
    const text = palette[9];
    expect(contrastRatio(text, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(text, PAGE)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(text, over(text, 0.1, WHITE))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(text, over(text, 0.12, PAGE))).toBeGreaterThanOrEqual(4.5);
    // White on a filled control and on its hover shade.
    expect(contrastRatio(WHITE, palette[8])).toBeGreaterThanOrEqual(4.5);
    // The light shades stay Mantine's.
    expect(palette.slice(0, 8)).toEqual(DEFAULT_THEME.colors[name]?.slice(0, 8));
  });

  it('keeps a shade that is readable already', () => {
    const gray = DEFAULT_THEME.colors.gray;
    expect(readablePalette(gray)).toEqual(gray);
  });

  it('dims text to a grey still readable on the page', () => {
    expect(contrastRatio(DIMMED, PAGE)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(DIMMED, DEFAULT_THEME.colors.blue[0])).toBeGreaterThanOrEqual(4.5);
  });
});

describe('themeWithTexts', () => {
  it('names the close button of every dialog, drawer and toast', () => {
    const localised = themeWithTexts('Đóng');
    for (const component of ['Modal', 'Drawer', 'Notification']) {
      expect(localised.components?.[component]?.defaultProps).toEqual({ closeButtonProps: { 'aria-label': 'Đóng' } });
    }
    expect(localised.primaryShade).toEqual(theme.primaryShade);
  });
});
