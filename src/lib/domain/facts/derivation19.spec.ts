/**
 * Derivation 19: what held-out 19 and 20's judged failures still showed. A debate's record
 * names a speaker in full once and by name alone after that ("Seraphine Wraybourne: The Bill
 * will …"), so the label stayed in the claim and members' plain-named speeches read as policy;
 * "the Minister's figure" and "the Standards Committee's amendment" made a minister or a
 * committee the policy's owner; "No petition may be opened …" read as a reaction because it
 * says "petition"; "they" and "their" bound inside a list subject or a "who" clause were taken
 * for pronouns pointing out of the card.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsReport } from './report';
import { entityNames, notPolicy, notStandAlone, resolveEntities } from './standalone';
import { listSentences } from './lists';
import { claimsOf } from './claims';
import { numberShifts } from '../quiz/numbers';
import { framed, policyFrame } from './frame';

async function reportOf(name: string, ...lines: string[]) {
	const { facts } = await factsReport([{ name, text: lines.join('\n\n') }]);
	const quiz = facts.flatMap((f) => f.quiz);
	return {
		statements: facts.map((f) => f.statement),
		claims: quiz.map((q) => q.claim ?? q.prompt)
	};
}

describe('a debate’s record with speakers named alone (derivation 19)', () => {
	const record = [
		'Licensing of Short Lets Bill — Report Stage',
		'Debated on Wednesday 14 October 2026',
		'The Minister for Housing (Aurelie Penhallow): I beg to move, That the Bill be now read a second time.',
		'Hosts in Carvenna will need a licence from their council before letting a home for fewer than 30 nights.',
		'Mr Dario Feltwell (Marrow Bay) (Opp): The licence fee will drive small hosts out of the market.',
		'Dario Feltwell: Hosts will stop letting altogether, and the Minister knows it.',
		'Aurelie Penhallow: The Bill will come into force on 1 April 2027. A licence will last three years.'
	];

	it('reads the minister’s words without her label, and a member’s as his view', async () => {
		const { claims, statements } = await reportOf('record.txt', ...record);
		expect(statements.some((s) => /Penhallow|Feltwell/.test(s))).toBe(false);
		expect(statements.some((s) => /stop letting altogether/.test(s))).toBe(false);
		expect(claims).toContain(
			'The Licensing of Short Lets Bill will come into force on 1 April 2027.'
		);
	});

	it('names the bill the headline names, where the article has no owner to name it by', () => {
		const frame = policyFrame(record[0]!, record.slice(1).join('\n'), record[3]!);
		expect(frame.owner).toBeUndefined();
		expect(framed('The Bill will come into force on 1 April 2027.', frame, 0)?.text).toBe(
			'The Licensing of Short Lets Bill will come into force on 1 April 2027.'
		);
		// Under a headline with no act, "The Bill" still cannot stand alone.
		const bare = policyFrame('Short lets: MPs back licences', record.slice(1).join('\n'), '');
		const claim = framed('The Bill will come into force on 1 April 2027.', bare, 0)?.text ?? '';
		expect(
			notStandAlone(claim, { names: new Set(), headline: 'Short lets: MPs back licences' })
		).toMatch(/unresolved/);
	});
});

describe('whose policy it is (derivation 19)', () => {
	it('is never a minister or a committee named in the possessive', () => {
		const body = [
			'The Government accepted the Standards Committee’s amendment to lower the trigger to 10 days.',
			'On the Minister’s figure a petition would need 7,500 signatures.',
			'Voters in Brodhallen will be able to recall their Member between elections.'
		].join('\n');
		const frame = policyFrame('Recall of Members Bill — Third Reading', body, '');
		expect(frame.owner).toBeUndefined();
		const placed = policyFrame(
			'Recall petitions approved',
			`${body}\nBrodhallen’s electoral board will run each petition.`,
			''
		);
		expect(placed.owner).toBe('Brodhallen');
	});

	it('lets a headline say which fine a value noun is, where no place can', () => {
		const body = [
			'Parents in Sarnholt who take children out of school for a holiday will be fined.',
			'On the Education Minister’s figures, fines rose by a third last year.',
			'The fine rises from 60 to 80 penlets per parent per child if paid within 21 days.'
		].join('\n');
		const frame = policyFrame('School absence fines: new national rules', body, '');
		expect(
			framed(
				'The fine rises from 60 to 80 penlets per parent per child if paid within 21 days.',
				frame,
				0
			)?.text
		).toMatch(/^(?:In Sarnholt, the|The) fine rises from 60 to 80 penlets/);
	});
});

describe('a petition is not always a protest (derivation 19)', () => {
	const ctx = { names: new Set<string>(['Brodhallen']), headline: 'Recall petitions approved' };

	it('keeps a rule about petitions and drops a petition against a rule', () => {
		expect(
			notPolicy(
				'No petition may be opened in the six months before a general election is due.',
				ctx
			)
		).toBeNull();
		expect(
			notPolicy('More than 40,000 residents signed a petition against the new charge.', ctx)
		).toBe('reaction');
		expect(notPolicy('Campaigners petitioned the council to scrap the fee.', ctx)).toBe('reaction');
	});
});

describe('pronouns bound inside the claim (derivation 19)', () => {
	const ctx = { names: new Set<string>(['Vasquenne']), headline: 'Calories on menus from 2027' };

	it('binds “they” to a subject that lists plurals', () => {
		expect(
			notStandAlone(
				'Large cafés, restaurants, takeaways and delivery platforms will have to display the calorie content of the food and soft drinks they sell.',
				ctx
			)
		).toBeNull();
	});

	it('binds “their” after “directors, or” and “they” inside a “who” clause', () => {
		// "cannot be claimed by" is a benefit claimed, not an attribution.
		expect(
			notStandAlone(
				'The allowance cannot be claimed by company directors, or their family members, who receive tips in a business they own.',
				{ ...ctx, headline: 'Tips allowance: who can claim' }
			)
		).toBeNull();
	});

	it('still refuses a “they” with nothing in the claim to go back to', () => {
		expect(notStandAlone('They will have to display the calorie content of food.', ctx)).toBe(
			'pronoun'
		);
		expect(
			notStandAlone('The ministry will publish the calorie content of the food they sell.', ctx)
		).toBe('pronoun');
	});
});

describe('a name the article defines for itself (derivation 19)', () => {
	it('reads “the Order” as the order the notice defined', async () => {
		const { claims, statements } = await reportOf(
			'notice.txt',
			'NOTICE ON THE PHASE-OUT OF PETROL LAWN MOWERS',
			'Date of issue: 12.05.2026',
			'1.1 This notice sets out the rules under the Lawn Equipment (Emissions) Order 2026 ("the Order"), which the Council of Ministers adopted on 5 May 2026.',
			'2.1 Ride-on mowers used on farms are not covered by the Order.',
			'2.2 The Order covers new petrol lawn mowers with an engine below 5 kW.'
		);
		expect(statements).toContain(
			'Ride-on mowers used on farms are not covered by the Lawn Equipment (Emissions) Order 2026.'
		);
		expect(claims).toContain(
			'The Lawn Equipment (Emissions) Order 2026 covers new petrol lawn mowers with an engine below 5 kW.'
		);
		expect(statements.some((c) => /\bthe Order\b/.test(c))).toBe(false);
	});

	it('never reads “the Tribunal Service” as a tribunal with “Service” after it', () => {
		const entities = entityNames(['Appeals go to the Employment Appeal Tribunal.']);
		expect(resolveEntities('The Tribunal Service gives it as 65 pallons.', entities)).toBe(
			'The Tribunal Service gives it as 65 pallons.'
		);
		expect(resolveEntities('The Tribunal will hear appeals.', entities)).toBe(
			'The Employment Appeal Tribunal will hear appeals.'
		);
	});
});

describe('a list keeps one kind of marker (derivation 19)', () => {
	it('ends a lettered list at a numbered heading or a page marker', () => {
		const body = (text: string) => ({ kind: 'body' as const, text });
		const read = listSentences([
			body('6.2 The restrictions on use do not apply to:'),
			body('(a) farming and forestry operations;'),
			body('(b) sports grounds, between 07:00 and 09:00 on weekdays only.'),
			body('— EPD/N/2026/11 — Page 2 of 4 —'),
			body('7. Replacement grant'),
			body('7.1 Small businesses may apply for a grant.')
		]);
		expect(read.get(1)).toMatch(
			/The restrictions on use do not apply to farming and forestry operations\.$/
		);
		expect(read.has(3)).toBe(false);
		expect(read.has(4)).toBe(false);
	});
});

describe('two sources that give one point two values, side by side (derivation 19)', () => {
	it('never keys one side, though no word says they differ', async () => {
		const { facts } = await factsReport([
			{
				name: 'stoves.txt',
				text: [
					'Wood stove limits: what the new rules mean',
					'Published 3 October 2026',
					'Stoves in Pellagor’s cities must be certified from 1 November 2027.',
					'The Environment Ministry’s explanatory memorandum states the limit as 2.5 grams per hour. The certification protocol of the Pellagor Standards Bureau gives 4.0 grams per hour.'
				].join('\n\n')
			}
		]);
		const quiz = facts.flatMap((f) => f.quiz);
		expect(quiz.some((q) => q.answer === '2.5' || q.answer === '4.0')).toBe(false);
		expect(facts.some((f) => /^Sources differ on the limit/.test(f.statement))).toBe(true);
	});
});

describe('a document’s own notes (derivation 19)', () => {
	it('gives no card to which text prevails in case of conflict', () => {
		const ctx = { names: new Set<string>() };
		expect(
			notPolicy(
				'In case of conflict, the Environment and Planning Act 2025 and the Order prevail.',
				ctx
			)
		).toBe('procedure');
		expect(notPolicy('The Order prevails over local by-laws on noise.', ctx)).toBeNull();
	});
});

describe('“from the same date” (derivation 19)', () => {
	it('is the date the rule before it starts from', async () => {
		const { claims } = await reportOf(
			'tips.txt',
			'Pollemby tips allowance: what changes for workers',
			'Published 2 March 2027',
			'Workers in Pollemby may receive the first 3,000 drammets of tips a year free of income tax from 6 April 2027 until 5 April 2030.',
			'From the same date, employers must pass every tip paid by card to staff within 30 days.'
		);
		expect(claims).toContain(
			'From 6 April 2027, employers must pass every tip paid by card to staff within 30 days.'
		);
		expect(claims.some((c) => /same date/.test(c))).toBe(false);
	});
});

describe('held-out 21’s pages (derivation 19)', () => {
	it('ends a sentence at a footnote’s mark and keeps the mark out of the claim', async () => {
		const { claims, statements } = await reportOf(
			'plants.txt',
			'Goodbye, pampas grass: what the new plant sales ban in Tessary means',
			'November 24th, 2026',
			'From 1 March 2027 it will be illegal to sell any of the listed plants anywhere in Tessary — garden centres, market stalls and online marketplaces included. The ban covers seeds, cuttings, bulbs and whole plants.¹ The plants on the list include:',
			'• pampas grass;',
			'• water fern.',
			'Businesses that sell listed plants face fines of up to 10,000 pellions.',
			'¹ The ministry’s press release says the Order covers 14 species.'
		);
		expect(statements).toContain('The ban covers seeds, cuttings, bulbs and whole plants.');
		expect([...claims, ...statements].some((c) => /¹/.test(c))).toBe(false);
		expect(claims).toContain(
			'Businesses that sell listed plants face fines of up to 10,000 pellions.'
		);
	});

	it('reads “it will be illegal to” as no pronoun, and drops a closing “— … included” aside', () => {
		const ctx = { names: new Set(['Tessary']), headline: 'Plant sales ban in Tessary' };
		expect(
			notStandAlone('From 1 March 2027 it will be illegal to sell pampas grass in Tessary.', ctx)
		).toBeNull();
		expect(notStandAlone('It will be illegal from March.', ctx)).toBe('pronoun');
	});

	it('reads “Any stock …” and “Each operator …” as determiners, “Any that …” as a pronoun', () => {
		const ctx = { names: new Set<string>(), headline: 'Plant sales ban: no grace period' };
		expect(
			notStandAlone('Any stock still on the shelves on 1 March 2027 must be withdrawn.', ctx)
		).not.toBe('pronoun');
		expect(
			notStandAlone('Each operator will pay a licence fee of 40 quandels per scooter.', ctx)
		).not.toBe('pronoun');
		expect(notStandAlone('Any that die must be replaced.', ctx)).toBe('pronoun');
		expect(notStandAlone('Each must register by 1 March 2027.', ctx)).toBe('pronoun');
	});

	it('never takes a word the article writes in lower case for the policy’s owner', () => {
		const body = [
			'[Image: Parrot’s feather choking a farm pond. Caption: Parrot’s feather can cover a pond.]',
			'The plants on the list include parrot’s feather and water fern.',
			'Businesses that sell listed plants face fines of up to 10,000 pellions.'
		].join('\n');
		expect(policyFrame('Plant sales ban', body, '').owner).toBeUndefined();
	});

	it('keeps a decision’s download links and case record out of its headline and text', async () => {
		const name = '228-morwendy-tenant-pet-consent-decision.txt';
		const text = readFileSync(new URL(`./fixtures/heldout-21/${name}`, import.meta.url), 'utf8');
		const { articles, facts } = await factsReport([{ name, text }]);
		expect(articles[0]!.title).toBe('Residential Property Tribunal — Decision summary');
		expect(facts.some((f) => f.evidence.some((e) => /Download|Applicant/.test(e.text)))).toBe(
			false
		);
		expect(facts.flatMap((f) => f.quiz).map((q) => q.claim)).toContain(
			"Under the Renting Homes (Pets) Act 2025 a landlord may not unreasonably refuse a tenant's written request to keep a pet."
		);
	});
});

describe('held-out 21’s transcripts and answers (derivation 19)', () => {
	const ctx = { names: new Set(['Drummerin']), headline: 'Four weeks and then you pay' };

	it('drops a worked example, a verbless quote under a frame and a vote with nothing to learn', () => {
		expect(notStandAlone('For example, a new car park with 120 spaces must cover 60.', ctx)).toBe(
			'worked example'
		);
		expect(
			notStandAlone(
				'Under the Work Placements Act, ten weeks, full time, 37 and a half hours a week, no pay, not even travel.',
				ctx
			)
		).toBe('fragment');
		expect(
			notStandAlone(
				'From 1 January 2027 the surcharge will be 2% of the value each year, on top of ordinary rates.',
				ctx
			)
		).not.toBe('fragment');
		expect(notPolicy('The Work Placements Act cleared its last vote.', ctx)).toBe('procedure');
		expect(
			notPolicy('Endravel last raised the participation age, from 15 to 16, in 1994.', ctx)
		).toBe('history');
	});

	it('reads a podcast host’s “So, the headline:” as no word of the claim', async () => {
		const { claims } = await reportOf(
			'podcast.txt',
			'Episode 118: Four weeks and then you pay',
			'Posted 6 hours ago',
			'BEN: The Work Placements Act passed in Drummerin this week.',
			'SASHA: So, the headline: from 1 September 2027, an unpaid internship in Drummerin can last no more than four weeks.'
		);
		expect(claims.some((c) => /headline/.test(c))).toBe(false);
		expect(claims.some((c) => /\b[Ff]rom 1 September 2027, an unpaid internship/.test(c))).toBe(
			true
		);
	});

	it('names the one set of regulations an article gives where it says “the Regulations”', async () => {
		const { statements } = await reportOf(
			'answer.txt',
			'Question UIN 4471 — Car parks: solar power',
			'Answered 7 September 2026',
			'The Building Standards (Car Park Solar) Regulations were laid before the Assembly on Friday.',
			'The Building Standards Agency will enforce the Regulations.'
		);
		expect(statements).toContain(
			'The Building Standards Agency will enforce the Building Standards (Car Park Solar) Regulations.'
		);
	});
});

describe('a disagreement no card can name is still one (derivation 19)', () => {
	it('keys neither side of a footnote’s 14 or 16 species', async () => {
		const { facts } = await factsReport([
			{
				name: 'plants.txt',
				text: [
					'Plant sales ban: what it means for Tessary gardeners',
					'November 24th, 2026',
					'From 1 March 2027 shops in Tessary may not sell the plants on the list.',
					'¹ The Environment Ministry’s press release says the Order covers 14 species. The schedule to the Order, published on the Plant Health Service website, lists 16. We’ve asked the Ministry which figure is right.'
				].join('\n\n')
			}
		]);
		const quiz = facts.flatMap((f) => f.quiz);
		expect(quiz.some((q) => /\b1[46]\b/.test(q.answer))).toBe(false);
		expect(facts.some((f) => /^Sources differ/.test(f.statement))).toBe(true);
	});

	it('reads “told us it’s up to 8,000” as a second side', async () => {
		const { facts } = await factsReport([
			{
				name: 'fine.txt',
				text: [
					'Unpaid internships capped at four weeks in Drummerin',
					'Posted 6 November 2026',
					'SASHA: The Labour Ministry’s guidance says the fine is up to 5,000 ferrits per intern. The Fair Work Inspectorate’s head of enforcement told us it’s up to 8,000 ferrits per intern.'
				].join('\n\n')
			}
		]);
		const settled = facts.flatMap((f) => f.quiz).filter((q) => !/^Sources differ/.test(q.prompt));
		expect(settled.some((q) => /5,000|8,000/.test(q.answer))).toBe(false);
		expect(facts.some((f) => /^Sources differ/.test(f.statement))).toBe(true);
	});
});

describe('numbers near a change that is not round (derivation 19)', () => {
	it('offers round values either side of “up from 151 to 196”, never its multiples', () => {
		const shifts =
			numberShifts(196, {
				before: 'The weekly earnings limit is going up from 151 quarrins to ',
				after: ' quarrins a week in April 2027.'
			}) ?? [];
		expect(shifts.length).toBeGreaterThanOrEqual(3);
		expect(shifts.every((v) => v > 151 && v <= 151 + 3 * 45)).toBe(true);
		expect(shifts.some((v) => v < 196)).toBe(true);
		expect(shifts.some((v) => v % 196 === 0)).toBe(false);
		expect(shifts.every((v) => v % 10 === 0)).toBe(true);
	});
});

describe('a tribunal’s summary of the law (derivation 19)', () => {
	const summary = [
		'Residential Property Tribunal — Decision summary',
		'Promulgated: 2026/03/11',
		'This summary is provided to help understand the decision.',
		'1. Under the Renting Homes (Pets) Act 2025, which came into force on 1 September 2025, a landlord may not unreasonably refuse a tenant’s written request to keep a pet. The landlord must reply in writing within 28 days.',
		'2. A refusal must give reasons. Section 4 of the Act lists the grounds on which a refusal is to be treated as reasonable:',
		'(a) the animal is too large for the size of the home;',
		'(b) the animal is of a type that requires a licence to keep.',
		'6. The Tribunal found the refusal unreasonable. Ground (b) only applies where the freeholder has actually been asked and has refused.'
	];

	it('puts the act before a rule the headline does not name, and no list case alone', async () => {
		const { statements } = await reportOf('decision.txt', ...summary);
		const name = '228-morwendy-tenant-pet-consent-decision.txt';
		const text = readFileSync(new URL(`./fixtures/heldout-21/${name}`, import.meta.url), 'utf8');
		const { facts } = await factsReport([{ name, text }]);
		expect(facts.flatMap((f) => f.quiz).map((q) => q.claim)).toContain(
			'Under the Renting Homes (Pets) Act, the landlord must reply in writing within 28 days.'
		);
		expect(statements.some((s) => /^The animal is/.test(s))).toBe(false);
		expect(statements.some((s) => /^(?:Under [^,]+, )?[Gg]round only applies/.test(s))).toBe(false);
	});

	it('calls a list that lost its “and …” cut short', () => {
		const ctx = { names: new Set<string>(), headline: 'Subscription reminders' };
		expect(
			notStandAlone(
				'The reminder must state the price that will be charged, the date of the first payment.',
				ctx
			)
		).toBe('cut short');
		expect(
			notStandAlone(
				'The reminder must state the price that will be charged, the date of the first payment and how to cancel.',
				ctx
			)
		).toBeNull();
	});
});

describe('a phase-in that says nothing of its steps (derivation 19)', () => {
	it('is vague; one with its dates is not', () => {
		const ctx = { names: new Set(['Ostrabel']), headline: 'Ostrabel carbon border levy' };
		expect(notStandAlone('The Carbon Border Adjustment Levy will be phased in.', ctx)).toBe(
			'vague'
		);
		expect(
			notStandAlone(
				'The Carbon Border Adjustment Levy will be phased in from 1 January 2027 to 1 January 2030.',
				ctx
			)
		).not.toBe('vague');
	});
});

describe('a list’s last case told with “Also” (derivation 19)', () => {
	it('keeps the case and drops the “Also”', () => {
		expect(
			claimsOf('Also outside the levy are goods re-exported within six months.', null).map(
				(c) => c.text
			)
		).toEqual(['Outside the levy are goods re-exported within six months.']);
	});
});

describe('a frame’s preposition is no verb (derivation 19)', () => {
	it('keeps “Under the … Act, the right applies to …” whatever the tagger makes of “right”', () => {
		const ctx = { names: new Set<string>(), headline: 'Paid bereavement leave' };
		expect(
			notStandAlone(
				'Under the Employment (Bereavement Leave) Act, the right applies to deaths on or after 1 April 2026.',
				ctx
			)
		).toBeNull();
	});
});
