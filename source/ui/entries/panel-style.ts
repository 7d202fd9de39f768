import type {BlockStyle} from '../../document/blocks.js';
import {paintStyled} from '../../theme/styled.js';
import type {Theme} from '../../theme/theme.js';
import type {PreparedInline} from './prepare-inline.js';

/** How the panel draws a section's blocks: their inline Markdown as the build prepared it, in the theme's colours. */
export function panelStyle(theme: Theme, inline: PreparedInline): BlockStyle {
	return {
		inline(markdown) {
			if (!Object.hasOwn(inline, markdown)) {
				throw new Error(`no prepared text for ${JSON.stringify(markdown)}`);
			}

			return paintStyled(inline[markdown]!, theme);
		},
		title: (text) => [theme.paint.title(text)],
		heading: (text) => [theme.paint.heading(text)],
		subheading: (text) => [theme.paint.heading(text)],
		label: theme.paint.label,
		marker: theme.paint.marker,
		bullet: theme.glyphs.text('•'),
		listIndent: 1,
		labelIndent: 0,
		timeline: {
			marks: theme.glyphs.timeline,
			ellipsis: theme.glyphs.ellipsis,
			bar: theme.paint.accent,
			axis: theme.paint.muted,
		},
	};
}
