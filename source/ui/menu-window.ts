/**
The first entry shown: the selection kept in the middle of the window where it can be. It
depends on nothing but the selection and the size, so a resize draws what a fresh start would.
*/
export default function windowStart(selected: number, visible: number, entries: number): number {
	return Math.max(0, Math.min(selected - Math.floor((visible - 1) / 2), entries - visible));
}
