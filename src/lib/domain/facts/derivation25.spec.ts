/**
 * Derivation 25: what held-out 35 and 36 found at first contact (judges AQ and AR), and what the
 * read of the development sets found beside it, each tested on text of its own where it can be:
 * a rule read as its headline again because of the policy frame it opens on or a headline of
 * names only, a number's abbreviation taken for a sentence's end, "IT" and "in any case in which"
 * taken for pronouns, a footnote's disagreement keyed as settled, a job advert's terms put under
 * the regulations, an advert's pitch or a match's record row taken for the headline, and dates
 * a page gives without their year.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsReport } from './report';
import { sentences } from './nlp';
import { absoluteDates } from './dates';
import { restatesHeadline } from './headline';
import { notPolicy, notStandAlone } from './standalone';
import { claimsOf } from './claims';
import { flipped } from '../quiz/true-false';
import { givenOtherwise } from './disputes';
import type { Paragraph } from '../article';
import { copyrightYear, parseDateline } from '../clean/dateline';
import { cleanRawText } from '../clean/cleaner';

const ctx = { names: new Set(['Gembolast', 'Ardulvy']), headline: 'Fish tariffs cut' };

const fixture = (set: number, name: string) =>
	readFileSync(new URL(`./fixtures/heldout-${set}/${name}`, import.meta.url), 'utf8');

const prompts = (report: Awaited<ReturnType<typeof factsReport>>) =>
	report.facts.flatMap((f) => f.quiz.map((q) => q.prompt));

/** A news page of its own: headline, byline, date line, then each paragraph. */
const page = (headline: string, ...paragraphs: string[]) =>
	[headline, '', 'By Ana Vell', 'Published: 12 May 2027', '', paragraphs.join('\n\n')].join('\n');

describe('rules no longer read as their headline again (derivation 25)', () => {
	it('does not count the policy frame a claim opens on as the headline’s words', () => {
		const headline = 'TRANSCRIPT: Press conference on the Keeping of Primates Order';
		expect(
			restatesHeadline(
				headline,
				undefined,
				'Under the Keeping of Primates Order, every registered animal must be microchipped by a vet.',
				['Every registered animal must be microchipped by a vet.']
			)
		).toBe(false);
		// A claim that does say the headline's point again still does.
		expect(
			restatesHeadline(
				'Primates to need a keeper’s licence under new order',
				undefined,
				'Primates will need a keeper’s licence under the order.',
				['Primates will need a keeper’s licence under the order.']
			)
		).toBe(true);
	});

	it('takes a headline of names only for a label, which no claim restates', () => {
		const claim =
			'The Criminal Fines (Day Units) Order replaces the fixed fine bands used in the district courts with fines calculated in day units.';
		expect(
			restatesHeadline('THE CRIMINAL FINES (DAY UNITS) ORDER 2027', undefined, claim, [claim])
		).toBe(false);
		expect(
			restatesHeadline('Criminal fines to be set in day units under new order', undefined, claim, [
				claim
			])
		).toBe(true);
	});
});

describe('sentences and pronouns (derivation 25)', () => {
	it('does not end a sentence at "No." before its number', () => {
		const text =
			'The Government adopted the Order. The text of the Order is published in Series A, No. 88/2026. It applies from May.';
		expect(sentences(text).map((s) => s.text)).toEqual([
			'The Government adopted the Order.',
			'The text of the Order is published in Series A, No. 88/2026.',
			'It applies from May.'
		]);
	});

	it('makes no card of where an act’s text is published', () => {
		expect(
			notPolicy(
				'The text of the Smoke Control (Domestic Solid Fuel) Order 2026 is published in Series A, No. 88/2026.',
				ctx
			)
		).toBe('paperwork');
	});

	it('reads "IT", "either country" after two names and "in any case in which" as no pronouns', () => {
		expect(
			notStandAlone(
				'The Energy Efficiency (Data Centres) Decree applies to data centres with an installed IT capacity of 1 megawatt or more.',
				ctx
			)
		).not.toBe('pronoun');
		expect(
			notStandAlone(
				'Sentencing remarks may not be broadcast in any case in which a defendant being sentenced was under 18 on the date of conviction.',
				ctx
			)
		).not.toBe('pronoun');
		expect(
			notStandAlone(
				'Under the agreement, tuna landed in Gembolast or Ardulvy pays no duty when it is sold in either country.',
				ctx
			)
		).not.toBe('pronoun');
		// Without the two names, "either" and "it" still point elsewhere.
		expect(notStandAlone('Tuna pays no duty when it is sold in either country.', ctx)).toBe(
			'pronoun'
		);
		expect(notStandAlone('It applies to data centres of 1 megawatt or more.', ctx)).toBe('pronoun');
	});
});

