/**
 * Derivation 24: cards judge AM found unreadable on the development sets, refused on what the
 * claim shows, each tested on text of its own: a rule under a headline that is only a label of
 * names ("Thistlecombe Primary School & Nursery"), "the results" of nothing the claim names, "the
 * salary range", "the collection target", "the condition", "the course", "the deadlines" no
 * sentence of the card says, and "the Republic" with no name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsReport } from './report';
import { claimsOf } from './claims';
import { sentences } from './nlp';
import { absoluteDates } from './dates';
import { givenOtherwise } from './disputes';
import { entityNames, notPolicy, notStandAlone, resolveEntities } from './standalone';
import { parseDateline } from '../clean/dateline';
import { cleanRawText } from '../clean/cleaner';
import type { Paragraph } from '../article';

const ctx = {
	names: new Set(['Orlen']),
	headline: 'Orlen’s new rules: what changes for employers'
};

describe('cards that said of what nowhere (derivation 24)', () => {
	it('makes no card of a rule under a headline that only names a place', async () => {
		// Held-out 23's school newsletter: its page title, the school's name, is what the card
		// would stand under (judge AM: "Funded hours are for 38 weeks a year" said of what?).
		const name = '242-felspirre-funded-childcare-under-threes-newsletter.txt';
		const text = readFileSync(new URL(`./fixtures/heldout-23/${name}`, import.meta.url), 'utf8');
		const labelled = await factsReport([{ name, text }]);
		expect(labelled.articles[0]!.title).toBe('Thistlecombe Primary School & Nursery');
		const made = labelled.facts.flatMap((f) => f.quiz.map((q) => q.prompt));
		expect(made.filter((p) => /^Funded hours/.test(p))).toEqual([]);
		// Under a headline that says what the page is about, the same rules have cards.
		const told = await factsReport([
			{
				name,
				text: text.replace(
					'Thistlecombe Primary School & Nursery',
					'Funded childcare: what changes'
				)
			}
		]);
		const toldMade = told.facts.flatMap((f) => f.quiz.map((q) => q.prompt));
		expect(toldMade.filter((p) => /^Funded hours/.test(p)).length).toBeGreaterThan(0);
	});

	it('refuses results, findings or an answer of nothing the claim names', () => {
		expect(
			notStandAlone(
				'Suppliers must report the results to the Energy Regulator by 31 January 2027.',
				ctx
			)
		).toBe('unresolved "the results"');
		expect(
			notStandAlone(
				'Developers must carry out noise monitoring for the first 12 months of operation and publish the results.',
				ctx
			)
		).toBeNull();
		// With a modifier the findings are which ones: "the provisional findings".
		expect(
			notStandAlone(
				'Interested parties can comment on the provisional findings until 16 February 2026.',
				ctx
			)
		).toBeNull();
	});

	it('refuses a range, a target, a condition, a course or deadlines another sentence named', () => {
		expect(
			notStandAlone('The top of the salary range may be no more than 25% above the bottom.', ctx)
		).toBe('unresolved "the salary range"');
		expect(
			notStandAlone(
				'If the collection target is missed, employers can raise the deposit by regulation.',
				ctx
			)
		).toBe('unresolved "the collection target"');
		expect(
			notStandAlone(
				'The condition does not apply to temporary permissions of less than 3 years.',
				ctx
			)
		).toBe('unresolved "the condition"');
		expect(notStandAlone('Employers must renew the course every two years.', ctx)).toBe(
			'unresolved "the course"'
		);
		expect(
			notStandAlone(
				'The Agency can order a council that misses the deadlines to draw up a plan.',
				ctx
			)
		).toBe('unresolved "the deadlines"');
		expect(
			notStandAlone('An employer may not dismiss an employee for exercising the right.', ctx)
		).toBe('unresolved "the right"');
		// "the right to …", "the duty to …" say which.
		expect(
			notStandAlone('Workers who are enrolled keep the right to opt out within one month.', ctx)
		).toBeNull();
	});

	it('refuses "the Republic" with no name after it', () => {
		expect(
			notStandAlone(
				'A hosting provider with more than 100,000 users resident in the Republic shall appoint a representative.',
				ctx
			)
		).toBe('unresolved "the Republic"');
	});
});

describe('pages, dates and disagreements held-out 33 and 34 showed (derivation 24)', () => {
	it('reads a date that leads its line before a place, a writer or a reference', () => {
		const day = (line: string) => parseDateline(line)?.value ?? null;
		expect(day('17-Nov-2027 | Ministry Media Centre')).toBe('2027-11-17');
		expect(day('2028-01-26 08:12 · Femke Adeyemi-Hale · 5 min read')).toBe('2028-01-26');
		expect(day('14/04/2027 — 11:00 hrs · Media Room 2, Chancery Buildings')).toBe('2027-04-14');
		expect(day('Released: 08-JUN-2027 07:00:03      Announcement no.: 2027/0614')).toBe(
			'2027-06-08'
		);
		expect(day('Updated 11h05, Friday 17 September 2027')).toBe('2027-09-17');
		expect(day('Dated:            2 VIII 2027')).toBe('2027-08-02');
		expect(day('Mon 9 Nov 2026 06.00 CET · Last modified on Mon 9 Nov 2026 10.14 CET')).toBe(
			'2026-11-09'
		);
		// Not a wire story's opening sentence, nor a line whose first part is no date.
		expect(day('ORLEN CITY, 19 May 2026 – The Council of Ministers today adopted the rules.')).toBe(
			null
		);
		expect(day('Budget 2027 | Prices up 3%')).toBe(null);
	});

	it('takes no page record or row of download buttons for the headline', () => {
		const title = (...lines: string[]) => cleanRawText(lines.join('\n\n')).title;
		expect(
			title(
				'ORLEN EXCHANGE · ISSUER DISCLOSURE SERVICE',
				'Issuer: Brant Foods plc (BRF)      Category: Regulatory announcement',
				'Trading update: Orlen tariff cut on canned fish',
				'Brant Foods plc notes that the parliament of Orlen yesterday ratified the tariff agreement, which cuts the duty on canned fish from 12% to 4% from 1 July.'
			)
		).toBe('Trading update: Orlen tariff cut on canned fish');
		// Held-out 33's board minutes: a row of download buttons under the page's own title.
		const name = '341-welmundy-ambulance-handover-time-limit-board-minutes.txt';
		const text = readFileSync(new URL(`./fixtures/heldout-33/${name}`, import.meta.url), 'utf8');
		expect(cleanRawText(text).title).toBe('PUBLIC BOARD MEETING — MINUTES');
	});

	const body = (...texts: string[]): Paragraph[] => texts.map((text) => ({ kind: 'body', text }));

	it('reads an editor’s note that gives a bounded figure otherwise as one side', () => {
		const paragraphs = body(
			'Under the bill, a prisoner serving a sentence of less than four years will be able to vote.',
			'[Editor’s note: the fact sheet states that the bill covers prisoners serving "a sentence of less than three years".]'
		);
		expect(givenOtherwise(paragraphs[0]!.text, paragraphs, 0)).toBe(true);
		// A note that gives the same figure is no other side.
		const same = body(
			paragraphs[0]!.text,
			'[Editor’s note: the fact sheet states that the bill covers prisoners serving "a sentence of less than four years".]'
		);
		expect(givenOtherwise(same[0]!.text, same, 0)).toBe(false);
	});

	it('reads a key-facts box whose line gives a time otherwise as one side', () => {
		const paragraphs = body(
			'Studios that are already trading will have six months from 1 June 2028 to obtain their licences.',
			'│ • Existing studios: 12 months to get licensed'
		);
		expect(givenOtherwise(paragraphs[0]!.text, paragraphs, 0)).toBe(true);
		const same = body(paragraphs[0]!.text, '│ • Existing studios: 6 months to get licensed');
		expect(givenOtherwise(same[0]!.text, same, 0)).toBe(false);
		// A box line of another thing in the same unit is no other side.
		const other = body(paragraphs[0]!.text, '│ • Records: kept for 3 years');
		expect(givenOtherwise(other[0]!.text, other, 0)).toBe(false);
	});

	it('keeps an acronym’s plural in capitals after a country’s lead', async () => {
		// Held-out 33's tattoo story: "In Xerrobia, mPs set a flat minimum age of _____".
		const name = '350-xerrobia-tattoo-age-limit-studio-licensing.txt';
		const text = readFileSync(new URL(`./fixtures/heldout-33/${name}`, import.meta.url), 'utf8');
		const { facts } = await factsReport([{ name, text }]);
		const said = facts.map((f) => f.statement);
		expect(said.filter((s) => /\bmPs\b/.test(s))).toEqual([]);
		expect(said.some((s) => /^In Xerrobia, MPs set/.test(s))).toBe(true);
	});

	it('makes no card of a worked case, a product’s version or a bullet with no verb', () => {
		const ctx = { names: new Set(['Orlen']), headline: 'Orlen caps debt collection fees' };
		expect(
			notStandAlone(
				'By way of illustration, the COO explained that an ambulance arriving at 14:00 must hand over by 14:30.',
				ctx
			)
		).toBe('worked example');
		expect(
			notStandAlone('In practice, a class of 30 pupils will need at least three instructors.', ctx)
		).toBe('worked example');
		expect(notStandAlone('In one case was charged a 25-bezet collection fee.', ctx)).toBe(
			'worked example'
		);
		expect(notPolicy('You must be on 14.2.0 before you process any pay period.', ctx)).toBe(
			'product'
		);
		expect(
			notStandAlone(
				'A cap on collection fees in Orlen of 15% of the debt or 150 bezets, whichever is lower.',
				ctx
			)
		).toBe('fragment');
		expect(
			notStandAlone(
				'The Orlen Nature Agency’s guidance for landowners, published alongside the Regulations.',
				ctx
			)
		).toBe('fragment');
		// A verb after an aside is the claim's own.
		expect(
			notStandAlone(
				'The Orlen Government, at its session of 24 September 2026, adopted the Smoke Control Order.',
				ctx
			)
		).not.toBe('fragment');
	});
});

describe('core rules held-out 34 had no card of (derivation 24)', () => {
	const ctx = { names: new Set(['Orlen']), headline: 'Orlen bans handheld phones at the wheel' };

	it('drops an "or any other …" alternative from a rule too long with it', () => {
		expect(
			claimsOf(
				'The Road Safety Act makes it an offence to hold or use a handheld phone, or any other handheld device that can send or receive data, while driving on or after 1 September 2027.',
				null
			).map((c) => c.text)
		).toEqual([
			'The Road Safety Act makes it an offence to hold or use a handheld phone while driving on or after 1 September 2027.'
		]);
	});

	it('reads "makes it an offence to …" as a rule whose "it" is what follows', () => {
		expect(
			notStandAlone(
				'The Orlen Road Safety Act makes it an offence to hold a handheld phone while driving.',
				ctx
			)
		).toBeNull();
		// Any other "it" still points back.
		expect(
			notStandAlone('The Orlen Road Safety Act makes it easier to appeal a fine.', ctx)
		).not.toBeNull();
	});

	it('takes a sanction or a refund for a policy detail', async () => {
		const { facts } = await factsReport([
			{
				name: 'story.txt',
				text: [
					'Orlen caps jobseeker sanctions at eight weeks',
					'Published 17 September 2027',
					'The Orlen labour ministry announced the changes on Thursday.',
					'Parents with a child under one will not be sanctioned at all.'
				].join('\n\n')
			}
		]);
		expect(facts.some((f) => /^Parents with a child under one/.test(f.statement))).toBe(true);
	});

	it('makes no card of the rule a change replaces ("The current sanction …")', () => {
		expect(
			notStandAlone('The current sanction in Orlen stops the whole payment for two weeks.', ctx)
		).toBe('history');
	});
});

describe('sentences and list items read one by one (derivation 24)', () => {
	it('ends a sentence after a short noun the tokenizer took for an abbreviation', () => {
		expect(
			sentences(
				'Every registered animal must be microchipped by a vet. Keepers have until 30 June to register.'
			).map((s) => s.text)
		).toEqual([
			'Every registered animal must be microchipped by a vet.',
			'Keepers have until 30 June to register.'
		]);
		// Not inside a quotation, which stays whole.
		expect(
			sentences(
				'She said: "A driver is tired after a day at the wheel. From July the rules apply."'
			)
		).toHaveLength(1);
	});

	it('says a day’s year once when "next year" gave it', () => {
		expect(
			absoluteDates('Keepers must register by 31 March next year.', new Date('2027-11-17'))
		).toBe('Keepers must register by 31 March 2028.');
	});

	it('reads an arrow’s list item of two sentences as two sentences', async () => {
		const { facts } = await factsReport([
			{
				name: 'story.txt',
				text: [
					'Library late fines scrapped under new Orlen law',
					'Published 8 November 2027',
					'The amendments to the Orlen Public Libraries Act set national standards. Here is what changes:',
					'→ From 1 April 2028 Orlen libraries may no longer charge fines for items returned late. Charges for lost items are still allowed.',
					'→ From 1 January 2029 every Orlen municipality with more than 20,000 residents must keep one library open for 40 hours a week.'
				].join('\n\n')
			}
		]);
		const said = facts.map((f) => f.statement);
		expect(said).toContain(
			'From 1 April 2028 Orlen libraries may no longer charge fines for items returned late.'
		);
		expect(said.filter((s) => s.startsWith('→') || /late\. Charges/.test(s))).toEqual([]);
	});
});

describe('what held-out 33 and 34’s judges found not worth a card (derivation 24)', () => {
	const ctx = { names: new Set(['Orlen']), headline: 'Orlen caps tattoo licence fees' };

	it('names a unit by its whole name, head and all', () => {
		const entities = entityNames([
			'Filming is done by the camera of the Court Recording Unit (CRU). The Unit supplies the recording to every broadcaster.'
		]);
		expect(resolveEntities('The Unit supplies the recording on request.', entities)).toBe(
			'The Court Recording Unit supplies the recording on request.'
		);
	});

	it('asks no "thousands" or "hundreds"', async () => {
		const { facts } = await factsReport([
			{
				name: 'story.txt',
				text: [
					'Grandchildren of Orlen emigrants can claim citizenship',
					'Published 4 October 2027',
					'Under the Orlen Nationality Act, thousands of people with an Orlen grandparent will be able to become citizens from 1 March 2028.'
				].join('\n\n')
			}
		]);
		// The point is a key fact; what its cards may blank leaves out "thousands".
		const answers = facts.flatMap((f) => f.answers.map((a) => a.text));
		expect(answers).toContain('1 March 2028');
		expect(answers.filter((a) => /thousands|hundreds/i.test(a))).toEqual([]);
	});

	it('makes no card of a firm’s revenue share, a promise or "for each" of a list', () => {
		expect(
			notPolicy(
				'Orlen is the Group’s second-largest export market, accounting for 23% of revenue last year.',
				ctx
			)
		).toBe('statistic');
		expect(
			notPolicy('The minister’s party had promised at the last election to abolish sanctions.', ctx)
		).toBe('promise');
		expect(
			notPolicy('The Orlen government has pledged 5 million lidra to rebuild the bridge.', ctx)
		).toBeNull();
		expect(
			notStandAlone(
				'Under the Orlen Body Art Act, municipalities may charge up to 300 nuzzets for each.',
				ctx
			)
		).toBe('pointer');
		// "for each animal" says of what.
		expect(
			notStandAlone(
				'Under the Orlen Primates Order, keepers face a fine of up to 15,000 ryskers for each animal.',
				ctx
			)
		).toBeNull();
	});
});

describe('rules of held-out 34’s minutes and decree (derivation 24)', () => {
	const ctx = { names: new Set(['Orlen']), headline: 'Orlen cuts VAT on repairs' };

	it('reads "that" before a verb and its object as a relative clause', () => {
		expect(
			notStandAlone(
				'Under the Orlen Repair Decree, alterations that change a garment’s size must be charged at 21%.',
				ctx
			)
		).toBeNull();
		expect(notStandAlone('Breaking that rule in Orlen is an offence.', ctx)).toBe(
			'unresolved "that rule"'
		);
	});

	it('takes "lapses on" for a decision', () => {
		expect(notStandAlone('The Orlen Repair Decree lapses on 30 June 2030.', ctx)).toBeNull();
	});

	it('takes no chair of a meeting for the owner of a policy', async () => {
		// Held-out 34's co-operative minutes: "the Chair's storage grant" made "the Chair" whose
		// rules they were, and the rules had no frame.
		const name = '355-jurnavik-slurry-spreading-rules-coop-minutes.txt';
		const text = readFileSync(new URL(`./fixtures/heldout-34/${name}`, import.meta.url), 'utf8');
		const { facts } = await factsReport([{ name, text }]);
		expect(
			facts.some((f) =>
				/^Under the Agricultural Nutrients \(Slurry\) Regulations, every holding must have storage/.test(
					f.statement
				)
			)
		).toBe(true);
	});
});
