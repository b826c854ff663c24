/**
 * Derivation 16: what held-out 16's judge found at first contact. Eight WRONG cards: an
 * exemption list under "The scheme exempts:" put under the fuel duty a standfirst named (the
 * story's policy was "the Road Use (Electric Vehicles) Charge"), a disputed point quizzed as
 * settled ("the official guidance does not agree"), a rule cut off its condition ("…, where the
 * landlord has one available"), an MP's view in a debate's record keyed true, and "Bakers who buy
 * fortified flour need do nothing further". Also garbled claims ("scheme and free to families",
 * "may does not require"), a debate's procedure lines and a dispute option where both sources
 * agree.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims';
import { factsReport } from './report';
import { notPolicy, notStandAlone } from './standalone';
import { policyFrame } from './frame';
import { absoluteDates } from './dates';
import { cleanRawText } from '../clean/cleaner';
import { flipped } from '../quiz/true-false';
import { disputeItem } from '../quiz/conflicts';
import { numberShifts } from '../quiz/numbers';

const texts = (sentence: string) => claimsOf(sentence, null).map((c) => c.text);

/** The quiz items and key facts of one pasted article. */
async function reportOf(name: string, ...lines: string[]) {
	const { facts } = await factsReport([{ name, text: lines.join('\n\n') }]);
	return {
		statements: facts.map((f) => f.statement),
		claims: facts.flatMap((f) => f.quiz.map((q) => q.claim ?? q.prompt))
	};
}

describe('the story’s own policy by its proper name (derivation 16)', () => {
	it('puts an exemption list under the charge the lede names, not a duty the standfirst names', async () => {
		const { statements } = await reportOf(
			'charge.txt',
			'Electric car drivers will pay by the kilometre: your questions answered',
			'Drivers of battery-electric cars have so far paid no fuel duty. That is about to change.',
			'Published 9 February 2026',
			'Tarsany’s parliament last week approved the Road Use (Electric Vehicles) Charge, which makes owners of electric cars pay for each kilometre they drive.',
			'Until now they have paid neither the fuel duty nor the annual vehicle tax.',
			'Plug-in hybrids in Tarsany already pay the fuel duty at the pump.',
			'The scheme exempts:',
			'• ambulances, fire engines and police vehicles;',
			'• vehicles more than 25 years old.'
		);
		const exempt = statements.filter((s) => /\bexempts\b/.test(s));
		expect(exempt.length).toBeGreaterThan(0);
		for (const s of exempt) expect(s).toMatch(/^The Road Use \(Electric Vehicles\) Charge exempts/);
	});

	it('takes the act, not a levy it creates, where both have proper names', async () => {
		const { statements } = await reportOf(
			'levy.txt',
			'Explained: Morvane’s new private jet departure tax',
			'Published 2 February 2026',
			'Parliament passed the Aviation (Private Flights) Levy Act on 30 January 2026.',
			'The Private Flight Departure Levy is charged on every passenger departing Morvane on a private flight.',
			'The levy applies to departures from 1 April 2026.',
			'Operators in Morvane must register with the revenue agency before their first flight.',
			'Morvane’s finance ministry expects the levy to raise 40 million crowns a year.'
		);
		expect(statements).toContain(
			'Under the Aviation (Private Flights) Levy Act, the levy applies to departures from 1 April 2026.'
		);
	});

	it('reads "the official guidance does not agree" as a disagreement: neither side is carded as settled', async () => {
		const { claims } = await reportOf(
			'hybrids.txt',
			'Tarsany to charge electric cars by the kilometre',
			'Published 9 February 2026',
			'Tarsany’s parliament approved the Road Use (Electric Vehicles) Charge on Tuesday.',
			'This is the one point on which the official guidance does not agree. The Finance Ministry’s explanatory note says plug-in hybrids will pay the charge at half the car rate. The Road Revenue Agency’s online FAQ says hybrids are outside the scheme altogether.'
		);
		expect(claims.filter((c) => /hybrids/.test(c))).toEqual([]);
	});
});