describe('one side of a disagreement and a job advert’s terms (derivation 25)', () => {
	it('keys no side of a figure its footnote disputes', async () => {
		// Held-out 36's research briefing: "… from six months to 12 months.¹" with a footnote that
		// gives nine and says the Library asked which is correct (judge AR: WRONG).
		const name = '376-merovalt-citizens-initiative-threshold-research-briefing.txt';
		const text = fixture(36, name);
		const made = prompts(await factsReport([{ name, text }]));
		expect(made.filter((p) => /collection period/i.test(p))).toEqual([]);
		// The same sentence with a footnote that disputes nothing is a card.
		const settled = text
			.replace(
				/The Library has asked the Ministry and the Board which is correct; neither had replied at the time of publication\./,
				''
			)
			.replace(/The Merovalt Electoral Board's draft guidance[^.]*\./, '');
		const settledMade = prompts(await factsReport([{ name, text: settled }]));
		expect(settledMade.filter((p) => /collection period/i.test(p)).length).toBeGreaterThan(0);
	});

	it('keeps a card on a marked sentence whose numbers the note does not dispute', async () => {
		// Held-out 21: "The ban covers seeds, cuttings, bulbs and whole plants.¹" under a note on
		// how many species the order covers (14 or 16).
		const name = '230-gessamy-invasive-garden-plant-sales-ban.txt';
		const made = prompts(await factsReport([{ name, text: fixture(21, name) }]));
		expect(made.filter((p) => /seeds, cuttings, bulbs/.test(p)).length).toBeGreaterThan(0);
	});

	it('keys no side a "which is right" note reports', async () => {
		// Held-out 35's travel guide: the footnote's "free of charge during the 2028 season" was a
		// True card (judge AQ: WRONG).
		const name = '368-ekkardis-national-park-camping-permits-travel-guide.txt';
		const made = prompts(await factsReport([{ name, text: fixture(35, name) }]));
		expect(made.filter((p) => /free of charge/i.test(p))).toEqual([]);
	});

	it('makes no card of a job advert’s own terms', () => {
		expect(
			notPolicy(
				'Under the Animal Welfare (Slaughter Monitoring) Regulations, shortlisted candidates will be invited to interview in the week of 29 May 2028.',
				ctx
			)
		).toBe('recruitment');
		expect(
			notPolicy(
				'Under the Animal Welfare (Slaughter Monitoring) Regulations, candidates must be eligible to work in the Chudmirsk civil service.',
				ctx
			)
		).toBe('recruitment');
		expect(
			notPolicy('Candidates for mayor must be nominated by a registered party.', ctx)
		).toBeNull();
	});

	it('asks no "1" that its singular unit gives away', async () => {
		const text = page(
			'Data centres must report their energy use',
			'The Energy Efficiency (Data Centres) Decree applies to data centres with an installed IT capacity of 1 megawatt or more, the ministry said in a statement on its website.',
			'Every site must report its energy use to the Energy Agency by 31 March each year.'
		);
		const made = prompts(await factsReport([{ name: 'dc.txt', text }]));
		expect(made.some((p) => /_____ megawatt/.test(p))).toBe(false);
	});
});

describe('headlines and dates a page gives (derivation 25)', () => {
	it('takes no advert’s label and pitch for the headline', () => {
		const text = fixture(36, '380-tovmaria-working-holiday-visa-age-limit.txt');
		expect(cleanRawText(text).title).toBe(
			'Working holiday visa opened to under-36s, with a second year for farm and hospitality work'
		);
	});

	it('takes no match’s record row for the headline, and reads a byline in lower case', () => {
		const text = fixture(35, '369-brezhmund-football-alcohol-in-view-matchday-programme.txt');
		const cleaned = cleanRawText(text);
		expect(cleaned.title).toBe('A pint in your seat? What the new rules mean');
		expect(cleaned.dateline?.value.value).toBe('2028-04-15');
	});

	it('dates a weekday with no year in the year of the page’s copyright line', () => {
		expect(copyrightYear('… · © The Kassaline Media 2027')).toBe(2027);
		expect(copyrightYear('© 2028 Gradzhova Post Media\n© 2026 old')).toBe(2028);
		expect(copyrightYear('Printed by the council, 2027.')).toBeUndefined();
		expect(parseDateline('Fri 2 Jul', 2027)).toEqual({ value: '2027-07-02', precision: 'day' });
		expect(parseDateline('Friday, 12th May', 2028)).toEqual({
			value: '2028-05-12',
			precision: 'day'
		});
		// A weekday that does not fall on that day in that year says the year is another.
		expect(parseDateline('Fri 2 Jul', 2028)).toBeNull();
		expect(parseDateline('Fri 2 Jul')).toBeNull();
		const text = fixture(36, '379-zomvarra-cheque-phase-out.txt');
		expect(cleanRawText(text).dateline?.value.value).toBe('2027-07-02');
	});

	it('reads "Premiered" after a video’s view count, and a kick-off time after a date', () => {
		expect(parseDateline('18,406 views  Premiered Mar 14, 2027')).toEqual({
			value: '2027-03-14',
			precision: 'day'
		});
		expect(parseDateline('SAT 15 APR 2028 KO 15:00')).toEqual({
			value: '2028-04-15',
			precision: 'day'
		});
	});

	it('puts a deadline told in the present ahead, and a weekly closing on no date', () => {
		const january = new Date(Date.UTC(2026, 0, 23));
		expect(absoluteDates('Anyone can comment on the scheme until 31 August.', january)).toBe(
			'Anyone can comment on the scheme until 31 August 2026.'
		);
		expect(absoluteDates('The consultation closed on 31 August.', january)).toBe(
			'The consultation closed on 31 August 2025.'
		);
		const november = new Date(Date.UTC(2027, 10, 8));
		expect(absoluteDates('The library is shut on Saturday afternoons.', november)).toBe(
			'The library is shut on Saturday afternoons.'
		);
	});
});

describe('rules that had no claim (derivation 25, part 3)', () => {
	const june = new Date(Date.UTC(2027, 5, 1));

	it('reads a sentence that opens on "He…", "As…" or "How…" words as a claim', () => {
		for (const sentence of [
			'Heading practice is now banned in training for under-12s.',
			'Health boards may not use private parking companies to issue penalties.',
			'Households that must upgrade can apply for a grant of up to 4,000 tavlets.'
		])
			expect(claimsOf(sentence, june).map((c) => c.text)).toEqual([sentence]);
		// The pronouns themselves still dangle.
		expect(claimsOf('It will rise to 40 lidra in May 2028.', june)).toEqual([]);
		expect(claimsOf('They will pay 40 lidra from May 2028.', june)).toEqual([]);
	});

	it('takes "told the Assembly that …" for the speaker, not "told of a rise that"', () => {
		expect(
			claimsOf(
				'Agriculture Minister Idris Calloway told the Assembly that a 6 million drenn fund will help small local abattoirs stay open.',
				june
			)
		).toEqual([
			{
				text: 'A 6 million drenn fund will help small local abattoirs stay open.',
				speaker: 'Agriculture Minister Idris Calloway'
			}
		]);
		const told = claimsOf(
			'A customer who is told of a rise that is not set out in the contract can leave without paying an exit fee.',
			june
		);
		expect(told.map((c) => c.text)).toEqual([
			'A customer who is told of a rise that is not set out in the contract can leave without paying an exit fee.'
		]);
		expect(told[0]!.speaker).toBeUndefined();
	});

	it('refuses a claim that ends on its negation, its verb given by another sentence', () => {
		expect(notStandAlone('Henna and temporary transfer tattoos are not.', ctx)).toBe('cut short');
		expect(notStandAlone('Henna tattoos are not covered.', ctx)).not.toBe('cut short');
	});

	it('reads "But the Ministry told us that …" after another source as one side', async () => {
		// Held-out 16's transcript: the Commission's guidance says no time limit; "But the Interior
		// Ministry told us this afternoon that a document can be accepted only if it expired within
		// the last two years" (the expected file's disagreement).
		const name = '177-maravoy-polling-station-photo-id.txt';
		const made = prompts(await factsReport([{ name, text: fixture(16, name) }]));
		expect(made.filter((p) => /expired within the last/.test(p))).toEqual([]);
	});

	it('takes "will be enforced by", "will be reviewed" and "bound by" for policy words', async () => {
		const text = page(
			'Price labels must show the unit price under new order',
			'Shops in Beskador must show the unit price of every product on its shelf label from 1 March 2028, under an order signed by the Trade Minister.',
			'The Price Marking (Reduced Quantity) Order will be enforced by the Consumer Standards Board.',
			'Market stalls are not bound by the Price Marking (Reduced Quantity) Order.'
		);
		const made = prompts(await factsReport([{ name: 'units.txt', text }]));
		expect(made.some((p) => /enforced by the/.test(p))).toBe(true);
		expect(made.some((p) => /Market stalls are not bound/.test(p))).toBe(true);
	});

	it('asks no measure a figure is given per, and flips no condition’s negation', async () => {
		const text = page(
			'Sugar levy: drinks over 5 grams to pay from April',
			'Drinks containing 8 grams or more of sugar per 100 ml will be charged 0.24 ducats per litre from 1 April 2028.',
			'Drinks containing less than 5 grams of sugar per 100 ml pay nothing under the levy.'
		);
		const made = prompts(await factsReport([{ name: 'sugar.txt', text }]));
		expect(made.some((p) => /per _____ ml/.test(p))).toBe(false);
		expect(
			flipped(
				'Where a meter cannot be fitted, the household pays an assessed charge based on the number of people living there.'
			)
		).toBeUndefined();
		expect(flipped('Meters cannot be fitted in listed buildings.')).toBe(
			'Meters can be fitted in listed buildings.'
		);
	});
});

describe('clauses and policy words (derivation 25, part 4)', () => {
	const june = new Date(Date.UTC(2027, 5, 1));
	const texts = (sentence: string) => claimsOf(sentence, june).map((c) => c.text);

	it('gives a second participle the first one’s "must be"', () => {
		expect(
			texts(
				"Every suspected concussion must be written in the club's head injury log and reported to the national Head Injury Register within 48 hours."
			)
		).toEqual([
			"Every suspected concussion must be written in the club's head injury log.",
			'Every suspected concussion must be reported to the national Head Injury Register within 48 hours.'
		]);
		// "registered demining charities": an adjective, no second passive.
		expect(
			texts(
				'Equipment for humanitarian mine clearance may be exported to United Nations agencies and registered demining charities.'
			).some((t) => /may be registered/.test(t))
		).toBe(false);
	});

	it('reads a word in "-s" before a number, after a modal, as a noun of the list', () => {
		expect(
			texts(
				"The Health Ministry must publish a review of the levy's effect on sugar consumption and prices three years after it takes effect."
			).some((t) => /Ministry prices/.test(t))
		).toBe(false);
		expect(
			texts(
				'This Order may be cited as the Building Safety Levy Order 2026 and comes into force on 1st October 2026.'
			)
		).toContain('The order comes into force on 1st October 2026.');
	});

	it('takes "takes effect", "due by" and "will still" for points worth a card', async () => {
		const text = page(
			'Data centres to report their energy use every year',
			'Every data centre in Lumivar with an IT capacity of 1 megawatt or more must report its energy use to the Energy Agency, under a decree signed on 10 May 2027.',
			'The Energy Efficiency (Data Centres) Decree takes effect on 1 September 2027.'
		);
		const made = prompts(await factsReport([{ name: 'dc2.txt', text }]));
		expect(made.some((p) => /Decree takes effect on _____/.test(p))).toBe(true);
		// Held-out 32's budget story: the rule left as it is, told with "will still".
		const name = '331-wexlomar-young-workers-income-tax-relief.txt';
		const budget = prompts(await factsReport([{ name, text: fixture(32, name) }]));
		expect(budget.some((p) => /will still pay social insurance/.test(p))).toBe(true);
	});

	it('reads the speaker of "told BuildLine Pro on Tuesday that …", and no year into "the year concerned"', () => {
		// Before, "Pro on … that its guidance …" was made a claim of the agency's; "its" now dangles.
		expect(
			claimsOf(
				'The agency told BuildLine Pro on Tuesday that its guidance will take 1 July 2027 as the start date.',
				june
			).filter((c) => /^Pro\b/.test(c.text))
		).toEqual([]);
		const may = new Date(Date.UTC(2025, 5, 1));
		expect(
			absoluteDates(
				'Payment is due on 30 September of the year concerned and on 31 March of the following year.',
				may
			)
		).toBe(
			'Payment is due on 30 September of the year concerned and on 31 March of the following year.'
		);
	});
});

describe('a warning service and what a rule requires (derivation 25, part 5)', () => {
	it('takes no policy named "Public Warning" or a warning service for a reaction', () => {
		expect(
			notPolicy(
				'Under the Public Warning (Mobile Alerts) Decree, operators may not charge customers for receiving alerts.',
				ctx
			)
		).toBeNull();
		expect(
			notPolicy('The old SMS-based warning service will be switched off on 31 March 2028.', ctx)
		).toBeNull();
		expect(notPolicy('The operators warned that the deadline was tight.', ctx)).toBe('reaction');
	});

	it('never cuts what a rule requires from the claim', () => {
		const june = new Date(Date.UTC(2027, 5, 1));
		const made = claimsOf(
			"The Public Warning (Mobile Alerts) Decree requires the country's three mobile operators, Ovocell, Tellamo and Skarbline, to connect their networks to a national alert system by 30 September 2027.",
			june
		).map((c) => c.text);
		expect(made.some((t) => /Skarbline\.$/.test(t))).toBe(false);
	});
});

describe('a threshold a quotation gives otherwise (derivation 25, part 6)', () => {
	const rule =
		'The Energy Efficiency (Data Centres) Decree applies to data centres with an installed IT capacity of 1 megawatt (MW) or more.';
	const body = (...texts: string[]): Paragraph[] => texts.map((text) => ({ kind: 'body', text }));

	it('reads an official’s "two megawatts and up" as the other side of "1 megawatt or more"', async () => {
		expect(
			givenOtherwise(
				rule,
				body(
					rule,
					'"We\'re talking about sites of two megawatts and up," said the Agency\'s head.'
				),
				0
			)
		).toBe(true);
		// Held-out 31's decree: the 1 MW card was keyed as settled (judge AS: WRONG).
		const name = '323-lumivar-data-centre-waste-heat-reuse-decree.txt';
		const made = prompts(await factsReport([{ name, text: fixture(31, name) }]));
		expect(made.filter((p) => /1 megawatt or more/.test(p))).toEqual([]);
	});

	it('keeps the rule where the quotation gives the same threshold or another unit', () => {
		expect(
			givenOtherwise(
				rule,
				body(rule, '"Sites of one megawatt and up will have to report," said the Agency\'s head.'),
				0
			)
		).toBe(false);
		expect(
			givenOtherwise(
				rule,
				body(
					rule,
					'"Anything of 500 square metres or more is a big site," said the Agency\'s head.'
				),
				0
			)
		).toBe(false);
	});
});

describe('a lede’s speaker and its source (derivation 25, part 7)', () => {
	const june = new Date(Date.UTC(2027, 5, 1));

	it('takes "announced that" for a speaker, never "announced new controls"', () => {
		expect(
			claimsOf(
				'Social Affairs Minister Corentin Mabbery announced on Wednesday that from 1 April 2028 the upper savings limit will rise from 16,000 to 24,000 pamsets.',
				june
			)
		).toEqual([
			{
				text: 'From 1 April 2028 the upper savings limit will rise from 16,000 to 24,000 pamsets.',
				speaker: 'Social Affairs Minister Corentin Mabbery'
			}
		]);
		expect(
			claimsOf(
				"Veloria's trade ministry on 4 March 2024 announced new export controls on gallium refining equipment.",
				june
			).map((c) => c.text)
		).toEqual([
			"Veloria's trade ministry on 4 March 2024 announced new export controls on gallium refining equipment."
		]);
	});
});
