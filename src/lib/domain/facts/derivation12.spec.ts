import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disputeItem } from '../quiz/conflicts';
import { numberVariants } from '../quiz/distractors';
import { numberShifts } from '../quiz/numbers';
import { claimsOf } from './claims';
import { itemSentence } from './lists';
import { factsReport } from './report';
import { notPolicy, notStandAlone } from './standalone';

const fixture = (set: string, name: string) => ({
	name,
	text: readFileSync(new URL(`./fixtures/${set}/${name}`, import.meta.url), 'utf8')
});

describe('Key facts headings (derivation 12)', () => {
	it('groups a story that is not about the launch articles under no launch heading', async () => {
		// Held-out 7's ship emissions story had "Shipments to the United States" (for "Ships
		// caught …") and "Who makes the Patriot" (for a licence) among its headings.
		const { facts } = await factsReport([
			fixture('heldout-7', '86-dunvale-ship-emissions-zone.txt'),
			fixture('unseen', '01-veloria-gallium-controls.txt')
		]);
		const subjects = new Set(facts.map((f) => f.subject));
		expect(subjects.size).toBeGreaterThan(2);
		for (const launch of [
			'Shipments to the United States',
			'Who makes the Patriot',
			'Ukraine and US stockpiles',
			"Japan's defence build-up"
		])
			expect(subjects).not.toContain(launch);
	});

	it('keeps the launch headings for the launch story', async () => {
		const { facts } = await factsReport([
			{
				name: 'patriot.txt',
				text: 'Japan approves Patriot exports to US\n\nTOKYO, Dec 22 (Reuters) - Japan on Friday approved the shipment of Patriot missiles to the United States. The missiles are manufactured by Mitsubishi Heavy Industries under licence from Lockheed Martin.'
			}
		]);
		const subjects = facts.map((f) => f.subject);
		expect(subjects).toContain('Shipments to the United States');
		expect(subjects).toContain('Who makes the Patriot');
	});
});

describe('disagreements inside one article (derivation 12)', () => {
	it('teaches a dispute with its sources, and quizzes neither side as settled', async () => {
		const { facts } = await factsReport([
			fixture('heldout-4', '57-irrelia-police-powers-bill.txt')
		]);
		const items = facts.flatMap((f) => f.quiz);
		const dispute = items.find((q) => q.id.endsWith(':dispute'));
		expect(dispute?.prompt).toBe(
			'Sources differ on how long images of people who do match may be kept. What does each say?'
		);
		expect(dispute?.answer).toBe('Interior Ministry: 30 days; Open Irrelia: 90 days');
		// The swapped pair is the first wrong option: who says which is the point.
		expect(dispute?.choices).toContain('Interior Ministry: 90 days; Open Irrelia: 30 days');
		expect(new Set(dispute?.choices).size).toBe(4);
		for (const item of items.filter((q) => q !== dispute))
			expect(`${item.prompt} ${item.answer}`).not.toMatch(/\b(?:30|90) days\b/);
	});

	// A guard: this held before derivation 12 (the paragraph's "unclear" kept its sides cardless).
	it('gives a dispute whose point reads only with the article no card, and its sides none', async () => {
		// "How long that period is remains unclear. The Housing Ministry says … eight weeks. The
		// Association … says … 12 weeks."
		const { facts } = await factsReport([fixture('heldout-3', '43-marrovia-building-permits.txt')]);
		const prompts = facts.flatMap((f) => f.quiz.map((q) => `${q.prompt} ${q.answer}`));
		expect(prompts.length).toBeGreaterThan(0);
		for (const prompt of prompts) expect(prompt).not.toMatch(/\beight weeks|\b12 weeks|\beight\b/);
	});

	it('makes no card of the sentence that says the sources differ', async () => {
		// "The Directorate and the Fishermen's Federation gave different dates for when the _____ m
		// fleet must comply" quizzed a side issue (a dev judge: NOT-POLICY).
		const { facts } = await factsReport([
			fixture('heldout-6', '76-sorvania-fishing-vessel-tracking.txt')
		]);
		const prompts = facts.flatMap((f) => f.quiz.map((q) => q.prompt));
		expect(prompts.length).toBeGreaterThan(0);
		for (const prompt of prompts) expect(prompt).not.toMatch(/different dates/);
	});

	it('offers each side moved and the two swapped, in the article’s own date form', () => {
		const at = { articleId: 'a', paragraph: 0, start: 0, end: 1, text: 'x' };
		const item = disputeItem('f-1', {
			topic: 'when the tax applies to imports',
			kind: 'date',
			anchor: at,
			teachable: true,
			sides: [
				{ source: 'Finance Ministry', value: 'Jan. 1, 2027', evidence: at },
				{ source: 'Importers', value: 'July 1, 2027', evidence: at }
			]
		});
		expect(item?.answer).toBe('Finance Ministry: Jan. 1, 2027; Importers: July 1, 2027');
		expect(item?.choices).toEqual(
			expect.arrayContaining([
				'Finance Ministry: July 1, 2027; Importers: Jan. 1, 2027',
				'Finance Ministry: Feb. 1, 2027; Importers: July 1, 2027'
			])
		);
		expect(item?.prompt.split(/\s+/).length).toBeLessThanOrEqual(25);
	});
});

