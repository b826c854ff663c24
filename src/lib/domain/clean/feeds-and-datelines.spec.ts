/**
 * Held-out 7's first contact (written before this change, 2 December 2026): the cleaner found
 * the date of 1 of 8 dated captures. Each case below is one of those failures, written small.
 */
import { describe, expect, it } from 'vitest';
import { cleanRawText } from './cleaner';
import { parseDateline } from './dateline';

const day = (value: string) => ({ value, precision: 'day' });

describe('datelines in the formats held-out 7 used', () => {
	it.each([
		['2026-03-11T07:45:00Z', '2026-03-11'],
		['Updated 2026-03-11T09:20:00+01:00', '2026-03-11'],
		['2026-03-11 07:45', '2026-03-11'],
		['Tue, 7 Jul 2026 14:05:00 +0200', '2026-07-07'],
		['Dated this 4th day of May 2026.', '2026-05-04']
	])('reads "%s" as %s', (line, value) => {
		expect(parseDateline(line)).toEqual(day(value));
	});

	it('refuses an ISO date that is no day', () => {
		expect(parseDateline('2026-02-30')).toBeNull();
	});

	const page = (...lines: string[]) => cleanRawText(lines.join('\n\n'));
	const story =
		'Corlessa’s parliament voted to ban cash payments above 10,000 dolva, rejecting an amendment for a higher limit.';

	it('reads the date from a row of labels: a time, an issue number, a byline', () => {
		expect(
			page('Corlessa caps cash payments', '15 May 2026 | 18:40 CET', story).dateline?.value
		).toEqual(day('2026-05-15'));
		expect(
			page('Corlessa caps cash payments', 'Wednesday, 14 October 2026 · Issue 212', story).dateline
				?.value
		).toEqual(day('2026-10-14'));
		expect(
			page('Corlessa caps cash payments', 'Posted 12.03.2026 | by Wenna Trask, Reporter', story)
				.dateline?.value
		).toEqual(day('2026-03-12'));
	});

	it('reads a wire dateline that opens the story, and a notice’s date at its foot', () => {
		const wire = page(
			'Mandatory lobbying register to open in January',
			'PRAVORIA CITY, 19 May 2026 – The Council of Ministers today adopted the final regulations for the register.'
		);
		expect(wire.dateline?.value).toEqual(day('2026-05-19'));
		expect(wire.paragraphs[0]!.text).toMatch(/^PRAVORIA CITY, 19 May 2026/);
		const notice = page(
			'PLANT HEALTH ORDER 2026',
			'1.1 This Notice is issued by the Plant Health Authority under section 9 of the Plant Protection Act.',
			'Dated this 4th day of May 2026.'
		);
		expect(notice.dateline?.value).toEqual(day('2026-05-04'));
	});
});

describe('a feed item, a ministry’s page, a newsletter', () => {
	it('reads an RSS item’s title and date, and drops the feed’s other markup', () => {
		const cleaned = cleanRawText(
			[
				'<channel> Ruvenna Today – Money',
				'<item>',
				'<title>Q&A: What the stamp duty shake-up means for you</title>',
				'<pubDate>Tue, 7 Jul 2026 14:05:00 +0200</pubDate>',
				'<category>Money</category><category>Property</category>',
				'<description>',
				'',
				'First-time buyers will pay no stamp duty on homes up to 350,000 tavos from 1 October 2026, the finance minister said.',
				'</description>',
				'</item>'
			].join('\n')
		);
		expect(cleaned.title).toBe('Q&A: What the stamp duty shake-up means for you');
		expect(cleaned.dateline?.value).toEqual(day('2026-07-07'));
		expect(cleaned.author).toBeNull();
		expect(cleaned.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/[<>]|Money Property/);
	});

	it('takes no ministry’s name for the headline', () => {
		const cleaned = cleanRawText(
			[
				'GOVERNMENT OF PRAVORIA',
				'Ministry of the Interior and Public Administration',
				'Press release',
				'Mandatory lobbying register to open in January',
				'PRAVORIA CITY, 19 May 2026 – The Council of Ministers today adopted the final regulations for the mandatory register of lobbyists, which the Interior Ministry will run with the Public Integrity Office.',
				'The register will open on 4 January 2027, and lobbying without registering will be fined.'
			].join('\n\n')
		);
		expect(cleaned.title).toBe('Mandatory lobbying register to open in January');
	});

	it('takes no mail header or browser link for the title of a newsletter', () => {
		const cleaned = cleanRawText(
			[
				'From: The Campus Brief <brief@campusbrief.example>',
				'Subject: Tuition cap is law | student loans',
				'View in browser | Forward to a friend',
				'Good morning. It is finally done: after two years of argument the tuition fee cap is law, and below is everything you need to know.',
				'Selvara’s Senate on Monday gave final approval to the act that caps the annual tuition fee at 4,200 mirels.'
			].join('\n\n')
		);
		expect(cleaned.title).not.toMatch(/View in browser|^From:|^Subject:/);
	});
});