describe('claims that kept less than their sentence said (derivation 16)', () => {
	it('keeps a rule’s condition, or makes no claim of it', () => {
		const landlord = texts(
			'5.4 No landlord may end a tenancy in order to comply with this Regulation without offering the tenant first refusal of a compliant dwelling, where the landlord has one available.'
		);
		for (const claim of landlord) expect(claim).toMatch(/where the landlord has one available/);
		// A "when" after a date says more of the date; it may go.
		expect(
			texts(
				'The minimum download speed will rise to 100 Mbit/s from 1 January 2030, when the regulator expects most of the state-funded fibre rollout to be complete.'
			)
		).toEqual(['The minimum download speed will rise to 100 Mbit/s from 1 January 2030.']);
	});

	it('leaves the subject’s verb after an aside and an adjective’s phrase as they stand', () => {
		expect(
			texts(
				'The School Uniform Grant, paid to families receiving the Family Support Allowance, will rise from 40 to 75 dinnets per child from January 2027, and will be extended to pupils starting primary school for the first time.'
			)
		).toContain(
			'The School Uniform Grant, paid to families receiving the Family Support Allowance, will rise from 40 to 75 dinnets per child from January 2027.'
		);
		expect(
			texts(
				'Every school must run or take part in a second-hand uniform scheme, free to families, and must tell parents how to use it at least once a year.'
			)
		).toContain(
			'Every school must run or take part in a second-hand uniform scheme, free to families.'
		);
	});

	it('drops a provision’s numbers and a speaker’s label, not the words after them', () => {
		expect(texts('5. (1) No person shall kill or take a woodcock at any time.')).toEqual([
			'No person shall kill or take a woodcock at any time.'
		]);
		expect(
			texts('(c) organisers of public displays must register each display 28 days in advance.')
		).toEqual(['Organisers of public displays must register each display 28 days in advance.']);
		expect(texts('Dr Marrant: Bread made with fortified flour will not need a new label.')).toEqual(
			['Bread made with fortified flour will not need a new label.']
		);
	});
});

describe('a debate’s record (derivation 16)', () => {
	it('takes the minister’s words for the policy and a member’s for their view', async () => {
		const { statements, claims } = await reportOf(
			'record.txt',
			'BREAD AND FLOUR (FORTIFICATION) REGULATIONS 2026',
			'Sitting of Tuesday 13 October 2026',
			'The Minister for Public Health (Dr Ilse Marrant): I beg to move, That the draft Bread and Flour (Fortification) Regulations 2026 be approved.',
			'Dr Marrant: The regulations require millers in Belvane to add folic acid to wheat flour at a level of 250 micrograms per 100 grams of flour.',
			'Mr Tobias Renn (Hallow Vale): Mass medication of the food supply without consent is wrong in principle. People who want folic acid can buy a supplement for a few sorin.',
			'Question put, That amendment (a) be made.',
			'Resolved, That the draft Bread and Flour (Fortification) Regulations 2026 be approved.'
		);
		expect(statements.some((s) => /250 micrograms per 100 grams/.test(s))).toBe(true);
		expect(statements.filter((s) => /medication|supplement/.test(s))).toEqual([]);
		expect(claims.filter((c) => /Question put|Resolved/.test(c))).toEqual([]);
	});

	it('gives no card to a question asked, a consultation or the record’s own notes', () => {
		const ctx = { names: new Set<string>() };
		expect(
			notPolicy(
				'Cllr Dunstan asked whether religious and cultural festivals would be included.',
				ctx
			)
		).toBe('question');
		expect(
			notPolicy(
				'The regulations were subject to public consultation between January and April 2026.',
				ctx
			)
		).toBe('procedure');
		expect(
			notPolicy(
				"Corrections to Members' own speeches may be submitted within two working days.",
				ctx
			)
		).toBe('procedure');
	});
});

describe('what a learner could not get wrong or could not place (derivation 16)', () => {
	const ctx = { names: new Set<string>(), headline: 'Flour to be fortified with folic acid' };

	it('gives no card to "need do nothing further", "therefore" or "seen by"', () => {
		expect(notStandAlone('Bakers who buy fortified flour need do nothing further.', ctx)).toBe(
			'vague'
		);
		expect(notStandAlone('Gluten-free flours are therefore not covered.', ctx)).toBe('pointer');
		expect(
			notStandAlone(
				'The Act’s text, seen by the Lisk Press Agency, refers to a limit set by regulations.',
				ctx
			)
		).toBe('attribution');
		expect(notStandAlone('Paragraphs and do not apply to lead bullets.', ctx)).toBe(
			'cross-reference'
		);
		expect(
			notStandAlone('The new amounts apply to any election from 1 January 2027.', ctx)
		).toMatch(/unresolved/);
	});
});

