import { describe, expect, it } from 'vitest';
import { cleanRawText } from './cleaner';
import {
	findHeadline,
	isFurniture,
	isMasthead,
	RELATIVE_TIME,
	subjectOf,
	writerOf
} from './header';

/** A page as a browser's "select all, copy" gives it: the site first, then the story. */
const PAGE = `THE HARBOUR GAZETTE
Serving Kessel and the islands since 1902
Home | News | Business | Sport | Opinion
Subscribe from 1 mark a week | Sign in
We and our 120 partners use cookies to personalise content. [Accept all] [Settings]
NEWS › TRANSPORT

Kessel doubles ferry fares for visitors from June as council backs island levy

Residents keep the old fare; the extra money goes to the harbour fund

Mira Olsen, Transport correspondent
Jun 4, 2025 · 4 min read
Share Save Listen to this article (4 min)

Kessel's council voted on Tuesday to double ferry fares for visitors to the islands from 1 June, while residents keep paying the old fare.

The levy is expected to raise 2 million marks a year, which the council says will go to the harbour fund.`;

describe('the page header', () => {
	it('finds the headline under the masthead, menus and cookie banner', () => {
		const cleaned = cleanRawText(PAGE);
		expect(cleaned.title).toBe(
			'Kessel doubles ferry fares for visitors from June as council backs island levy'
		);
		expect(cleaned.titleDerived).toBe(false);
		expect(cleaned.paragraphs.map((p) => p.text)).toEqual([
			'Residents keep the old fare; the extra money goes to the harbour fund',
			expect.stringMatching(/^Kessel's council voted on Tuesday/),
			expect.stringMatching(/^The levy is expected/)
		]);
	});

	it('reads the writer and the date from the labels under the headline', () => {
		const cleaned = cleanRawText(PAGE);
		expect(cleaned.author?.value).toBe('Mira Olsen');
		expect(cleaned.dateline?.value).toMatchObject({ precision: 'day', value: '2025-06-04' });
		// Each line of the site's goes, by a rule of its own or as the page's header.
		expect(cleaned.removed.map((r) => r.line)).toEqual([
			'THE HARBOUR GAZETTE',
			'Serving Kessel and the islands since 1902',
			'Home | News | Business | Sport | Opinion',
			'Subscribe from 1 mark a week | Sign in',
			expect.stringMatching(/^We and our 120 partners/),
			'NEWS › TRANSPORT',
			'Mira Olsen, Transport correspondent',
			'Jun 4, 2025 · 4 min read',
			'Share Save Listen to this article (4 min)'
		]);
		expect(cleaned.removed.filter((r) => r.reason === 'page-header')).toHaveLength(6);
	});

	it('leaves a page that starts with its headline as it was', () => {
		const text = PAGE.split('\n').slice(7).join('\n');
		expect(findHeadline(text.split('\n').filter(Boolean))?.titleIndex).toBe(0);
		expect(cleanRawText(text).title).toBe(cleanRawText(PAGE).title);
	});

	it('takes no line for the headline when none speaks of the story', () => {
		const lines = ['Opinion', 'A quiet week in the valley', PAGE.split('\n').at(-1)!];
		expect(
			findHeadline([...lines, 'More prose follows here, in a second sentence of the story.'])
		).toBeNull();
	});

	it('never takes a sentence of the story for furniture, whatever its words', () => {
		for (const lede of [
			"Kelvane's largest bakery recalled 20,000 packets of cookies on Tuesday after a labelling error.",
			'Search teams found the three missing climbers on the north face of Mount Orla late on Sunday.',
			'Meta changed the privacy settings of three billion users on Monday, the regulator said in a statement.'
		]) {
			const page = `KELVANE POST\nHome | News | Sport\n\nRecall and rescue: a busy week for Kelvane\n\n${lede}\n\nMore followed on Wednesday, when the council met to discuss the week's events in Kelvane.`;
			const cleaned = cleanRawText(page);
			expect(isFurniture(lede), lede).toBe(false);
			expect(cleaned.paragraphs.map((p) => p.text)).toContain(lede);
		}
		expect(
			isFurniture(
				'This site uses cookies to give you the best experience. By continuing you accept our cookie policy.'
			)
		).toBe(true);
	});

	it('ends nothing at a "Most viewed" or "About us" line in the menus above the story', () => {
		const page = `About us | Contact | Subscribe\nMost viewed\n\nKessel doubles ferry fares for visitors as council backs island levy\n\n${PAGE.split('\n').at(-3)}\n\n${PAGE.split('\n').at(-1)}`;
		const cleaned = cleanRawText(page);
		expect(cleaned.title).toBe(
			'Kessel doubles ferry fares for visitors as council backs island levy'
		);
		expect(cleaned.paragraphs).toHaveLength(2);
	});

	// Held-out 10 and 11 (derivation 13): three advice sites' pages whose headline was missed.
	it('takes no site name in capitals, with or without its motto, for the headline', () => {
		const story =
			'The Children’s Health (Energy Drinks) Act was passed by the Merrowen Parliament last month. From 1 March 2027, shops may not sell a high-caffeine energy drink to anyone under 16.';
		const page = [
			'FAMILYWISE MERROWEN',
			'Independent advice for parents and carers',
			'Home | Health | Money | School',
			'Energy drinks and under-16s: what the new law means for your family',
			story
		];
		expect(findHeadline(page)?.titleIndex).toBe(3);
		const blog = [
			"THE TIGHT LINE a coarse angler's notebook from the Pelmoran lakes",
			"Lead weights are going. Here's what the new rules actually say",
			'Right. The Inland Fisheries (Lead Weights) Regulation was signed on Friday, and it is going to change every tackle box on the Pelmoran lakes. Lead weights of 50 g or less are on their way out.'
		];
		expect(findHeadline(blog)?.titleIndex).toBe(1);
	});

	it('takes a short headline that shares two of its few words with the story', () => {
		const page = [
			'WORKLIFE FENNMARK',
			'Careers · Money · Your rights',
			'Pay transparency: what the new law means for you',
			'The Fennish Diet passed the Pay Transparency Act last month. From 1 March 2027, every employer with 50 or more employees must state a salary range in every job advertisement.'
		];
		expect(findHeadline(page)?.titleIndex).toBe(2);
		// Two shared words of a long line are not enough: it may be any line of the site.
		expect(
			findHeadline(['Independent advice on money, pay and your rights at work', page[3]!])
		).toBeNull();
	});

	it('keeps a headline in title case that is not a menu', () => {
		expect(isFurniture('Kelvane Council Caps Holiday Lets Nightly')).toBe(false);
		expect(isFurniture('Home Farming Environment Markets Machinery Jobs')).toBe(true);
	});

	it('tells furniture from the story', () => {
		for (const line of [
			'We use cookies to improve your experience. [Accept] [Reject]',
			'Log in | Try Premium free for 30 days',
			'☰ Menu Search Newsletters Subscribe',
			'Home News Politics Business Education Weather Sport',
			'Drones · Aviation · Regulation · Reviews · Deals',
			'Home > Ministries > Ministry of Housing > Press releases',
			'Share on Facebook Share on X Email this article',
			'Ref: MHP/PR/2026/114'
		])
			expect(isFurniture(line), line).toBe(true);
		for (const line of [
			'- Parental consent needed for children under 14',
			'Veloria Tightens Export Controls on Gallium Refining Equipment',
			'Share prices fell by 3 percent after the announcement.',
			'Exports to the eleven members of the Northern Trade Compact remain exempt.'
		])
			expect(isFurniture(line), line).toBe(false);
	});

	it('knows a writer line and a time no reader can date', () => {
		expect(writerOf('Jonas Petrak')).toBe('Jonas Petrak');
		expect(writerOf('Author: Henrik Aaslund')).toBe('Henrik Aaslund');
		expect(writerOf('Nadia Ferrant Political correspondent')).toBe('Nadia Ferrant');
		expect(writerOf('Pavla Dusková, Defence reporter')).toBe('Pavla Dusková');
		expect(writerOf('KEY POINTS')).toBeNull();
		expect(writerOf('The four classes')).toBeNull();
		expect(RELATIVE_TIME.test('Posted 9 hours ago')).toBe(true);
		expect(RELATIVE_TIME.test('5 hours ago')).toBe(true);
		expect(RELATIVE_TIME.test('Five years ago the rules changed.')).toBe(false);
	});
});

describe('what stood above held-out 13 and 14’s headlines (derivation 14)', () => {
	it('takes a motto, a ticker, a caption and notes on how the page was made for furniture', () => {
		expect(isMasthead('Your city. Your news.')).toBe(true);
		expect(isFurniture('Breaking: Harbour Road closed after water main burst')).toBe(true);
		expect(isFurniture('[PDF text extraction — torvesk_note_2026-03.pdf — 3 pages]')).toBe(true);
		expect(
			isFurniture(
				'Transcripts are produced by an external agency from the broadcast audio and may contain errors.'
			)
		).toBe(true);
		// A headline in sentence case without small words is no menu.
		expect(isFurniture('Draughty rentals face letting ban under new energy rules')).toBe(false);
		expect(isMasthead('Draughty rentals face letting ban under new energy rules')).toBe(false);
	});

	it('finds the headline under a picture caption and drops a wire’s revision tag', () => {
		const page = cleanRawText(
			[
				'THE KELLMOUTH EVENING POST',
				'Your city. Your news.',
				'Breaking: Harbour Road closed after water main burst',
				'PROPERTY',
				'UPDATE 2-Draughty rentals face letting ban under new energy rules',
				'Posted 09.10.2026 · 06:00',
				'PICTURE: Condensation on the windows of a terraced house in the Dockside. Around one in five rented homes in the city is rated F or G.',
				'LANDLORDS in Kellmouth will be barred from letting their worst-insulated homes under energy rules confirmed by the government on Thursday.'
			].join('\n\n')
		);
		expect(page.title).toBe('Draughty rentals face letting ban under new energy rules');
	});
});

describe('what stood above held-out 15’s headlines (derivation 14)', () => {
	it('takes a gazette’s series and issue lines and a newsletter’s issue row for the site’s', () => {
		expect(isMasthead('Series B — Notices of Ministries and Agencies')).toBe(true);
		expect(
			isMasthead('No. 211/2026                                        30th September 2026')
		).toBe(true);
		const mail = cleanRawText(
			[
				'STAFFLINE BRIEFING',
				'Employment law and HR for Perrin employers · Issue 212',
				'IN THIS ISSUE',
				'1. Right to disconnect: the Act is passed',
				'2. Holiday pay: tribunal ruling on overtime',
				'Parliament passed the Right to Disconnect Act on Tuesday, and employers must adopt a written policy on contact outside working hours by March.'
			].join('\n\n')
		);
		expect(mail.title).toBe('Right to disconnect: the Act is passed');
	});
});

describe('what stood above held-out 17’s headlines (derivation 17)', () => {
	it('takes a letterhead and a document’s number for the site’s', () => {
		expect(isMasthead('HIGHER EDUCATION FUNDING COUNCIL OF SUNDAVIA')).toBe(true);
		expect(isMasthead('HALLISFORD CITY COUNCIL')).toBe(true);
		expect(isMasthead('Circular HEFC 14/2026')).toBe(true);
		// A headline in capitals has its verb.
		expect(isMasthead('COUNCIL APPROVES FIREWORKS BYLAW AFTER LONG DEBATE')).toBe(false);
	});

	it('reads the headline in a mail’s subject, without the newsletter’s name and issue, never a digest’s', () => {
		expect(
			subjectOf('Subject: Waterline #212: Spill limits are law — what utilities must do')
		).toBe('Spill limits are law — what utilities must do');
		expect(subjectOf('Subject: Tuition cap is law | student loans | your week ahead')).toBeNull();
		expect(subjectOf('Subject: Staffline Briefing #212 | Right to disconnect is law')).toBe(
			'Right to disconnect is law'
		);
		expect(subjectOf('Subject: [OAW Bulletin 41/2026] Night lighting ordinance adopted')).toBe(
			'Night lighting ordinance adopted'
		);
		expect(
			subjectOf('Subject: PeopleBrief Daily | Partner leave to quadruple; tribunal fees')
		).toBeNull();
		expect(subjectOf('Spill limits are law')).toBeNull();
	});

	it('takes a circular’s subject for its headline when no line of the page is one', () => {
		const page = cleanRawText(
			[
				'HIGHER EDUCATION FUNDING COUNCIL OF SUNDAVIA',
				'Circular HEFC 14/2026',
				'To: Vice-Chancellors and Rectors of publicly funded universities',
				'Subject: Limit on international undergraduate entrants',
				'1. Purpose',
				'1.1 This circular informs institutions of the limit on international undergraduate entrants, made by the Minister of Education under the Universities Act 2004.'
			].join('\n\n')
		);
		expect(page.title).toBe('Limit on international undergraduate entrants');
		expect(page.paragraphs.map((p) => p.text)).not.toContain(
			'HIGHER EDUCATION FUNDING COUNCIL OF SUNDAVIA'
		);
	});

	it('drops a series’ part number from the headline', () => {
		const page = cleanRawText(
			[
				'ISTWYN PUBLIC RADIO',
				'Part 2 of 4: Benefits shake-up',
				'PRESENTER: Big changes to benefits are coming, and the shake-up starts in September for everyone who claims.'
			].join('\n\n')
		);
		expect(page.title).toBe('Benefits shake-up');
	});
});

describe('what stood above held-out 18’s headlines (after its judging)', () => {
	it('takes a PDF’s file line, its extraction note and a policy note’s number for the page’s', () => {
		expect(isFurniture('[PDF] ppn-03-26-prompt-payment.pdf — 4 pages — 212 KB')).toBe(true);
		expect(
			isFurniture(
				'Text extracted automatically from the PDF. Layout, tables and footnotes may not display correctly.'
			)
		).toBe(true);
		expect(isMasthead('PROCUREMENT POLICY NOTE 03/26')).toBe(true);
		expect(isMasthead('Employment Brief')).toBe(true);
	});

	it('reads a headline over two lines, and drops a contents entry’s glyph', () => {
		const note = cleanRawText(
			[
				'EMPLOYER GUIDANCE NOTE 2026/03',
				'Reserve Forces (Employment Protection) Act 2026:',
				'what employers need to know',
				'1.1 The Reserve Forces (Employment Protection) Act 2026 protects the jobs of reservists called out for operations, and employers must keep their jobs open for up to 12 months.'
			].join('\n\n')
		);
		expect(note.title).toBe(
			'Reserve Forces (Employment Protection) Act 2026: what employers need to know'
		);
		expect(note.paragraphs.map((p) => p.text)).not.toContain('what employers need to know');
		const mail = cleanRawText(
			[
				'EMPLOYMENT BRIEF — Issue 212',
				'▸ Tribunal fees return in April',
				'Employment tribunal fees return in April 2027, when claimants will again pay a fee to bring a claim against their employer.'
			].join('\n\n')
		);
		expect(mail.title).toBe('Tribunal fees return in April');
	});
});

describe('what stood above held-out 19’s headlines (derivation 18)', () => {
	it('takes a notice’s number with its series code and a site’s name beside its motto or initials for the site’s', () => {
		expect(isMasthead('PLANNING NOTICE PN 2026/07')).toBe(true);
		expect(isMasthead('CYCLETRADE PILSEVANT — news for the bike business')).toBe(true);
		expect(isMasthead('KBN — Kettrigan Broadcasting Network')).toBe(true);
		// A headline with a dash is no site's name: its initials are not the line's first word.
		expect(isMasthead('NHS — new rules for walk-in clinics')).toBe(false);
		expect(isMasthead('Kettrigan bans polls — Broadcasting Network reacts')).toBe(false);
	});

	it('finds the headline under a site’s name and motto, and never in a contents list', () => {
		const page = cleanRawText(
			[
				'KBN — Kettrigan Broadcasting Network',
				'Home | News | Politics | Business',
				'Opinion polls to be banned in final days before elections',
				'Publishing opinion polls in the last days of an election campaign will become a criminal offence in Kettrigan, after the Electoral Integrity Act passed its final stage.'
			].join('\n\n')
		);
		expect(page.title).toBe('Opinion polls to be banned in final days before elections');
		const mail = cleanRawText(
			[
				'From: Amsvoll Renters’ Network <digest@rentersnetwork.av>',
				'Subject: [Renters’ Weekly] Bidding wars banned, deposits capped - what the new law does',
				'IN THIS ISSUE',
				'* The Rented Homes (Fair Letting) Act: the essentials',
				'* Deposits: which cap?',
				'It’s done. The Rented Homes (Fair Letting) Act passed its final vote in parliament on Wednesday, 204 to 151, and it bans rental bidding wars and caps deposits.'
			].join('\n\n')
		);
		expect(mail.title).toBe('Bidding wars banned, deposits capped - what the new law does');
	});
});

describe('what stood above held-out 20’s headlines (derivation 18)', () => {
	it('takes a body’s name alone, a debate record’s name, a court’s bench and a notice’s particulars for the page’s', () => {
		expect(isMasthead('Environment Protection Directorate')).toBe(true);
		expect(isMasthead('OFFICIAL REPORT (HANSARD) — HOUSE OF ASSEMBLY OF BRODHALLEN')).toBe(true);
		expect(isMasthead('Justices: Chief Justice Aveline, Justice Morcombe, Justice Strathdun')).toBe(
			true
		);
		expect(isMasthead('Date of issue: 30.04.2026')).toBe(true);
		expect(isMasthead('Ref.: EPD/N/2026/11')).toBe(true);
		// A headline that ends on a body's name has a verb.
		expect(isMasthead('Watchdog fines the Revenue Office')).toBe(false);
	});

	it('reads a notice’s heading in capitals without the line under it, and its date of issue', () => {
		const notice = cleanRawText(
			[
				'Environment Protection Directorate',
				'Ref.: EPD/N/2026/11',
				'Date of issue: 30.04.2026',
				'NOTICE ON THE PHASE-OUT OF PETROL-POWERED HANDHELD GARDEN MACHINERY\nissued under Article 31 of the Clean Air Act 2024',
				'1.1 This notice informs retailers of the rules that apply to petrol-powered handheld garden machinery under the Handheld Garden Machinery Order 2026, adopted on 23 April 2026.'
			].join('\n\n')
		);
		expect(notice.title).toBe(
			'NOTICE ON THE PHASE-OUT OF PETROL-POWERED HANDHELD GARDEN MACHINERY'
		);
		expect(notice.dateline?.value).toEqual({ value: '2026-04-30', precision: 'day' });
	});

	it('dates a debate record and a judgment by their labels', () => {
		const debate = cleanRawText(
			[
				'OFFICIAL REPORT (HANSARD) — HOUSE OF ASSEMBLY OF BRODHALLEN',
				'Volume 412: debated on Tuesday 10 March 2026',
				'Recall of Members Bill — Third Reading',
				'The Minister for Constitutional Affairs (Seraphine Wraybourne): For the first time, voters will be able to recall their Member of the House between elections under the Recall of Members Bill.'
			].join('\n\n')
		);
		expect(debate.title).toBe('Recall of Members Bill — Third Reading');
		expect(debate.dateline?.value).toEqual({ value: '2026-03-10', precision: 'day' });
	});

	it('ends the story at its readers’ comments', () => {
		const page = cleanRawText(
			[
				'Watchdog orders AI labels on realistic ads from October',
				'The Advertising Standards and Media Commission will require a visible label on every realistic AI-generated advert from 1 October 2026.',
				'9 COMMENTS',
				'Campaign Desk (reply to Jonty P) — The ASMC says the 3% applies to the frame, not to the ad’s duration.'
			].join('\n\n')
		);
		expect(page.paragraphs.map((p) => p.text).some((t) => /applies to the frame/.test(t))).toBe(
			false
		);
	});
});
