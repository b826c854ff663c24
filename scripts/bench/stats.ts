/** Figures from noisy machines: medians with their spread. */
export interface Spread {
	median: number;
	min: number;
	max: number;
	n: number;
}

export const median = (values: number[]): number =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export const spread = (values: number[]): Spread => ({
	median: median(values),
	min: Math.min(...values),
	max: Math.max(...values),
	n: values.length
});

export const ms = (value: number): string => `${value.toFixed(1)} ms`;

/** "median 211.0 ms (min 188.0 ms, max 232.0 ms, n=3)" */
export const msSpread = (values: number[]): string =>
	`median ${ms(median(values))} (min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))}, n=${values.length})`;

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
