// Colour contrast as WCAG 2.1 measures it (relative luminance, contrast ratio), and the few
// colour mixes the theme needs to make every text colour readable.

type Rgb = readonly [number, number, number];

function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1], 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.1 relative luminance of a `#rrggbb` colour (0 black … 1 white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two `#rrggbb` colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `color` at `opacity` painted over `background`, as one `#rrggbb` colour. */
export function over(color: string, opacity: number, background: string): string {
  const fg = parseHex(color);
  const bg = parseHex(background);
  return toHex(fg.map((channel, i) => channel * opacity + (bg[i] ?? 0) * (1 - opacity)) as unknown as Rgb);
}

/** `color` mixed with `amount` (0 … 1) of black. */
export function darken(color: string, amount: number): string {
  return toHex(parseHex(color).map((channel) => channel * (1 - amount)) as unknown as Rgb);
}