describe('the dev judges’ defects (derivation 12)', () => {
	const ctx = { names: new Set(['Marrovia', 'Vendria', 'Irrelia']) };

	it('does not take how a bill went through for what it says', () => {
		for (const claim of [
			'The final text of the Online Safety (Minimum Age) Act was amended in committee.',
			'The Public Safety and Policing Bill will become law when it is signed by the president.',
			'The order was first drafted with a lower threshold covering all LCVs over 2 tonnes.',
			"After almost three years of committee work, Vendria's parliament voted through the Personal Data Act."
		])
			expect(notPolicy(claim, ctx)).toBe('procedure');
		expect(notPolicy('The Personal Data Act takes effect on 1 March 2026.', ctx)).toBeNull();
	});

	it('reads "all other …" and "the new …" as pointing to another sentence', () => {
		expect(
			notStandAlone(
				"Under Marrovia's Building Permits Act, municipalities must decide on all other permit applications within a fixed period.",
				ctx
			)
		).toBe('pointer');
		expect(
			notStandAlone(
				"Under Marrovia's Building Permits Act, clauses that do not meet the new conditions must be brought into line by 1 October 2027.",
				ctx
			)
		).toMatch(/unresolved "the new conditions"/);
	});

	it('asks neither of two shares that make up a whole', async () => {
		// "Harlovia will pay _____ and Mirovia 45%": the blank is 100 less the other share.
		const { facts } = await factsReport([
			fixture('heldout-4', '56-harlovia-mirovia-interconnector.txt')
		]);
		const items = facts.flatMap((f) => f.quiz);
		expect(items.length).toBeGreaterThan(0);
		for (const item of items)
			expect(item.prompt).not.toMatch(/_____ and Mirovia 45%|55% and Mirovia _____/);
	});

	it('offers a child’s age only under 19', () => {
		const shifts = numberShifts(18, {
			before: 'Targeted advertising based on profiling children under',
			after: ' is banned.'
		});
		expect(shifts?.length).toBeGreaterThanOrEqual(3);
		for (const v of shifts ?? []) expect(v).toBeLessThanOrEqual(18);
	});
});

describe('near values of a figure with decimals (derivation 12)', () => {
	it('moves a rate or a small price by a step of its size, not by whole units', () => {
		// A dev judge: "9.50%" offered for a 4.75% lending rate, "2.52 euros" for a 0.52-euro duty.
		for (const [text, before] of [
			['4.75%', 'The Bank of Brennmoor cut its marginal lending rate to'],
			['0.52 euros', 'Fuel duty stays at'],
			['3.5%', 'gold will pay a flat 5%, and iron ore']
		] as const) {
			const n = Number.parseFloat(text);
			const variants = numberVariants(text, { before, after: '' });
			expect(variants.length).toBeGreaterThanOrEqual(3);
			for (const v of variants) {
				const value = Number.parseFloat(v);
				expect(value / n).toBeGreaterThan(0.55);
				expect(value / n).toBeLessThan(1.6);
				expect(v).not.toMatch(/\.0%/);
			}
		}
	});
});