describe('options and flips a learner could not hold (derivation 16)', () => {
	it('flips no relative clause’s reason, and never writes "may does not require"', () => {
		expect(
			flipped(
				'Independent schools are exempt, as are special schools for pupils with complex medical needs, which may require adapted clothing.'
			)
		).toBeUndefined();
		expect(flipped('Shops may require proof of age.')).toBeUndefined();
		expect(flipped('The Act requires firms to register.')).toBe(
			'The Act does not require firms to register.'
		);
	});

	it('offers no option in which the two sources agree', () => {
		const item = disputeItem('f1', {
			kind: 'figure',
			topic: 'the number of hours a day an offender can be confined at home',
			sides: [
				{ source: 'Justice Ministry', value: 'up to 16 hours a day' },
				{ source: 'National Probation Service', value: '14 hours' }
			]
		} as Parameters<typeof disputeItem>[1]);
		expect(item).not.toBeNull();
		for (const choice of item!.choices ?? []) {
			const [first, second] = choice.split('; ').map((side) => /\d+/.exec(side)?.[0]);
			expect(first, choice).not.toBe(second);
		}
	});
});

describe('a page’s address above it (derivation 16)', () => {
	it('is not the headline', () => {
		const cleaned = cleanRawText(
			[
				'https://www.moneyhelm.example/motoring/2026/02/09/electric-car-per-km-charge-explained',
				'MoneyHelm  |  Money  |  Bills  |  Motoring  |  Tax',
				'Electric car drivers will pay by the kilometre: your questions answered',
				'By Tomas Greval, Consumer Editor',
				'Tarsany’s parliament last week approved the Road Use (Electric Vehicles) Charge, which makes owners of electric cars pay for each kilometre they drive. Here is how the charge will work.',
				'From 1 July 2026, owners of battery-electric cars registered in Tarsany will pay a road-use charge of 2.80 kesh for every 100 km driven.'
			].join('\n')
		);
		expect(cleaned.title).toBe(
			'Electric car drivers will pay by the kilometre: your questions answered'
		);
	});
});

describe('held-out 16’s transcript and explainer, after judge Q (derivation 16)', () => {
	const ctx = { names: new Set(['Maravel']), headline: 'THE NINE O’CLOCK REPORT — TRANSCRIPT' };

	it('reads "photo identification", "Voters across X … they" and "the Chamber votes to renew it"', () => {
		expect(
			notStandAlone(
				'Voters across Maravel will have to show photo identification before they can vote.',
				ctx
			)
		).toBeNull();
		expect(
			notStandAlone(
				'The Electoral Integrity Act expires at the end of 2031 unless the Chamber votes to renew it.',
				ctx
			)
		).toBeNull();
		// A caption's "Photo:" is still no claim.
		expect(notStandAlone('Photo shows the minister at the count.', ctx)).toBe('fragment');
	});

	it('places a month named without its year by its clause’s tense', () => {
		const march28 = new Date(Date.UTC(2026, 2, 28));
		expect(
			absoluteDates(
				'The Regulations were approved by the Dunmorrow parliament in November.',
				march28
			)
		).toBe('The Regulations were approved by the Dunmorrow parliament in November 2025.');
		expect(absoluteDates('The rules will apply in September.', march28)).toBe(
			'The rules will apply in September 2026.'
		);
		// A range's year is its last month's; what comes round every year has none.
		expect(absoluteDates('The consultation ran between January and April 2026.', march28)).toBe(
			'The consultation ran between January and April 2026.'
		);
		expect(absoluteDates('Fees rise each year in April.', march28)).toBe(
			'Fees rise each year in April.'
		);
	});

	it('gives no card to a consultation’s dates or a draft’s figure', () => {
		expect(
			notPolicy(
				'The authority published its final decision after a consultation that began in February 2026.',
				ctx
			)
		).toBe('procedure');
		expect(
			notPolicy(
				'The draft published for consultation in November 2025 had set the cut-off at 20 cm.',
				ctx
			)
		).toBe('procedure');
		// The decision's own date stays a card.
		expect(
			notPolicy(
				'The Directorate confirmed the rules on 10 March 2026 after a consultation that closed in January 2026.',
				ctx
			)
		).toBeNull();
	});
});

