import { DEFAULT_THEME, Drawer, Modal, Notification, Table, createTheme, mergeThemeOverrides } from '@mantine/core';
import type { CSSVariablesResolver, MantineColorsTuple, MantineThemeOverride } from '@mantine/core';
import { contrastRatio, darken, over } from './contrast';

/** WCAG 2.1 AA for normal text, with a little room for rounding and anti-aliasing. */
const READABLE = 4.6;
const WHITE = '#ffffff';
/** The page's background (the app shell's main area and the sign-in pages). */
const PAGE = DEFAULT_THEME.colors.gray[0];
/** The strongest tint Mantine lays under a colour's text (light variant, hovered). */
const TINT = 0.12;

/**
 * Every text colour a palette gives is readable (WCAG 2.1 AA, 4.5:1): with the primary shade
 * at 9, a colour's text, links, outline and the text of its light variant are shade 9, and a
 * filled control is white on shade 9 (shade 8 when hovered). Mantine's shades 8 and 9 of the
 * lighter hues (teal, green, yellow, orange…) fall short on a light tint, so they are darkened
 * just enough; shades 0–7 (backgrounds, charts, borders) stay Mantine's.
 */
export function readablePalette(palette: MantineColorsTuple): MantineColorsTuple {
  const deepen = (shade: string, readable: (color: string) => boolean) => {
    for (let amount = 0; amount < 1; amount += 0.01) {
      const color = darken(shade, amount);
      if (readable(color)) return color;
    }
    return darken(shade, 1);
  };
  const nine = deepen(palette[9], (color) => contrastRatio(color, over(color, TINT, PAGE)) >= READABLE);
  const eight = deepen(palette[8], (color) => contrastRatio(color, WHITE) >= READABLE);
  return [...palette.slice(0, 8), eight, nine] as unknown as MantineColorsTuple;
}

const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, palette]) => [name, readablePalette(palette)]),
);

/** Dimmed text: Mantine's gray.6 is 3.3:1 on white; this grey is 5.8:1 on the page's gray.0. */
export const DIMMED = '#5c636a';

export const theme = createTheme({
  colors,
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 5 },
  defaultRadius: 'md',
  headings: { fontWeight: '650' },
  components: {
    // A table wider than a phone scrolls sideways: its scroll area takes the keyboard focus,
    // so it can be scrolled without a mouse even when no cell holds a link.
    TableScrollContainer: Table.ScrollContainer.extend({
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    }),
  },
});

/**
 * The theme with the one text Mantine's own controls need, in the reader's language: every
 * dialog's, drawer's and toast's close button (an × icon) is named `closeLabel`.
 */
export function themeWithTexts(closeLabel: string): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': closeLabel };
  return mergeThemeOverrides(theme, {
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
    },
  });
}

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': DIMMED },
  dark: {},
});
