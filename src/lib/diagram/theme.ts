/**
 * Diagram colours as Starlight custom properties, so an SVG rendered once at build time follows
 * the light/dark toggle through the CSS cascade with no JavaScript. `--sl-color-white` is
 * Starlight's highest-contrast text colour in both themes (black in light mode).
 */
export const diagramColors = {
	bg: 'var(--sl-color-bg)',
	fg: 'var(--sl-color-white)',
	line: 'var(--sl-color-gray-3)',
	accent: 'var(--sl-color-gray-2)',
	muted: 'var(--sl-color-gray-2)',
	surface: 'var(--sl-color-gray-6)',
	border: 'var(--sl-color-gray-4)',
	transparent: true,
} as const;

/**
 * How much the SVG is enlarged over its layout size. The renderer sets edge labels at 11 px;
 * ×1.1 puts every label at 12 CSS px or more. Diagrams are never shrunk below this size: wide
 * ones scroll inside their own box instead.
 */
export const diagramScale = 1.1;