describe('lists whose items are each a point (derivation 12)', () => {
	it('reads an item with a lead-in that frames it, or that it completes', () => {
		expect(
			itemSentence(
				'Inside the ECA, from 1 January 2027',
				'• new ships built from 2027 must meet the strictest nitrogen-oxide limit, Tier III'
			)
		).toBe(
			'Inside the ECA, from 1 January 2027, new ships built from 2027 must meet the strictest nitrogen-oxide limit, Tier III.'
		);
		expect(itemSentence('The Act does not apply to', '• Journalists at work;')).toBe(
			'The Act does not apply to journalists at work.'
		);
		// "the following" points at the items: an item with its own verb is its own sentence.
		expect(
			itemSentence(
				'The regulations set out the following',
				'1. Every community pharmacy must open for at least 45 hours a week, up from 40.'
			)
		).toBe('Every community pharmacy must open for at least 45 hours a week, up from 40.');
		// A heading-like lead-in and a verbless item make no sentence.
		expect(
			itemSentence('The regulations set out the following', '• opening hours')
		).toBeUndefined();
	});

	it('reads the items under a lead-in, keeps each line as its evidence, and no summary bullets', async () => {
		const { facts } = await factsReport([
			fixture('heldout-7', '82-pemberia-pharmacy-opening-hours.txt')
		]);
		// Since derivation 15 under the regulations' own name: "Under the Pharmacy Services
		// Regulations, every community pharmacy must open …".
		const fact = facts.find((f) => /\b[Ee]very community pharmacy must open/.test(f.statement));
		expect(fact?.evidence[0]?.text).toMatch(/^1\. Every community pharmacy/);
		expect(fact?.quiz.map((q) => q.answer)).toContain('45');
	});

	it('binds "they" to the subject after a frame, and reads "those shared with" as no pointer', () => {
		const ctx = { names: new Set(['Dunvale', 'Emission', 'Control', 'Area']) };
		expect(
			notStandAlone(
				'Inside the Emission Control Area, ships must record the time at which they switch fuel.',
				ctx
			)
		).not.toBe('pronoun');
		expect(
			notStandAlone(
				"The Emission Control Area covers all waters within 200 nautical miles of Dunvale's coast, apart from those shared with neighbouring states.",
				ctx
			)
		).toBeNull();
	});

	it('does not take lobbying for a reaction in a story about lobbying', () => {
		const ctx = { names: new Set(['Public', 'Integrity', 'Office']) };
		expect(
			notPolicy(
				'The Public Integrity Office can impose fines of up to 50,000 karun for lobbying without registration.',
				ctx
			)
		).toBeNull();
		expect(notPolicy('Hauliers lobbied against the rule for months.', ctx)).not.toBeNull();
	});
});

describe('held-out 8’s defects at first contact (derivation 12, after judge I)', () => {
	const ctx = { names: new Set(['Caradunn', 'Kirrona', 'Ellisund', 'Ustravia', 'Dalmoria']) };

	it('makes no card of a predicate without its subject, or of a condition without its rule', () => {
		expect(notStandAlone('In Caradunn, must be zero from 1 January 2030.', ctx)).toBe('fragment');
		expect(
			notStandAlone(
				'Only if the maker provides the re-pairing tool to independent repairers free of charge.',
				ctx
			)
		).toBe('fragment');
	});

	it('makes no card of a provision known only by its number', () => {
		expect(
			notStandAlone(
				'In Ustravia, Article 2 shall not apply to data stored by diplomatic missions.',
				ctx
			)
		).toBe('cross-reference');
	});

	it('reads "the rest" and "the discount" as pointing back, unless the claim gave the share', () => {
		expect(notStandAlone('In Kirrona, developers and building owners pay the rest.', ctx)).toMatch(
			/unresolved "the rest"/
		);
		expect(
			notStandAlone(
				'In Dalmoria, winners pay 10% of their bid within 30 days and the rest in equal instalments over five years.',
				ctx
			)
		).toBeNull();
	});

	it('reads a numbered provision’s list with its lead-in, without the number', async () => {
		const { facts } = await factsReport([
			fixture('heldout-8', '97-ustravia-data-localisation-regulation.txt')
		]);
		for (const prompt of facts.flatMap((f) => f.quiz.map((q) => q.prompt)))
			expect(prompt).not.toMatch(/^\(\d\)|_____\)|Article _____/);
	});

	it('does not blank the rest of a name whose first word the prompt keeps', async () => {
		// "Metals _____ will give priority …" for the Metals Export Licensing Office.
		const { facts } = await factsReport([
			fixture('heldout-8', '91-havrenne-scrap-metal-export-ban.txt')
		]);
		for (const prompt of facts.flatMap((f) => f.quiz.map((q) => q.prompt)))
			expect(prompt).not.toMatch(/\b(?!(?:The|A|An|In|Under|On|By) )\p{Lu}\p{L}+ _____/u);
	});
});

describe('"that" as a pointer (derivation 12, held-out 8)', () => {
	it('reads "that rule" as pointing back, and a relative "that" as no pointer', () => {
		const ctx = { names: new Set(['Mirtova']) };
		expect(
			notStandAlone(
				'In Mirtova, breaking that rule is a criminal offence carrying a fine of up to 5,000 pellars.',
				ctx
			)
		).toMatch(/unresolved "that rule"/);
		expect(
			notStandAlone(
				'In Mirtova, shops that sell disposable vapes face fines of up to 5,000 pellars.',
				ctx
			)
		).toBeNull();
	});
});

