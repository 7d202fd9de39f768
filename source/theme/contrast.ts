/** A colour by its red, green and blue, each from 0 to 1 (sRGB). */
export type Rgb = readonly [red: number, green: number, blue: number];

/** `#rrggbb` as an Rgb. */
export function hexRgb(hex: string): Rgb {
	const value = Number.parseInt(hex.slice(1), 16);
	return [(value >> 16) / 255, ((value >> 8) & 0xff) / 255, (value & 0xff) / 255];
}

// One channel, from the sRGB curve to linear light (WCAG 2's formula).
const linear = (channel: number) => (channel <= 0.040_45 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);

/** How bright a colour is to the eye, from 0 (black) to 1 (white): WCAG 2's relative luminance. */
export function luminance([red, green, blue]: Rgb): number {
	return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** WCAG 2's contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrast(a: Rgb, b: Rgb): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/** The contrast each kind of mark needs against its background, as WCAG 2 AA asks: text 4.5:1, lines 3:1. */
export const minimumContrast = {text: 4.5, border: 3} as const;
