/** `value`, or the nearer bound when it lies outside [low, high]. */
export default function clamp(value: number, low: number, high: number): number {
	return Math.min(high, Math.max(low, value));
}
