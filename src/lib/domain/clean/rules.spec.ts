import { describe, expect, it } from 'vitest';
import {
	AUTHOR_BOX,
	CAPTION,
	CREDIT,
	LINE_RULES,
	READ_TIME,
	TRAILER_HEADING,
	matchLineRule,
	type LineRuleName
} from './rules';

describe('matchLineRule', () => {
	const boilerplate: [string, LineRuleName][] = [
		['Skip to main content', 'skip-link'],
		['Skip to content', 'skip-link'],
		['Menu', 'navigation'],
		['Home › Asia › Defense', 'navigation'],
		['News » World » Asia', 'navigation'],
		['Follow Army Recognition on Google News at this link', 'google-news'],
		['2 min read', 'read-time'],
		['Reading time: 4 minutes', 'read-time'],
		['photo l', 'image-credit'],
		['Photo: Reuters', 'image-credit'],
		['Image credit: AFP', 'image-credit'],
		['Share this article', 'share'],
		['Share on X', 'share'],
		['X', 'share'],
		['LinkedIn', 'share'],
		['Copy link', 'share'],
		['Advertisement', 'advertisement'],
		['ADVERTISEMENT', 'advertisement'],
		['Advertisement - Scroll to continue', 'advertisement'],
		['Story continues below advertisement', 'advertisement'],
		['Sign up for our newsletter', 'newsletter'],
		['Subscribe to our daily briefing', 'newsletter'],
		['Get the day’s top stories in your inbox every morning.', 'newsletter'],
		['Enter your email address', 'newsletter'],
		['Subscribe', 'newsletter'],
		['Sign up now', 'newsletter'],
		['By signing up, you agree to our Privacy Policy and Terms of Use.', 'newsletter'],
		['Read also: Japan eases arms export rules', 'teaser-link'],
		['Related: Tokyo and Washington sign deal', 'teaser-link'],
		['read more', 'read-more'],
		['Read more »', 'read-more'],
		['Copyright © 2019 - 2024 Army Recognition | Webdesign by Zzam', 'copyright'],
		['© 2024 Example News · Privacy · Terms', 'copyright'],
		['Copyright 2024 Example News', 'copyright'],
		['Example News Inc. All rights reserved.', 'copyright'],
		['Webdesign by Zzam', 'web-design'],
		['Powered by WordPress', 'web-design'],
		['Back to top button', 'back-to-top'],
		['Follow us on X', 'social-follow'],
		['Tags: Japan, Arms exports, Patriot', 'tags']
	];

	it.each(boilerplate)('removes "%s" as %s', (line, name) => {
		expect(matchLineRule(line)?.name).toBe(name);
	});

	// Body sentences that merely contain a boilerplate word must survive.
	const sentences = [
		'The advertisement ran in three national newspapers on Friday.',
		'Advertisement revenue at the broadcaster fell last year.',
		'Related talks between the two governments will continue next month.',
		'Share prices of Mitsubishi Heavy Industries rose after the announcement.',
		'Subscribers to the ministry’s email updates learned of the change on Friday.',
		'Sign-up rates for the reserve forces have fallen for a decade.',
		'Photo reconnaissance satellites were also on the agenda.',
		'Copyright law was not part of the talks.',
		'Designed by Raytheon, the system entered service in 1981.',
		'The officials said all rights reserved to the licensor remain unchanged under the new rules.',
		'Read more widely, the decision marks a shift in policy.',
		'More than 60 launchers are deployed across Japan.',
		'Home ministers from both countries will meet in May.',
		'Tags on each missile record where it was made.',
		'Follow-up talks on Google News coverage were not planned.',
		'Email exchanges between the officials were later released.',
		'Back to top form, the minister defended the decision.',
		'(c) transfers to a country that is a party to a conflict.',
		'Japan Set to Export “Patriot” to U.S.'
	];

	it.each(sentences)('keeps "%s"', (line) => {
		expect(matchLineRule(line)).toBeUndefined();
	});

	it('names every rule once', () => {
		const names = LINE_RULES.map((r) => r.name);
		expect(new Set(names).size).toBe(names.length);
	});
});

describe('READ_TIME', () => {
	it('reads labels, not sentences that mention minutes', () => {
		expect(READ_TIME.test('5 minutes')).toBe(true);
		expect(READ_TIME.test('two-minute read')).toBe(true);
		expect(READ_TIME.test('The cabinet met for 5 minutes.')).toBe(false);
	});
});

describe('TRAILER_HEADING', () => {
	it.each([
		'Related Posts',
		'Related Articles',
		'Related Stories',
		'Our Books',
		'About the Author'
	])('opens the trailer at "%s"', (line) => {
		expect(TRAILER_HEADING.test(line)).toBe(true);
	});

	it('does not open it at a sentence about related matters', () => {
		expect(TRAILER_HEADING.test('Related articles of the treaty were not changed.')).toBe(false);
		expect(TRAILER_HEADING.test('Our books show the export was legal, the official said.')).toBe(
			false
		);
	});
});

describe('AUTHOR_BOX', () => {
	it('takes the name from an "About <Name>" heading', () => {
		expect(AUTHOR_BOX.exec('About Kyle Anzalone')?.[1]).toBe('Kyle Anzalone');
	});

	it('ignores a sentence that starts with About', () => {
		expect(AUTHOR_BOX.test('About 60 Patriot launchers are deployed.')).toBe(false);
		expect(AUTHOR_BOX.test('About Japan')).toBe(false);
	});
});

describe('CAPTION and CREDIT', () => {
	it('tells a caption by its image source at the end', () => {
		expect(CAPTION.test('Soldiers viewed a static display. (Picture source: US DoD)')).toBe(true);
		expect(CAPTION.test('The missile (photo below) was made in Japan.')).toBe(false);
	});

	it('tells a reporting credit', () => {
		expect(CREDIT.test('Hisako Ueno contributed reporting.')).toBe(true);
		expect(CREDIT.test('Additional reporting by Jane Doe in Tokyo')).toBe(true);
		expect(CREDIT.test('Officials contributed funding to the programme.')).toBe(false);
	});
});