describe('core rules of held-out 8 that had no card (derivation 12)', () => {
	it('drops an aside before the act’s name, when the name makes the claim too long', async () => {
		const { facts } = await factsReport([
			fixture('heldout-8', '92-mirtova-disposable-vape-ban.txt')
		]);
		expect(facts.map((f) => f.statement)).toContain(
			'The Nicotine Products (Single-Use Devices) Act bans the sale and supply of single-use vapes.'
		);
		// A lead-in that is a clause of its own ("Under the act, reusable vapes remain legal but face
		// tighter rules:") is not glued to its items.
		for (const f of facts) expect(f.statement).not.toMatch(/tighter rules, \p{Ll}/u);
		expect(facts.flatMap((f) => f.quiz.map((q) => q.prompt))).toContain(
			'Nicotine strength in refill liquids is capped at _____ mg per millilitre.'
		);
	});

	it('reads "everyone who lives there" as no pointer', () => {
		expect(
			notStandAlone(
				'In Kirrona, new buildings with more than 12 flats must include a shelter with room for everyone who lives there.',
				{ names: new Set(['Kirrona']) }
			)
		).toBeNull();
	});
});

describe('rules written without "must" (derivation 12)', () => {
	it('reads "may not", "can" and "may no longer" as rules', async () => {
		const { facts } = await factsReport([
			fixture('heldout-6', '76-sorvania-fishing-vessel-tracking.txt'),
			fixture('heldout-7', '82-pemberia-pharmacy-opening-hours.txt')
		]);
		const prompts = facts.flatMap((f) => f.quiz.map((q) => q.prompt));
		expect(prompts).toContain(
			// "the device" named as the article introduced it (derivation 21).
			'True or false: A vessel with a faulty tracker may not leave port again until the approved satellite tracking device is repaired.'
		);
		expect(prompts).toContain(
			'True or false: Under the Pharmacy Services Regulations, pharmacies may no longer close for lunch between 12pm and 2pm on weekdays.'
		);
	});
});

describe('held-out 9’s defects at first contact (derivation 12, after judge J)', () => {
	it('does not take "the bank" of a story about banks for the one bank it names in passing', async () => {
		// Two WRONG cards: "… not tax-deductible for the Ostrel Savings Bank" (any bank was meant).
		const { facts } = await factsReport([fixture('heldout-9', '101-tevrosa-banker-bonus-cap.txt')]);
		for (const item of facts.flatMap((f) => f.quiz))
			expect(`${item.prompt} ${item.claim}`).not.toMatch(/Ostrel/);
		// The Bank of Brennmoor, which its headline names, is still "the bank" of its own story.
		const brennmoor = await factsReport([fixture('heldout-1', '21-brennmoor-rate-cut.txt')]);
		expect(brennmoor.facts.some((f) => /Bank of Brennmoor/.test(f.statement))).toBe(true);
	});

	it('keeps a relative clause whole when the list it began goes on after a comma', () => {
		expect(
			claimsOf(
				"Quillany's parliament passed the Biometric Surveillance (Retail Premises) Act, which outlaws live facial recognition in shops, shopping centres and supermarkets from 1 January 2027.",
				null
			).map((c) => c.text)
		).toEqual([
			"Quillany's parliament passed the Biometric Surveillance (Retail Premises) Act.",
			'The Biometric Surveillance (Retail Premises) Act outlaws live facial recognition in shops, shopping centres and supermarkets from 1 January 2027.'
		]);
		for (const c of claimsOf(
			"The shelters must be built to the CPA's technical standard, which covers blast resistance, air filtration and emergency lighting.",
			null
		))
			expect(c.text).not.toMatch(/standard (?:air|covers)/);
	});

	it('reads "that 100% relief", "the ratios" and "wear one" as pointing back', () => {
		const ctx = { names: new Set(['Ulvenna', 'Zentara', 'Haskaro']) };
		expect(
			notStandAlone(
				'In Ulvenna, from 1 July 2027 that 100% relief will be limited to 2 million sovrins.',
				ctx
			)
		).not.toBeNull();
		expect(
			notStandAlone(
				'In Haskaro, the ratios will apply to general hospitals from 1 April 2027.',
				ctx
			)
		).toMatch(/the ratios/);
		expect(notStandAlone('In Zentara, adults will be required to wear one.', ctx)).toBe('pointer');
	});
});