describe('numbers and blanks held-out 16’s judge found absurd or ambiguous (derivation 16)', () => {
	it('asks 31 consecutive days against round days, and keeps a change told after the blank', () => {
		const days = numberShifts(31, {
			before: 'lettings of less than ',
			after: ' consecutive days.'
		});
		expect(days?.slice(0, 3).every((v) => [7, 10, 14, 21, 28, 45, 60, 90].includes(v))).toBe(true);
		const fewer = numberShifts(10, {
			before: 'Unpaid work must begin within ',
			after: ' working days of sentence, down from 20.'
		});
		for (const v of fewer ?? []) expect(v).toBeLessThan(20);
	});

	it('blanks no word of a name and no "one of three"', async () => {
		const { facts } = await factsReport([
			{
				name: 'charge.txt',
				text: [
					'Tarsany approves road-use charge for electric cars',
					'Published 9 February 2026',
					'Tarsany’s parliament approved the Road Use (Electric Vehicles) Charge on Tuesday.',
					'In Tarsany, a judge may still send an offender to prison for a short term only if one of three conditions is met.'
				].join('\n\n')
			}
		]);
		const answers = facts.flatMap((f) => f.quiz.map((q) => q.answer));
		expect(answers).not.toContain('Road Use');
		expect(answers).not.toContain('one of three');
	});
});

describe('held-out 17, after judge R (derivation 16)', () => {
	it('keeps a point the next paragraph says the sources give differently off the cards', async () => {
		const { claims } = await reportOf(
			'parcels.txt',
			'Brelmark scraps duty-free allowance for cheap online parcels',
			'Published 12 March 2026',
			'Brelmark’s parliament passed the Customs (Low-Value Consignments) Act on Tuesday.',
			'Every consignment will also attract a flat customs handling fee of 3 pellars.',
			'Here the government’s own documents diverge. The Finance Ministry’s explanatory memorandum describes the fee as payable once per parcel. The Customs Service’s draft guidance says the fee is charged per item line.'
		);
		expect(claims.filter((c) => /handling fee/.test(c))).toEqual([]);
	});

	it('takes a regulation named in a circular for the story’s, not the act it is made under', () => {
		const frame = policyFrame(
			'HIGHER EDUCATION FUNDING COUNCIL OF SUNDRAVIA',
			[
				'This circular informs institutions of the Higher Education (International Admissions) Regulation 2026, made by the Minister under section 31 of the Universities Act 2019.',
				'From 2027/28 the number of international students in Sundravia may not exceed 20 per cent of a university’s entrants.',
				'A student ordinarily resident in Sundravia for three years is not counted.',
				'Universities in Sundravia must report their intake by 30 October 2026.'
			].join('\n'),
			'This circular informs institutions of the Higher Education (International Admissions) Regulation 2026.'
		);
		expect(frame.main).toBe('the Higher Education (International Admissions) Regulation');
		// "and Article 9 of the Public Health Act" after "having regard to …": a parent act too.
		const decree = policyFrame(
			'School meals decree',
			[
				'The Government of Norvalle, having regard to Article 41 of the Education Act and Article 9 of the Public Health Act, decrees:',
				'Desserts in Norvalle may be served no more than once a day.'
			].join('\n'),
			'The Government of Norvalle, having regard to Article 41 of the Education Act and Article 9 of the Public Health Act, decrees:'
		);
		expect(decree.main).toBeUndefined();
	});

	it('takes no people’s possessive for the owner: "Children’s bags", "the Honourable Member’s question"', () => {
		const frame = policyFrame(
			'Airlines must carry a cabin bag for free',
			[
				'Children’s bags count in the same way. Children’s seats must be next to a parent.',
				'Airlines in Calvary must carry one cabin bag free from 1 June, the Calvary Transport Ministry said.'
			].join('\n'),
			'Children’s bags count in the same way.'
		);
		expect(frame.owner).not.toBe('Children');
	});

	it('gives no card to a written question’s words, a PDF’s note or "for other staff" after a frame', () => {
		const ctx = { names: new Set<string>() };
		expect(
			notPolicy(
				'To ask the Minister of the Interior whether the requirement will apply to special constables.',
				ctx
			)
		).toBe('question');
		expect(notPolicy('Layout, tables and annexes may not be reproduced accurately.', ctx)).toBe(
			'procedure'
		);
		expect(
			notStandAlone(
				'Under the Hospital Parking (Charges) Regulations, for other staff, charges will be capped at ₸25 a month.',
				ctx
			)
		).toBe('pointer');
	});
});
