/**
 * Derivation 17: what held-out 16 and 17's development copies still lost. A law's provisions
 * told with "It" after the sentence that names the law ("The Sentencing (Short Custodial Terms)
 * Act, approved by 163 votes to 118, creates …. It applies to everyone sentenced …") made no card.
 */
import { describe, expect, it } from 'vitest';
import { factsReport } from './report';
import { claimsOf } from './claims';
import { notPolicy, notStandAlone } from './standalone';

/** The quiz items and key facts of one pasted article. */
async function reportOf(name: string, ...lines: string[]) {
	const { facts } = await factsReport([{ name, text: lines.join('\n\n') }]);
	return {
		statements: facts.map((f) => f.statement),
		claims: facts.flatMap((f) => f.quiz.map((q) => q.claim ?? q.prompt))
	};
}

describe('a law’s provisions told with “it” (derivation 17)', () => {
	it('reads “It applies …” as the law the sentence before opened on, its name with an aside', async () => {
		const { statements } = await reportOf(
			'sentencing.txt',
			'Dravenholt parliament curbs short jail terms',
			'Published 3 March 2026',
			'Dravenholt’s courts will be required to replace most prison sentences of 12 months or less with community penalties under a law passed by parliament on 2 March 2026.',
			'The Sentencing (Short Custodial Terms) Act, approved by 163 votes to 118, creates a presumption against custodial sentences of 12 months or less. It applies to everyone sentenced on or after 1 June 2026, regardless of when the offence was committed.'
		);
		expect(statements).toContain(
			'The Sentencing (Short Custodial Terms) Act applies to everyone sentenced on or after 1 June 2026, regardless of when the offence was committed.'
		);
	});

	it('reads “it” after a date as the law a sentence named by its kind alone', async () => {
		const { statements } = await reportOf(
			'parcels.txt',
			'Ostravy ends duty-free parcels',
			'Published 12 March 2026',
			'Ostravy’s parliament on 10 March 2026 passed the Customs (Small Parcels) Act, which ends duty-free treatment for cheap parcels bought abroad.',
			'The Act will be phased in. From 1 July 2026 it applies to parcels sold through online marketplaces.'
		);
		expect(statements).toContain(
			'From 1 July 2026 the Customs (Small Parcels) Act applies to parcels sold through online marketplaces.'
		);
	});

	it('leaves “it” alone after a sentence that opens on no law', async () => {
		const { statements } = await reportOf(
			'parcels.txt',
			'Ostravy ends duty-free parcels',
			'Published 12 March 2026',
			'Ostravy’s parliament on 10 March 2026 passed the Customs (Small Parcels) Act, which ends duty-free treatment for cheap parcels bought abroad.',
			'The ministry published its guidance on 11 March 2026. From 1 July 2026 it applies to parcels sold through online marketplaces.'
		);
		expect(statements.some((s) => /Act applies to parcels/.test(s))).toBe(false);
	});
});

describe('a duty to report is the policy (derivation 17)', () => {
	it('cards “must report … within 30 days”, never a request to report', async () => {
		const { statements } = await reportOf(
			'lending.txt',
			'Thessala caps high loan-to-income mortgages',
			'Published 18 May 2026',
			'The Bank of Thessala will limit mortgage lending at more than 4.5 times income from 1 January 2027.',
			'Lenders must report their high-LTI lending to the Prudential Supervision Authority within 30 days of the end of each quarter.',
			'The Low Pay Commission has been asked to report on the idea by October 2026.'
		);
		expect(statements).toContain(
			'Lenders must report their high-LTI lending to the Prudential Supervision Authority within 30 days of the end of each quarter.'
		);
		expect(statements.some((s) => /asked to report/.test(s))).toBe(false);
	});
});

describe('a limit told as “no more than” is the policy (derivation 17)', () => {
	it('cards “No more than 15% of … lending may be at more than 4.5 times income”', async () => {
		const { statements } = await reportOf(
			'lending.txt',
			'Thessala caps high loan-to-income mortgages',
			'Published 18 May 2026',
			'The Bank of Thessala will limit mortgage lending at more than 4.5 times income from 1 January 2027.',
			'No more than 15% of a lender’s new owner-occupier mortgage lending in any calendar quarter may be at more than 4.5 times income.'
		);
		expect(statements).toContain(
			'No more than 15% of a lender’s new owner-occupier mortgage lending in any calendar quarter may be at more than 4.5 times income.'
		);
	});
});