describe('held-out 8: dates and headlines on first contact (derivation 12’s cleaner)', () => {
	const STORY =
		'Ellisund’s Consumer Markets Authority published the final repair rules on Monday: phone makers must keep parts for seven years after a model is withdrawn, and no part may be paired to one phone.';
	const top = (lines: string[], story = STORY) => cleanRawText([...lines, '', story].join('\n'));

	it('reads the date forms it missed', () => {
		for (const [line, iso] of [
			['March 17, 2026 6:12 AM GMT  Updated 2 hours ago', '2026-03-17'],
			['EMBARGOED UNTIL 00:01 FRIDAY 20 FEBRUARY 2026', '2026-02-20'],
			['Date: Mon, 6 Jul 2026 07:30:00 +0300', '2026-07-06'],
			['Dated this 4th day of May 2026.', '2026-05-04']
		] as const)
			expect(parseDateline(line)?.value, line).toBe(iso);
		// "Date" opens no other word: "Dated …" is not "Date: d …".
		expect(parseDateline('Datelines vary 2026')).toBeNull();
	});

	it('reads a date under a standfirst, and a gazette’s date at the end of its masthead', () => {
		const standfirst = top([
			'Ellisund’s repair rules are final: seven years of parts for phones',
			'Phone makers get until March 2027 to comply. Here is what changes for you and what does not.',
			'Linnea Vasko · Senior Policy Writer',
			'Published 2026-09-08 · 5 min read'
		]);
		expect(standfirst.dateline?.value).toEqual({ value: '2026-09-08', precision: 'day' });
		expect(standfirst.author?.value).toBe('Linnea Vasko');
		const gazette = top([
			'OFFICIAL GAZETTE OF THE REPUBLIC OF USTRAVIA                    No. 118 — 14.08.2026',
			'Ellisund’s repair rules are final: seven years of parts for phones'
		]);
		expect(gazette.dateline?.value).toEqual({ value: '2026-08-14', precision: 'day' });
	});

	it('takes neither a masthead beside a section, a consent line nor a mail header for the headline', () => {
		for (const furniture of [
			'ZAROVIAN PARLIAMENT | House of Deputies',
			'Your privacy: We and our partners store and access information on your device. [Accept] [Reject] [Customise]',
			'Date: Mon, 6 Jul 2026 07:30:00 +0300'
		]) {
			const cleaned = top([
				furniture,
				'Ellisund’s repair rules are final: seven years of parts for phones'
			]);
			expect(cleaned.title, furniture).toBe(
				'Ellisund’s repair rules are final: seven years of parts for phones'
			);
		}
		// A newsletter's contents entry keeps its words, not its number.
		expect(
			top(['1. Ellisund’s repair rules are final: seven years of parts for phones']).title
		).toBe('Ellisund’s repair rules are final: seven years of parts for phones');
	});
});

