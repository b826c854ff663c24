import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims';
import { absoluteDates } from './dates';
import { notPolicy, notStandAlone } from './standalone';
import { factsReport } from './report';
import { DERIVATION_VERSION } from './types';

describe('the gate under a headline (derivation 10)', () => {
	const names = new Set(['Luskany', 'Kelvane']);
	it('takes the place the headline names as the subject’s', () => {
		const claim = 'Products graded D or E may not use the word "healthy" on the pack.';
		expect(notStandAlone(claim, { names })).toBe('no named subject');
		expect(
			notStandAlone(claim, { names, headline: 'What Luskany’s new food labels mean' })
		).toBeNull();
	});

	it('reads "the scheme" as the story’s own when the headline has it, and only then', () => {
		const claim = 'In Luskany, the scheme applies in high-risk zones from 1 January 2027.';
		expect(notStandAlone(claim, { names })).toMatch(/unresolved/);
		expect(
			notStandAlone(claim, { names, headline: 'Luskany adopts food labelling scheme' })
		).toBeNull();
	});

	it('still refuses a list printed elsewhere and a clause cut short', () => {
		const headline = 'Luskany cuts antibiotic courses to five days';
		expect(
			notStandAlone(
				'In Luskany, pharmacists may supply a five-day pack for the listed infections.',
				{
					names,
					headline
				}
			)
		).toBe('pointer');
		expect(
			notStandAlone('In Luskany, meat must state where the animal was born, reared.', {
				names,
				headline
			})
		).toBe('cut short');
	});

	it('is no policy point: an interest group’s demand, a past statistic', () => {
		expect(
			notPolicy("The Velmoran Farmers' Union will ask for compensation when cuts are imposed.", {
				names
			})
		).toBe('demand');
		expect(
			notPolicy('Cheese makers in the Varna valley have asked for their cheeses to be exempt.', {
				names
			})
		).toBe('demand');
		expect(
			notPolicy(
				"Castrenna's licensed operators spent about 140 million varos on advertising in 2025.",
				{ names }
			)
		).toBe('statistic');
		// A government's request and a rule in force stay.
		expect(
			notPolicy('The government requested 500 buses from the Kelvane plant.', { names })
		).toBeNull();
		expect(
			notPolicy('Operators must give 20% of each advert to the helpline number.', { names })
		).toBeNull();
	});
});

describe('dates: a weekday that names a kind of thing is no date', () => {
	const reference = new Date(Date.UTC(2026, 3, 23));
	it('leaves "the Saturday market" and "Saturday’s vote" as they are, and dates "on Saturday"', () => {
		expect(absoluteDates('She sells cheese at the Saturday market.', reference)).toBe(
			'She sells cheese at the Saturday market.'
		);
		expect(absoluteDates('Saturday’s vote was close.', reference)).toBe(
			'Saturday’s vote was close.'
		);
		expect(absoluteDates('Parliament voted on Saturday to ban bags.', reference)).toBe(
			'Parliament voted on 18 April 2026 to ban bags.'
		);
	});
});

describe('claims: a speaker is never what "it" stands for', () => {
	it('keeps "it" for what a minister said will take effect', () => {
		const texts = claimsOf(
			'Interior Minister Giulia Santoro, who drafted the law, said it would take effect on 1 March 2027.',
			null
		).map((c) => c.text);
		expect(texts.join(' ')).not.toMatch(/Santoro will take effect/);
	});

	it('still makes a body the subject of what it said it would do', () => {
		const texts = claimsOf(
			'The government said it would impose a levy on sugar from 1 May 2027.',
			null
		).map((c) => c.text);
		expect(texts).toContain('The government will impose a levy on sugar from 1 May 2027.');
	});
});

describe('pronouns bound inside the claim (derivation 10)', () => {
	const names = new Set(['Veloria']);
	const headline = 'Veloria tightens export controls on gallium equipment';
	it('lets "their" stand for the claim’s own plural subject, "its" for its singular one', () => {
		expect(
			notStandAlone(
				'Firms that ship without a licence face fines of 5 percent of their turnover.',
				{
					names,
					headline
				}
			)
		).toBeNull();
		expect(
			notStandAlone('An exporter that ships without a licence can be fined 2% of its turnover.', {
				names,
				headline
			})
		).toBeNull();
	});

	it('still refuses a pronoun that names something else, "by then", and a verbless clause', () => {
		expect(
			notStandAlone('Exporters must pay it to the customs office every quarter.', {
				names,
				headline
			})
		).toBe('pronoun');
		expect(
			notStandAlone('Exporters who hold a licence by then may keep shipping gallium furnaces.', {
				names,
				headline
			})
		).toBe('pronoun');
		expect(
			notStandAlone('Firms that set aside 7 percent of their gallium stock.', { names, headline })
		).toBe('fragment');
	});
});