describe('held-out 10’s defects at first contact (derivation 12, after judge K)', () => {
	const ctx = { names: new Set(['Ostravel', 'Seravant', 'Kalvessa', 'Gorlania', 'Pelmora']) };

	it('makes no card of a clause cut from its date, an ellipsis, a quotation’s tail or the writer’s own doings', () => {
		for (const [claim, why] of [
			[
				'From customers of Highland Water may not use a hosepipe to fill a private swimming pool.',
				'fragment'
			],
			['Nor do hobby flyers, who remain under the existing open-category rules.', 'fragment'],
			[
				'No licensed breeder will keep more than twenty breeding females. The era of the puppy farm is over."',
				'fragment'
			],
			[
				"I asked Pelmoran Inland Waters Agency's press office whether bailiffs will go through people's boxes.",
				'pronoun'
			],
			['In Seravant, cargo flights will not get a separate allowance.', 'pointer']
		] as const)
			expect(notStandAlone(claim, ctx), claim).toBe(why);
		expect(
			notPolicy(
				'The draft put to public consultation in September 2025 would have limited fried foods to one day a week.',
				ctx
			)
		).toBe('procedure');
	});

	it('does not blank one value that plays two roles', async () => {
		// "A venue caught _____ times within 12 months will have its music licence suspended for
		// _____ months." → three: two blanks, one answer.
		const set = new URL('./fixtures/heldout-10/', import.meta.url);
		const { facts } = await factsReport(
			readdirSync(set)
				.filter((f) => f.endsWith('.txt'))
				.map((f) => fixture('heldout-10', f))
		);
		const prompts = facts.flatMap((f) => f.quiz.map((q) => q.prompt));
		expect(prompts.length).toBeGreaterThan(0);
		for (const prompt of prompts) expect(prompt.split('_____').length).toBeLessThanOrEqual(2);
	});
});

describe('a subject’s own conditions stay with it (derivation 12, held-out 10’s WRONG card)', () => {
	it('does not split "who X and Y" into two claims, and never cuts a rule from its subject', () => {
		// "People who do not sell … will not need a licence" (keyed True) dropped the first
		// condition: three litters a year or more need a licence whoever sells.
		const claims = claimsOf(
			'People who breed fewer than three litters a year and do not sell in the course of a business will not need a licence.',
			null
		).map((c) => c.text);
		expect(claims).toEqual([
			'People who breed fewer than three litters a year and do not sell in the course of a business will not need a licence.'
		]);
		for (const c of claimsOf(
			'Anyone breeding three or more litters a year, or advertising puppies or kittens for sale in the course of a business, will need a breeding licence from the Kalvessan Animal Welfare Inspectorate (KAWI).',
			null
		))
			expect(c.text).toMatch(/will need a breeding licence/);
		// Two clauses with one subject still split.
		expect(
			claimsOf('Shops that sell vapes must register, and they must display a licence.', null).map(
				(c) => c.text
			)
		).toEqual([
			'Shops that sell vapes must register.',
			'Shops that sell vapes must display a licence.'
		]);
	});
});

describe('held-out 11 (derivation 12, after judge L)', () => {
	it('names no policy after a proposal floated and not taken forward, nor after the parent act', async () => {
		// WRONG cards: "Pashkeria’s ban on gas hobs covers houses, flats …" (the hob ban was only
		// floated) and "Under the Plant Protection Products Act, suppliers shall accept returns"
		// (the ordinance's rule, made "having regard to Article 14(2) of" that act).
		const { facts } = await factsReport([
			fixture('heldout-11', '121-pashkeria-new-build-gas-boiler-ban.txt'),
			fixture('heldout-11', '130-tavrelund-neonicotinoid-seed-ban.txt')
		]);
		const said = facts.flatMap((f) => f.quiz.map((q) => `${q.prompt} ${q.claim ?? ''}`));
		expect(said.length).toBeGreaterThan(0);
		for (const text of said) expect(text).not.toMatch(/gas hobs|Plant Protection Products Act/);
	});

	it('makes no card of a list item left with only a participle, and keeps a past tense', () => {
		const ctx = { names: new Set(['Lisvany', 'Coastal', 'Agency', 'Japan']) };
		expect(notStandAlone('Sea defences approved by the Lisvany Coastal Agency.', ctx)).toBe(
			'fragment'
		);
		expect(
			notStandAlone(
				'The U.S. requested the supply of Patriot missiles from Japan due to a shortage caused by its support for Ukraine.',
				ctx
			)
		).not.toBe('fragment');
	});
});