describe('held-out 9: dates and headlines on first contact (derivation 12’s cleaner)', () => {
	const STORY =
		'Primary schools across the Upper Morve will have to shrink their youngest classes after the assembly voted to cap infant classes at 25 pupils, Catholic schools included.';
	const HEADLINE =
		'Infant classes to be capped at 25 — but Catholic schools ask: does it apply to us?';
	const page = (lines: string[]) => cleanRawText([...lines, '', STORY].join('\n'));

	it('takes a question for a headline, and a masthead for none', () => {
		const cleaned = page([
			'THE VALLEYS COURIER',
			'Serving Ardenne, Lusk and the Upper Morve since 1871',
			'Friday 16th October 2026',
			'Education',
			HEADLINE
		]);
		expect(cleaned.title).toBe(HEADLINE);
		expect(cleaned.dateline?.value).toEqual({ value: '2026-10-16', precision: 'day' });
	});

	it('reads the date of a byline row, a statutory instrument’s "Made", a filing place and a week', () => {
		for (const [row, iso] of [
			['By Oriel Vantasz  |  Posted 24.03.2026, 10:17  |  6 min read', '2026-03-24'],
			['6 September 2026, 19:05 local   |   Zentara', '2026-09-06'],
			['Week 19 · Friday 8 May 2026', '2026-05-08']
		] as const)
			expect(page([HEADLINE, row]).dateline?.value.value, row).toBe(iso);
		expect(parseDateline('Made . . . . . . . . . . . . . 2nd July 2026')?.value).toBe('2026-07-02');
	});

	it('takes the item’s title of a feed, not its channel’s', () => {
		const feed = [
			'<rss version="2.0"><channel>',
			'<title>Kustbladet – Environment</title>',
			'<link>https://www.kustbladet.lv/environment</link>',
			'<item>',
			'<title>Lisvany bans new homes within 250 metres of eroding coast</title>',
			'<pubDate>Tue, 7 Jul 2026 14:05:00 +0200</pubDate>',
			'<description>Lisvany has banned new homes within 250 metres of its eroding coast, the environment ministry said on Tuesday, from 1 January 2027.</description>',
			'</item></channel></rss>'
		].join('\n');
		const cleaned = cleanRawText(feed);
		expect(cleaned.title).toBe('Lisvany bans new homes within 250 metres of eroding coast');
		expect(cleaned.dateline?.value).toEqual({ value: '2026-07-07', precision: 'day' });
	});
});

describe('held-out 10: dates and headlines on first contact (derivation 12’s cleaner)', () => {
	const HEADLINE =
		'Gorlania sets drone delivery permit rules: 120 m ceiling, no flights over schools';
	const STORY =
		"Gorlania's Civil Aviation Directorate has published the final rules for drone delivery permits, with a 120 m ceiling and no flights over schools, ending two years of trial flights.";
	const page = (lines: string[]) => cleanRawText([...lines, '', STORY].join('\n'));

	it('reads a blog’s and a trade site’s label rows', () => {
		for (const [row, iso] of [
			['Posted 12.03.2026, 08:42 | by Yusuf Karrandi | 4 comments', '2026-03-12'],
			['March 9th, 2026 · Filed under Regulations, Tackle · 23 Comments', '2026-03-09']
		] as const)
			expect(page([HEADLINE, row]).dateline?.value.value, row).toBe(iso);
	});

	it('reads a month in Roman numerals after the place a text was made, and an Atom entry’s date', () => {
		expect(parseDateline('Nervalle, 14.I.2026')?.value).toBe('2026-01-14');
		expect(parseDateline('14.XII.2026')?.value).toBe('2026-12-14');
		const atom = cleanRawText(
			[
				'<feed xmlns="http://www.w3.org/2005/Atom">',
				'<title>Kessory Energy Monitor — Policy</title>',
				'<updated>2026-11-01T09:30:00+01:00</updated>',
				'<entry>',
				`<title type="html">${HEADLINE}</title>`,
				'<published>2026-11-05T09:30:00+01:00</published>',
				`<summary>${STORY}</summary>`,
				'</entry></feed>'
			].join('\n')
		);
		expect(atom.title).toBe(HEADLINE);
		expect(atom.dateline?.value.value).toBe('2026-11-05');
	});

	it('takes a two-crumb breadcrumb for no headline', () => {
		expect(page(['YOUR RIGHTS › PAY', HEADLINE]).title).toBe(HEADLINE);
	});
});

