import { describe, expect, it } from 'vitest';
import {
	WORDS_PER_MINUTE,
	comparisonKey,
	countWords,
	normalizeText,
	readingMinutes,
	sha256Hex,
	slugify
} from './text';

describe('normalizeText', () => {
	it('composes characters to NFC', () => {
		expect(normalizeText('Pe\u0301rez')).toBe('P\u00e9rez');
	});

	it('unifies line ends and keeps blank lines', () => {
		expect(normalizeText('one\r\ntwo\rthree\n\nfour')).toBe('one\ntwo\nthree\n\nfour');
	});

	it('makes no-break spaces plain, drops zero-width characters, trims and collapses spacing', () => {
		expect(normalizeText('\ufeffWashington.\u00a0\u00a0')).toBe('Washington.');
		expect(normalizeText('  Japan\u202fwill \t send\u200b missiles  ')).toBe(
			'Japan will send missiles'
		);
	});
});

describe('comparisonKey', () => {
	it('ignores case, quote style and spacing', () => {
		expect(comparisonKey('Japan Set to Export “Patriot” to U.S.')).toBe(
			comparisonKey('japan set  to export "patriot" to u.s.')
		);
		expect(comparisonKey('Japan’s')).toBe(comparisonKey("Japan's"));
		expect(comparisonKey('Japan')).not.toBe(comparisonKey('Japan.'));
	});
});

describe('countWords', () => {
	it('counts tokens that hold a letter or a digit', () => {
		expect(countWords('Japan will send 60 launchers — soon.')).toBe(6);
		expect(countWords('U.S.-Japan alliance')).toBe(2);
		expect(countWords('')).toBe(0);
		expect(countWords('  — … ')).toBe(0);
	});
});

describe('readingMinutes', () => {
	it('rounds to whole minutes at the stated speed, never below one', () => {
		expect(WORDS_PER_MINUTE).toBe(238);
		expect(readingMinutes(0)).toBe(1);
		expect(readingMinutes(100)).toBe(1);
		expect(readingMinutes(238)).toBe(1);
		expect(readingMinutes(357)).toBe(2);
		expect(readingMinutes(1000)).toBe(4);
	});
});

describe('slugify', () => {
	it('makes a lowercase, dash-separated, accent-free slug', () => {
		expect(slugify('Japan Set to Export “Patriot” to U.S.')).toBe(
			'japan-set-to-export-patriot-to-u-s'
		);
		expect(slugify('  Café — Défense ')).toBe('cafe-defense');
		expect(slugify('!!!')).toBe('');
	});

	it('cuts a long slug at a word boundary', () => {
		expect(slugify('Japan to Send Patriot Interceptors', 20)).toBe('japan-to-send');
		expect(slugify('Japan to Send Patriot Interceptors', 21)).toBe('japan-to-send-patriot');
		expect(slugify('Supercalifragilistic', 5)).toBe('super');
		const long = slugify('word '.repeat(40));
		expect(long.length).toBeLessThanOrEqual(60);
		expect(long).toMatch(/^(word-)*word$/);
	});
});

describe('sha256Hex', () => {
	it('matches the standard test vectors', async () => {
		expect(await sha256Hex('')).toBe(
			'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
		);
		expect(await sha256Hex('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});

	it('is deterministic, and changes with the text (UTF-8 included)', async () => {
		const a = await sha256Hex('Japan’s decision');
		expect(await sha256Hex('Japan’s decision')).toBe(a);
		expect(await sha256Hex("Japan's decision")).not.toBe(a);
		expect(a).toMatch(/^[0-9a-f]{64}$/);
	});
});