describe('an aside that only dated what it followed (derivation 17)', () => {
	it('goes with its unplaceable date: never “rules, out treat”', () => {
		const texts = claimsOf(
			'The Environment Agency’s draft counting rules, out last Thursday, treat all discharges from one overflow within a 12-hour block as a single spill.',
			new Date('2026-04-15')
		).map((c) => c.text);
		expect(texts).toEqual([
			'The Environment Agency’s draft counting rules treat all discharges from one overflow within a 12-hour block as a single spill.'
		]);
	});
});

describe('claims that lean on another sentence (derivation 17, held-out 17’s unreadable cards)', () => {
	const ctx = { names: new Set(['Pelvara']), headline: 'Mayors, term limits and run-offs' };

	it('takes “less than that”, “were unchanged” and “On a wet day that can …” for pointers', () => {
		expect(
			notStandAlone(
				'Under the Local Democracy Act, a mayor elected at a by-election who serves less than that can still serve two further full terms.',
				ctx
			)
		).toBe('pointer');
		expect(notStandAlone('The 4.5 level and the 15% allowance were unchanged.', ctx)).toBe(
			'pointer'
		);
		expect(
			notStandAlone('Under the Storm Overflow Law, on a wet day that can halve the count.', ctx)
		).toBe('pronoun');
	});

	it('keeps a claim that says what the value stays at or what it is more than', () => {
		expect(
			notStandAlone('Pelvara’s consumption tax rate remains unchanged at 19%.', ctx)
		).toBeNull();
		expect(
			notStandAlone(
				'In Pelvara, a mayor’s pay may not be higher than that of a government minister.',
				ctx
			)
		).toBeNull();
	});
});

describe('two duties of one subject (derivation 17)', () => {
	const texts = (sentence: string) => claimsOf(sentence, new Date('2026-04-15')).map((c) => c.text);

	it('splits “must fit … to every overflow … and publish …”, the second keeping its modal', () => {
		expect(
			texts(
				'Utilities must fit event-duration monitors to every overflow covered by the law by 31 December 2026 and publish each discharge on a public map within one hour of it starting.'
			)
		).toEqual([
			'Utilities must fit event-duration monitors to every overflow covered by the law by 31 December 2026.',
			'Utilities must publish each discharge on a public map within one hour of it starting.'
		]);
	});

	it('keeps a verb after an infinitive with it: “asked allies to help … and send …”', () => {
		expect(
			texts('Japan asked allies to help bolster stockpiles and send ammunition to Ukraine.')
		).toEqual(['Japan asked allies to help bolster stockpiles and send ammunition to Ukraine.']);
	});

	it('never splits off a clause that leans on the first, a condition or a noun read as a verb', () => {
		for (const sentence of [
			'Pupils must hand in their phones at the school gate every morning and get them back when lessons end.',
			'Where a reservist is called out for operations, the employer must keep the reservist’s job open, and must reinstate the reservist on terms no less favourable than before.',
			'The Revenue Agency must publish a review of the levy’s yield and effect on flight numbers by 30 September 2028.'
		])
			for (const claim of texts(sentence))
				expect(claim).not.toMatch(
					/^(?:Pupils must get them|Where a reservist must|The Revenue Agency must effect)/
				);
	});
});

describe('a law’s procedure is not its policy (derivation 17)', () => {
	const ctx = { names: new Set(['Drevonia']), headline: 'Licences for cosmetic injections' };
	it('takes “subject to the affirmative procedure” and “subject to approval by …” for procedure', () => {
		expect(
			notPolicy(
				'The Passenger Rights (Air Travel) Regulations are subject to the affirmative procedure.',
				ctx
			)
		).toBe('procedure');
		expect(
			notPolicy(
				'The Cosmetic Procedures Regulations are subject to approval by the National Assembly.',
				ctx
			)
		).toBe('procedure');
	});
});

describe('a long claim loses its dashed aside or its example first (derivation 17)', () => {
	const texts = (sentence: string) => claimsOf(sentence, new Date('2026-09-02')).map((c) => c.text);

	it('cuts “— … —” and “, including …,” to fit the card', () => {
		expect(
			texts(
				'The Games Authority will publish a list of approved methods — ID checks, bank-card verification and facial age estimation are expected to be on it — by 1 October 2026.'
			)
		).toEqual(['The Games Authority will publish a list of approved methods by 1 October 2026.']);
		expect(
			texts(
				'The total price of the uniform a school requires for one pupil, including sports kit, must not exceed 120 dinnets for a full set bought new.'
			)
		).toEqual([
			'The total price of the uniform a school requires for one pupil must not exceed 120 dinnets for a full set bought new.'
		]);
	});

	it('keeps them in a claim short enough', () => {
		expect(
			texts('Traders may make one retention offer — a discount to stay — per cancellation.')
		).toEqual(['Traders may make one retention offer — a discount to stay — per cancellation.']);
	});
});