describe('held-out 11: the story of a feed item, and mastheads (derivation 12’s cleaner)', () => {
	it('reads a feed item’s story from the HTML in its description', () => {
		const feed = [
			'<rss version="2.0"><channel>',
			'<title>Harbour &amp; Freight Weekly — Ports</title>',
			'<item>',
			'<title>Ysbreda to charge port security fee on every container</title>',
			'<pubDate>Tue, 7 Jul 2026 14:05:00 +0200</pubDate>',
			'<description><![CDATA[<p><strong>Ysbreda will levy a port security fee on every container passing through its seaports from 1 January 2027.</strong></p>',
			'<p>Under the Ports (Security Levy) Order, the levy will be charged at the following rates:</p>',
			'<ul>',
			'<li>₲9 per twenty-foot equivalent unit for containers;</li>',
			'</ul>]]></description>',
			'</item></channel></rss>'
		].join('\n');
		const cleaned = cleanRawText(feed);
		expect(cleaned.title).toBe('Ysbreda to charge port security fee on every container');
		const texts = cleaned.paragraphs.map((p) => p.text);
		expect(texts).toContain(
			'Ysbreda will levy a port security fee on every container passing through its seaports from 1 January 2027.'
		);
		expect(texts).toContain('• ₲9 per twenty-foot equivalent unit for containers;');
	});

	it('takes no ministry’s name in capitals, newsletter line or two-crumb path for the headline', () => {
		const HEADLINE = 'Free hospital parking for patients, visitors and night staff from October';
		const STORY =
			"Car parking charges at Zelvany's public hospitals will be abolished for patients, visitors and night staff from 1 October 2026, the health ministry said.";
		for (const furniture of [
			'MINISTRY OF HEALTH AND SOCIAL CARE — REPUBLIC OF ZELVANY',
			'Your weekly update from the Zelvany hospital parking office',
			'Health > Hospital parking'
		])
			expect(cleanRawText([furniture, HEADLINE, '', STORY].join('\n')).title, furniture).toBe(
				HEADLINE
			);
	});
});

describe('an Atom entry whose story is escaped HTML (derivation 13’s cleaner, held-out 10)', () => {
	const FEED = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		'  <title>Kessory Energy Monitor — Policy</title>',
		'  <entry>',
		'    <title type="html">Tidal auction: four projects win 120 MW</title>',
		'    <published>2026-11-05T09:30:00+01:00</published>',
		'    <author><name>Greta Holmsund</name></author>',
		'    <content type="html">',
		'&lt;figure&gt;&lt;img src="t.jpg" alt=""/&gt;&lt;figcaption&gt;A test turbine. Photo: Varne Tidal&lt;/figcaption&gt;&lt;/figure&gt;',
		'&lt;p&gt;Kessory&#39;s first tidal auction has awarded contracts for 120 MW at 218 sorin per megawatt hour, the market authority said.&lt;/p&gt;',
		'&lt;h3&gt;How big was the pot?&lt;/h3&gt;',
		'&lt;p&gt;The budget was 90 million sorin &amp;amp; more.&lt;/p&gt;',
		'    </content>',
		'  </entry>',
		'  <entry>',
		'    <title type="html">Grid operator opens consultation on Tarro Head connection</title>',
		'    <summary type="html">&lt;p&gt;KessGrid proposes a 132 kV line.&lt;/p&gt;</summary>',
		'  </entry>',
		'</feed>'
	].join('\n');

	it('reads the escaped paragraphs as the story, without their tags or the caption', () => {
		const texts = cleanRawText(FEED).paragraphs.map((p) => p.text);
		expect(texts).toContain(
			"Kessory's first tidal auction has awarded contracts for 120 MW at 218 sorin per megawatt hour, the market authority said."
		);
		expect(texts).toContain('How big was the pot?');
		// Escaped twice ("&amp;amp;"): the HTML's own "&amp;", which a reader sees as "&".
		expect(texts).toContain('The budget was 90 million sorin & more.');
		expect(texts.join(' ')).not.toMatch(/&lt;|<\/?\w|A test turbine/);
	});

	it('reads no other entry of the feed, and no author tags, as the story', () => {
		const cleaned = cleanRawText(FEED);
		expect(cleaned.title).toBe('Tidal auction: four projects win 120 MW');
		const texts = cleaned.paragraphs.map((p) => p.text).join(' ');
		expect(texts).not.toMatch(/Grid operator|KessGrid|<name>/);
	});
});