describe('claims: asides and elaborations (derivation 10)', () => {
	const texts = (sentence: string) => claimsOf(sentence, null).map((c) => c.text);
	it('keeps the clause before a colon that elaborates it, without its parentheses', () => {
		expect(
			texts(
				'From 1 January 2027 packaged food must carry the "NutriGrade" band on the front of the pack: five letters from A (dark green, healthiest) to E (red, least healthy).'
			)
		).toContain(
			'From 1 January 2027 packaged food must carry the "NutriGrade" band on the front of the pack.'
		);
	});

	it('keeps a parenthesis that is part of a name', () => {
		expect(
			texts('Parliament approved the Alcohol (Minimum Pricing) Bill by 102 votes to 64.')
		).toContain('Parliament approved the Alcohol (Minimum Pricing) Bill by 102 votes to 64.');
	});

	it('shares a long subject that carries its own conditions between two verbs', () => {
		expect(
			texts(
				'Small producers with fewer than 10 employees and annual turnover under 2 million corra get an extra two years and must comply from 1 January 2029.'
			)
		).toContain(
			'Small producers with fewer than 10 employees and annual turnover under 2 million corra must comply from 1 January 2029.'
		);
	});
});

describe('deriveFacts under a headline (derivation 10)', () => {
	const raw = [
		'LUSKANY TODAY',
		'',
		'Luskany makes food labels compulsory',
		'',
		'Luskany’s health minister signed a regulation on 13 January 2026 that makes nutrition labels compulsory on packaged food sold in Luskany.',
		'',
		'The National Food Safety Authority is responsible for enforcement. It can fine companies up to 40,000 corra per product line.',
		'',
		'The Luskany Farmers’ Union will ask for compensation for the cost of new labels.'
	].join('\n');

	it('reads "It" as the body the previous sentence opened on, and makes no card of a demand', async () => {
		const report = await factsReport([{ name: 'luskany.txt', text: raw }]);
		const statements = report.facts.filter((f) => f.quiz.length > 0).map((f) => f.statement);
		expect(statements).toContain(
			'The National Food Safety Authority can fine companies up to 40,000 corra per product line.'
		);
		expect(statements.some((s) => /compensation/.test(s))).toBe(false);
		// The fact keeps its own source sentence: its id does not move.
		const fact = report.facts.find((f) => /40,000/.test(f.statement))!;
		expect(fact.evidence[0]!.text).toBe(
			'It can fine companies up to 40,000 corra per product line.'
		);
		expect(fact.derivation).toBe(DERIVATION_VERSION);
	});
});

describe('no widened or displaced claims (derivation 10)', () => {
	const texts = (sentence: string) => claimsOf(sentence, null).map((c) => c.text);
	it('keeps "at least 12 months before 1 April 2027" a length of time, not a date', () => {
		expect(
			absoluteDates('Homes let for at least 12 months before 1 April 2027 can be registered.', null)
		).toContain('at least 12 months before 1 April 2027');
	});

	it('never makes "but the registration cannot be transferred" a claim about every registration', () => {
		const claims = texts(
			'Homes in the Old Town can be registered, but the registration cannot be transferred when the property is sold.'
		);
		expect(claims).not.toContain(
			'The registration cannot be transferred when the property is sold.'
		);
	});

	it('never cuts a list down to its first item to fit the card', () => {
		const claims = texts(
			'From 1 July 2026, gambling adverts will be banned on television, radio and on-demand video services between 6 a.m. and 11 p.m. The ban covers live sports broadcasts whatever time they are shown.'
		);
		expect(claims).not.toContain(
			'From 1 July 2026, gambling adverts will be banned on television.'
		);
	});

	it('takes no claim from a caption kept in the body', async () => {
		const raw = [
			'Tremora wins Northern Intercity rail contract',
			'',
			'Ebrovia’s transport ministry awarded the Northern Intercity contract to Tremora Rail on 17 June 2026 for ten years.',
			'',
			'[Image: A Class 440 unit at Ledra Central. The fleet must be replaced by 2029. Photo: RBR]',
			'',
			'Tremora Rail must keep ticket offices at 14 staffed stations open for the length of the contract.'
		].join('\n');
		const report = await factsReport([{ name: 'ebrovia.txt', text: raw }]);
		expect(report.facts.some((f) => /fleet/.test(f.statement))).toBe(false);
	});
});