describe('an exclusion list ending in “or” (derivation 17)', () => {
	const texts = (sentence: string) => claimsOf(sentence, new Date('2026-03-03')).map((c) => c.text);

	it('is cut to its first items under a negation, joined with “or”', () => {
		expect(
			texts(
				'The presumption does not apply to offences of domestic abuse, sexual offences, breaches of a restraining or protection order, or possession of a knife in a public place.'
			)
		).toEqual([
			'The presumption does not apply to offences of domestic abuse, sexual offences or breaches of a restraining or protection order.'
		]);
	});

	it('is never cut under a permission, where it would narrow a choice', () => {
		expect(
			texts(
				'Claimants may prove their identity with a passport, a national identity card, a driving licence issued in the country, or a residence permit with a photograph.'
			)
		).toEqual([]);
	});
});

describe('held-out 16’s development copy (derivation 17)', () => {
	it('gives plural regulations their “were” when an aside is made a claim', () => {
		expect(
			claimsOf(
				'The Consumer Contracts (Subscriptions) Regulations, approved by the Dunmorrow parliament in November 2025, apply to every subscription contract renewed from 30 March 2026.',
				new Date('2026-03-28')
			).map((c) => c.text)[0]
		).toBe(
			'The Consumer Contracts (Subscriptions) Regulations were approved by the Dunmorrow parliament in November 2025.'
		);
	});

	it('takes a list item with only a relative clause for a fragment, not a clause before “which”', () => {
		const ctx = { names: new Set(['Zennor']), headline: 'Zennor bans loot boxes for under-18s' };
		expect(
			notStandAlone(
				'Physical trading card packs sold in shops, which are covered by separate consumer law.',
				ctx
			)
		).toBe('fragment');
		expect(
			notStandAlone(
				'In Zennor, the code applies in High Wildfire Risk Zones, which will be mapped by the Forest Fire Service.',
				ctx
			)
		).not.toBe('fragment');
	});
});

describe('a ministry asked against ministries on the story’s business (derivation 17)', () => {
	it('offers the Interior Ministry beside the Justice Ministry on reoffending rates', async () => {
		const { facts } = await factsReport([
			{
				name: 'sentencing.txt',
				text: [
					'Dravenholt parliament curbs short prison terms',
					'Published 3 March 2026',
					'Dravenholt’s courts will be required to replace most prison sentences of 12 months or less with community penalties under a law passed by parliament on 2 March 2026.',
					'The Sentencing (Short Custodial Terms) Act requires the Justice Ministry to publish reoffending rates for offenders given community sentences every year.'
				].join('\n\n')
			}
		]);
		const item = facts
			.flatMap((f) => f.quiz)
			.find((q) => q.answer === 'Justice Ministry' && q.choices);
		expect(item?.choices).toContain('Interior Ministry');
	});
});

describe('a list under “The Act leaves untouched:” (derivation 17)', () => {
	it('reads each item with its lead-in and cards the one with a value', async () => {
		const { statements, claims } = await reportOf(
			'parcels.txt',
			'Ostravy ends duty-free parcels',
			'Published 12 March 2026',
			'Ostravy’s parliament on 10 March 2026 passed the Customs (Small Parcels) Act, which ends duty-free treatment for cheap parcels bought abroad.',
			'Not everything is caught. The Act leaves untouched:',
			'* gifts sent between private individuals, up to a value of 60 ostra per parcel;',
			'* goods returned to Ostravy after repair abroad.'
		);
		expect(statements).toContain(
			'The Customs (Small Parcels) Act leaves untouched gifts sent between private individuals, up to a value of 60 ostra per parcel.'
		);
		expect(claims.some((c) => /leaves untouched gifts/.test(c))).toBe(true);
	});
});

describe('held-out 18’s judge at first contact (derivation 17, after the judging)', () => {
	const ctx = { names: new Set(['Nivella']), headline: 'Nivella’s new remote worker permit' };

	it('takes a page’s licence and a firm’s regulator line for procedure, not policy', () => {
		expect(notPolicy('Reproduced under the Open Chamber Licence.', ctx)).toBe('procedure');
		expect(
			notPolicy('Ardwell Pike LLP is authorised and regulated by the Legal Services Board.', ctx)
		).toBe('procedure');
	});

	it('takes “far lower” without “than” and “anyone who does.” for pointers', () => {
		expect(notStandAlone('The new fee in Nivella is far lower.', ctx)).toBe('pointer');
		expect(
			notStandAlone(
				'The Border and Migration Agency can cancel the permit of anyone who does.',
				ctx
			)
		).toBe('pointer');
		expect(
			notStandAlone('In Nivella, the new fee is far lower than the 1,200 charged before 2017.', ctx)
		).not.toBe('pointer');
	});
});