describe('held-out 12: a gazette’s hard-wrapped text, a mail digest, a ministry’s page (derivation 13’s cleaner)', () => {
	it('joins a hard-wrapped line to the next, whatever it starts with, and mends a word the wrap broke', () => {
		const lines = [
			'The Government, acting under section 23 of the Food Safety and Waste Act 2019,',
			'and having consulted the National Food Agency and the Association of Food Retail-',
			'ers, decrees as follows:',
			'(1) This Decree applies to every food retail outlet with a sales floor area of',
			'400 square metres or more.',
			'(2) The operator of an outlet shall offer food that is unsold but still safe to',
			'eat free of charge to at least one charity registered with the National Food',
			'Agency for redistribution, and shall report each year to the Agency the weight',
			'of food donated and of food discarded at each outlet in the previous year.',
			'(3) An operator that fails to conclude an agreement or to sub-',
			'mit a report is liable to a fine of 3,750 marks per outlet, and to a further',
			'fine of 0.50 marks per kilogram of food destroyed in breach of the prohibition.',
			'(4) The Minister shall review the operation of this Decree within three years.'
		];
		const texts = cleanRawText(['Food waste decree', ...lines].join('\n')).paragraphs.map(
			(p) => p.text
		);
		expect(texts).toContain(
			'(1) This Decree applies to every food retail outlet with a sales floor area of 400 square metres or more.'
		);
		expect(texts.join(' ')).toMatch(/National Food Agency for redistribution/);
		expect(texts.join(' ')).toMatch(/Association of Food Retailers, decrees/);
		expect(texts.join(' ')).toMatch(/or to submit a report/);
		// Each numbered provision stays its own paragraph.
		expect(texts.filter((t) => /^\(\d\)/.test(t))).toHaveLength(4);
	});

	it('finds a mail digest’s top story under its "View this email in your browser", rules and greeting', () => {
		const mail = [
			'From: PeopleBrief Daily <digest@peoplebrief.example>',
			'Subject: PeopleBrief Daily | Partner leave to quadruple; tribunal fees',
			'View this email in your browser',
			'================================================',
			'PEOPLEBRIEF DAILY — HR, payroll and employment law for Hollvarn',
			'================================================',
			'',
			"Good morning. Today: eight weeks' paid leave for new fathers and partners, what payroll needs to do, and two shorter items.",
			'',
			'TOP STORY',
			'Partner leave extended to eight weeks from April 2027',
			'------------------------------------------------',
			'',
			'Hollvarn will give fathers and other second parents eight weeks of paid leave after the birth or adoption of a child, up from two weeks, after parliament approved the Family Leave (Partners) Act on Friday.'
		].join('\n');
		expect(cleanRawText(mail).title).toBe('Partner leave extended to eight weeks from April 2027');
	});

	it('takes no ministry’s name beside its state’s for the headline', () => {
		const page = [
			'Ministry of Transport and Infrastructure — Republic of Vintaro',
			'Home > Newsroom > Press releases',
			'Automatic compensation for flight delays of three hours or more',
			'',
			'Air passengers whose flights arrive three hours or more late will receive compensation automatically, without having to make a claim, under new regulations laid before the Assembly today.'
		].join('\n');
		expect(cleanRawText(page).title).toBe(
			'Automatic compensation for flight delays of three hours or more'
		);
	});
});

describe('held-out 13: a law firm’s briefing and a parliament’s record (derivation 13’s cleaner)', () => {
	it('takes no newsletter issue row or "IN THIS ISSUE" for the headline, and drops legal footers', () => {
		const mail = [
			'HALBROOK VESEY LLP',
			'Employment Briefing  |  June 2026',
			'IN THIS ISSUE',
			'1. The Secure Hours Act: what employers must do by January',
			'2. Tribunal fees: consultation closes 30 June',
			'',
			'The Secure Hours Act received assent on 2 June 2026. Its headline rule is simple: from 1 January 2027, an employer in Corrigane that cancels a worker’s shift with less than 72 hours’ notice must pay the worker for the whole of the cancelled shift.',
			'',
			'Halbrook Vesey LLP is a limited liability partnership registered in Corrigane.',
			'Parliamentary copyright 2026. Reproduced under the Open Parliament Licence.'
		].join('\n');
		const cleaned = cleanRawText(mail);
		expect(cleaned.title).toBe('The Secure Hours Act: what employers must do by January');
		expect(cleaned.paragraphs.map((p) => p.text).join(' ')).not.toMatch(
			/limited liability|Reproduced under/
		);
	});
});
