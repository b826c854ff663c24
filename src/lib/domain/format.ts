/** Human-readable labels for article metadata. Pure: no locale from the environment. */
import type { PublishedDate } from './article';

/** English month names, January first. */
export const MONTHS: readonly string[] = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

function monthName(iso: string): string {
	return MONTHS[Number(iso.slice(5, 7)) - 1] ?? '';
}

/** "26 December 2023", "December 2023" or "2023" for an ISO date at its precision. */
export function formatIsoDate(iso: string): string {
	const [year, month, day] = iso.split('-');
	if (day) return `${Number(day)} ${monthName(iso)} ${year}`;
	if (month) return `${monthName(iso)} ${year}`;
	return year ?? iso;
}

/**
 * "2 Dec": a day and a short month in the device's time zone, for chart labels. Built by
 * hand: the first Intl date formatter of a visit loads the locale's calendar data, which
 * cost Stats a quarter of a second of a phone's main thread for thirty labels.
 */
export function formatDayMonth(date: Date): string {
	return `${date.getDate()} ${MONTHS[date.getMonth()]!.slice(0, 3)}`;
}

/** The date line shown to readers; estimates say so, unknown dates say "Date unknown". */
export function formatPublished(date: PublishedDate): string {
	if (date.precision === 'unknown') return 'Date unknown';
	if (date.precision !== 'estimate') return date.value ? formatIsoDate(date.value) : 'Date unknown';
	const { notBefore, notAfter } = date;
	if (notBefore && notAfter)
		return `Between ${formatIsoDate(notBefore)} and ${formatIsoDate(notAfter)} (estimated)`;
	if (notBefore) return `${formatIsoDate(notBefore)} or later (estimated)`;
	if (notAfter) return `${formatIsoDate(notAfter)} or earlier (estimated)`;
	return 'Date unknown';
}

/** "4 min read". */
export function formatReadingTime(minutes: number): string {
	return `${minutes} min read`;
}

/** "1.4 MB": decimal units, as storage settings show them. */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${bytes} B`;
	const units = ['kB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = -1;
	// Move up a unit while the value would print as 1000 or more once rounded.
	while (value >= 999.5 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${value < 9.95 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
