import { describe, expect, it } from 'vitest';
import { deriveHeadline, looksLikeTitle } from './headline';

describe('looksLikeTitle', () => {
	it.each([
		'Japan Set to Export “Patriot” to U.S.',
		'Breaking With Postwar History, Japan to Sell Patriot Missiles to U.S.',
		'Japan to Host Manufacturing of Patriot Missiles in Bilateral Agreement with the US.',
		'Japan to Send Patriot Interceptors to the US, Freeing Up American Supplies to Send to Ukraine',
		'Japan eases arms export rules'
	])('takes "%s" for a headline', (line) => {
		expect(looksLikeTitle(line)).toBe(true);
	});

	it.each([
		'Japan has become the first country to export Patriot surface-to-air missiles to the United States, a move reported by Kyodo News with reference to government sources.',
		'Japan will send Patriot Air Defense missiles to the US. The move will allow Washington to dive deeper into its own stockpiles.',
		'This critical policy shift will allow Japan to ship Patriot air defence missiles to the United States.',
		''
	])('does not take a lede for a headline: "%s"', (line) => {
		expect(looksLikeTitle(line)).toBe(false);
	});
});

/** True when `headline` (without a closing ellipsis) is the lede's first words, whole. */
function isWholeWordPrefix(headline: string, lede: string): boolean {
	const words = headline.replace(/…$/, '').split(' ');
	const ledeWords = lede.split(/\s+/);
	return words.every(
		(w, i) =>
			w === ledeWords[i] ||
			(i === words.length - 1 && ledeWords[i]?.startsWith(w) && /\W$/.test(ledeWords[i] ?? ''))
	);
}

describe('deriveHeadline', () => {
	const seedLede =
		'Japan has become the first country to export Patriot surface-to-air missiles to the United States, a move reported by Kyodo News with reference to government sources.';

	it('keeps the main clause of the first sentence, in the lede’s own words', () => {
		const headline = deriveHeadline(seedLede);
		expect(headline).toBe(
			'Japan has become the first country to export Patriot surface-to-air missiles to the United States'
		);
		expect(seedLede.startsWith(headline)).toBe(true);
	});

	it('stops at the end of the first sentence', () => {
		expect(
			deriveHeadline('Japan will send Patriot missiles to the US. The move frees American stocks.')
		).toBe('Japan will send Patriot missiles to the US');
	});

	it('does not stop at an abbreviation inside the sentence', () => {
		expect(
			deriveHeadline('The U.S. Army will receive interceptors made in Japan under the new rules.')
		).toBe('The U.S. Army will receive interceptors made in Japan under the new rules');
		expect(deriveHeadline('Mr. Emanuel welcomed the decision. He called it unprecedented.')).toBe(
			'Mr. Emanuel welcomed the decision'
		);
	});

	it('keeps the period of an abbreviation that ends the sentence', () => {
		expect(
			deriveHeadline(
				'Japan will export licence-built Patriot missiles to the U.S. The decision was made on Friday.'
			)
		).toBe('Japan will export licence-built Patriot missiles to the U.S.');
	});

	it('shortens a long sentence at a word boundary and says so with an ellipsis', () => {
		const lede =
			'Japan is set to announce that it will approve the sale of advanced air defense systems to the United States and other partners in the region.';
		const headline = deriveHeadline(lede);
		expect(headline.endsWith('…')).toBe(true);
		expect(headline.replace(/…$/, '').split(' ')).toHaveLength(16);
		expect(isWholeWordPrefix(headline, lede)).toBe(true);
		expect(headline).toBe(
			'Japan is set to announce that it will approve the sale of advanced air defense systems…'
		);
	});

	it('leaves no dangling comma before the ellipsis', () => {
		// The first comma comes too early to end a main clause; the 16th word ends in one.
		const lede =
			'On Friday, Japan said Patriot missiles made by Mitsubishi Heavy Industries under licence from American makers, Lockheed Martin and RTX, would go to the United States.';
		const headline = deriveHeadline(lede);
		expect(headline).toBe(
			'On Friday, Japan said Patriot missiles made by Mitsubishi Heavy Industries under licence from American makers…'
		);
		expect(isWholeWordPrefix(headline, lede)).toBe(true);
	});

	it('returns a short lede whole', () => {
		expect(deriveHeadline('Japan eases its arms export rules.')).toBe(
			'Japan eases its arms export rules'
		);
	});
});
