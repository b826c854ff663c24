/**
 * Derivation 21: what held-out 23 to 26's judged failures still showed, each tested here on
 * text of its own. A card's context was page furniture where a paywall's count, a service's
 * "BETA" line or a forum's rules stood above the headline, or where a bill's name had "Post-" in
 * it; "the order", "the floor", "the fee" pointed back to a thing the article had introduced as
 * "a sobriety monitoring order"; two sources that bounded one thing with two figures, or ended it
 * on two dates, paragraphs apart and never called a disagreement, gave a settled card.
 */
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../article';
import { cleanRawText } from '../clean/cleaner';
import { findHeadline } from '../clean/header';
import { introduced } from './resolve';
import { givenOtherwise } from './disputes';
import { factsReport } from './report';
import { claimsOf } from './claims';
import { policyFrame } from './frame';
import { entityNames, notPolicy, notStandAlone, resolveEntities } from './standalone';
import { numberVariants } from '../quiz/distractors';

const titleOf = (...lines: string[]) => cleanRawText(lines.join('\n')).title;

describe('headlines under page furniture (derivation 21)', () => {
	it('passes over a paywall’s count of free articles', () => {
		expect(
			titleOf(
				'THE GRENMOOR COURANT',
				'You have read 4 of your 5 free articles this month. Subscribe from 2 dallers a week. [Subscribe]',
				'Bus fares to be capped at 2 dallers a journey — but only on weekdays',
				'By Ines Harrowgate',
				// The paywall's line shares three words with the opening ("dallers", "week", "month").
				'Ministers confirmed this month that no bus journey in Grenmoor will cost more than 2 dallers, or 10 dallers a week, from 1 March 2027.'
			)
		).toBe('Bus fares to be capped at 2 dallers a journey — but only on weekdays');
	});

	it('tries the next prose when a banner written as a sentence stands above the headline', () => {
		const lines = [
			'[Crest] PELLARA.GOV — The official portal of the Government of Pellara',
			'BETA  This is a new service – your feedback will help us to improve it.',
			'Home > Housing > Renting',
			'Deposit protection: what your landlord must do',
			'The Tenancy Deposits Act requires every landlord in Pellara to protect a tenant’s deposit in an approved scheme within 30 days of receiving it.',
			'A landlord who does not protect a deposit must repay it to the tenant in full.'
		];
		expect(findHeadline(lines)?.titleIndex).toBe(3);
		expect(titleOf(...lines)).toBe('Deposit protection: what your landlord must do');
	});

	it('still refuses a later line when what it passes over is the story’s own first paragraph', () => {
		// No headline at all: the subheading in the body is not made one, and the first
		// paragraph is not thrown away as the header's.
		const lines = [
			'Renting rules',
			'Landlords in Pellara must protect every tenant’s deposit in an approved scheme within 30 days, the housing ministry said on Monday.',
			'The deposit rule starts on 1 May 2027 and covers every new tenancy signed from that date.',
			'What landlords must do',
			'Landlords must give every tenant the deposit scheme’s name and the deposit’s reference within 30 days.'
		];
		const header = findHeadline(lines);
		expect(header === null || header.titleIndex === 0).toBe(true);
		expect(
			cleanRawText(lines.join('\n'))
				.paragraphs.map((p) => p.text)
				.join(' ')
		).toContain('must protect every tenant’s deposit');
	});

	it('reads a bill named "Post-Employment" as a headline, not a newspaper’s name', () => {
		expect(
			titleOf(
				'OFFICIAL RECORD — Chamber of Deputies of Vellmark',
				'Public Office (Post-Employment Standards) Bill',
				'Third Reading',
				'The Minister for Public Integrity (Ada Korrin): I beg to move, That the Bill be now read the Third time.',
				'The Bill bars a former minister from lobbying their old office for two years after leaving public office.'
			)
		).toBe('Public Office (Post-Employment Standards) Bill');
	});
});

describe('a thing the article introduced, named as it was (derivation 21)', () => {
	const earlier =
		'Under the Criminal Justice Act, a judge can impose a sobriety monitoring order on an offender aged 18 or over. ';

	it('gives "the order" the modifiers it was introduced with', () => {
		expect(introduced('The order can last up to 120 days.', earlier)).toBe(
			'The sobriety monitoring order can last up to 120 days.'
		);
		expect(introduced('An offender who breaches the order can be fined.', earlier)).toBe(
			'An offender who breaches the sobriety monitoring order can be fined.'
		);
	});

	it('leaves it when the introduction says nothing of which, or the article has two', () => {
		expect(introduced('The order can last up to 120 days.', 'A judge can make a new order. ')).toBe(
			'The order can last up to 120 days.'
		);
		expect(
			introduced(
				'The order can last up to 120 days.',
				`${earlier}A court can also make a curfew order. `
			)
		).toBe('The order can last up to 120 days.');
	});

	it('leaves a possessor, a noun the claim itself names, and a noun with its complement', () => {
		const force = 'Officers are referred to a hospital unless force is used. ';
		expect(introduced('The matter goes to the force’s standards department.', force)).toBe(
			'The matter goes to the force’s standards department.'
		);
		expect(
			introduced(
				'Batteries must keep 80% of their capacity unless the user can replace the battery.',
				'Phones must come with a genuine battery. '
			)
		).toBe('Batteries must keep 80% of their capacity unless the user can replace the battery.');
		expect(introduced('The order of the court stands.', earlier)).toBe(
			'The order of the court stands.'
		);
	});

	it('keeps the claim as it was when the name would make it too long for a card', () => {
		const long =
			'The order, which a judge may attach to a community sentence or a suspended sentence or a licence, can last up to 120 days in all.';
		expect(introduced(long, earlier)).toBe(long);
	});
});

describe('a detail two sources give otherwise, never flagged (derivation 21)', () => {
	const body = (...texts: string[]): Paragraph[] => texts.map((text) => ({ kind: 'body', text }));

	it('reads a figure bounded the same way by another source, paragraphs away', () => {
		const paragraphs = body(
			'The tag can be worn for up to 90 days, the ministry said in a statement.',
			'Courts in the capital expect to order several hundred tags.',
			'"Judges will be able to impose the tag for up to 150 days," the probation chief said.'
		);
		expect(givenOtherwise(paragraphs[0]!.text, paragraphs, 0)).toBe(true);
		// Bounded the other way ("at least"), or in another unit, it is another rule.
		const other = body(
			'The tag can be worn for up to 90 days, the ministry said in a statement.',
			'"Offenders must wear it for at least 30 days," the probation chief said.',
			'"Fines can reach up to 2,000 dallers," a judge said.',
			// A demand is what someone wants, not their account of the rule.
			'The campaign said the tag should be worn for up to 60 days.'
		);
		expect(givenOtherwise(other[0]!.text, other, 0)).toBe(false);
	});

	it('reads the figure of the same noun given otherwise by another source', () => {
		const paragraphs = body(
			'Platforms must report a seller with a threshold of 30 sales a year, the minister said.',
			'The tax office’s guidance, published on Friday, says the threshold of 40 sales a year applies.'
		);
		expect(givenOtherwise(paragraphs[0]!.text, paragraphs, 0)).toBe(true);
	});

	it('reads a date the same thing ends on, given otherwise by another source', () => {
		const paragraphs = body(
			'According to the department’s circular, the allowance ends on 1 April 2027 for all claims.',
			'"I confirm that the allowance will end for every claimant from 6 April 2027," the minister wrote.'
		);
		expect(givenOtherwise(paragraphs[0]!.text, paragraphs, 0)).toBe(true);
		// Phased dates of different things, each from its own source, are no disagreement.
		const phased = body(
			'According to the department, the allowance ends on 1 April 2027 for new claims.',
			'"Pension credits will end from 6 April 2028," the minister said.'
		);
		expect(givenOtherwise(phased[0]!.text, phased, 0)).toBe(false);
	});

	it('reads a table’s row that gives the date otherwise, though nobody is quoted', () => {
		const paragraphs = body(
			'(i) Automatic transfers of small pots will begin on 1 April 2029.',
			'Milestone | Date',
			'First consolidators authorised | 1 October 2028',
			'First automatic transfers | October 2029'
		);
		expect(givenOtherwise(paragraphs[0]!.text, paragraphs, 0)).toBe(true);
		// The same month in the row, or a row about something else, is no disagreement.
		const agreeing = body(
			'(i) Automatic transfers of small pots will begin on 1 April 2029.',
			'First automatic transfers | April 2029',
			'First consolidators authorised | October 2028'
		);
		expect(givenOtherwise(agreeing[0]!.text, agreeing, 0)).toBe(false);
	});

	it('makes no card of either side in a whole article', async () => {
		const { facts } = await factsReport([
			{
				name: 'tags.txt',
				text: [
					'Courts in Vellmark to order alcohol tags from June',
					'VELLMARK CITY, 27 April 2026 - Courts in Vellmark will be able to order offenders to wear alcohol tags from 1 June 2026, the Justice Ministry said on Monday.',
					'Under the Alcohol Monitoring Act, a judge can impose a sobriety monitoring order on an offender aged 18 or over.',
					'The order can last up to 120 days, the ministry said in a statement.',
					'An offender who breaches the order can be fined up to 2,500 dallers.',
					'"Courts will be able to impose abstinence for up to 180 days, double what the pilot allowed," the probation chief said in an interview.'
				].join('\n\n')
			}
		]);
		const cards = facts.flatMap((f) => f.quiz.map((q) => q.claim ?? q.prompt));
		expect(cards.join('\n')).not.toMatch(/120 days|180 days/);
		expect(facts.map((f) => f.statement).join('\n')).toMatch(/120 days/);
	});
});

describe('the page around a held-out 27 or 28 story (derivation 21)', () => {
	it('takes an embassy’s name in capitals for its letterhead, not the headline', () => {
		expect(
			titleOf(
				'EMBASSY OF THE REPUBLIC OF VELLMARK IN ARDANE',
				'Consular Section',
				'NOTICE TO APPLICANTS: STUDENT VISA FEES',
				'The Embassy informs citizens of Ardane that the Republic of Vellmark will raise the fee for student visa applicants to 90 dallers from 1 May 2027.'
			)
		).toBe('NOTICE TO APPLICANTS: STUDENT VISA FEES');
	});

	it('reads an act’s name as a headline though it has a masthead word, under a wiki’s links', () => {
		expect(
			titleOf(
				'Main page Contents Current events Random article About Wikinet Donate',
				'Heat Network Zoning Act 2026',
				'From Wikinet, the free encyclopedia',
				'The Heat Network Zoning Act 2026 is an Act of the Assembly of Vellmark that lets the ministry name zones where new buildings must join a heat network.'
			)
		).toBe('Heat Network Zoning Act 2026');
	});

	it('passes over a list’s filter row', () => {
		expect(
			titleOf(
				'Written questions and answers',
				'Filter: [Justice] [All departments] Showing 3 of 41 answers published today',
				'Jury Service: Age',
				'Answered today: the Minister of Justice has published the answer on the upper age limit for jury service after the consultation.'
			)
		).toBe('Jury Service: Age');
	});

	it('drops a page’s licence line', () => {
		const page = cleanRawText(
			[
				'Heat network zones: what changes',
				'From 1 January 2027 every new building in a heat network zone must connect to the network.',
				'Text is available under the Wikinet Open Text Licence; additional terms may apply.',
				'Assembly of Vellmark. Content may be reused under the Assembly Open Licence.'
			].join('\n')
		);
		expect(page.paragraphs.map((p) => p.text).join(' ')).not.toMatch(/Licence/);
	});
});

describe('claims of a held-out 27 or 28 story (derivation 21)', () => {
	it('reads an example under its heading past a table’s rows, and no source note or "again"', async () => {
		const { facts } = await factsReport([
			{
				name: 'ranked.txt',
				text: [
					'Ranked voting for mayors in Vellmark',
					'VELLMARK CITY, 3 March 2026 - Mayors in Vellmark will be elected by ranked ballots from 2028 under an Act passed on Tuesday.',
					'3. ^ "Act text, Schedule 2". The threshold is given as 40% in the Act as reported by the Vellmark Review (4 June 2026). However, the Ministry of Local Government\'s guidance for candidates (September 2026) states that new mayors below 50% of first preferences must face a second round.',
					'Example count (illustrative)',
					'Candidate | Round 1 | Round 2',
					'Lenz | 4,100 | 4,600',
					'Lenz wins in round 2 with 4,600 of 9,700 votes still in the count.'
				].join('\n\n')
			}
		]);
		const statements = facts.map((f) => f.statement).join('\n');
		expect(statements).toMatch(/ranked ballots/);
		expect(statements).not.toMatch(/wins in round|second round/);
		expect(notStandAlone('In Vellmark, a learner who misses a test must book again.', ctx)).toBe(
			'pointer'
		);
	});

	const ctx = { names: new Set(['Vellmark']), headline: 'Vellmark milk contracts' };

	it('reads a numbered paragraph without its number', async () => {
		const { facts } = await factsReport([
			{
				name: 'care.txt',
				text: [
					'Care visits in Vellmark to last at least 30 minutes',
					'The Ministry of Care of Vellmark has published the Home Care (Visit Standards) Regulations.',
					'1) From 1 April 2027, any home care visit in Vellmark paid for by a council must last at least 30 minutes.',
					'2) From 1 October 2027, care workers in Vellmark must be paid for the time they spend travelling between visits.'
				].join('\n\n')
			}
		]);
		const prompts = facts.flatMap((f) => f.quiz.map((q) => q.prompt));
		expect(prompts.length).toBeGreaterThan(0);
		expect(prompts.join('\n')).not.toMatch(/(?:^|_____|\s)\d?\)/mu);
	});

	it('does not make a list before a tax’s name its modifier, nor an auxiliary', () => {
		const frame = policyFrame(
			'Marketplaces must report sellers',
			'Online marketplaces in Vellmark will have to report the names, tax numbers and takings of sellers to Vellmark’s revenue service. The minister said the regulations do not change what is taxable. No platform may charge a seller any fee for reporting.',
			''
		);
		expect([...frame.names.values()].join(' | ')).not.toMatch(/names,|do not|any fee/);
	});

	it('keeps a participle set in commas inside its clause', () => {
		expect(
			claimsOf(
				'Platforms must register by 30 September 2027, and will send their first reports, covering calendar year 2028, by 31 January 2029.',
				null
			).map((c) => c.text)
		).not.toContain('Platforms cover calendar year 2028, by 31 January 2029.');
	});

	it('does not cut a clause to leave "and, if they agree"', () => {
		expect(
			claimsOf(
				'From 1 October 2027, families in Vellmark will be able to get a decision before the funeral takes place, and, if they agree, the payment can go straight to the funeral director.',
				null
			).map((c) => c.text)
		).not.toContainEqual(expect.stringMatching(/and, if they agree\.$/u));
	});

	it('makes no card of "more" than nothing said, nor of how many kinds with none named', () => {
		expect(notStandAlone('In Vellmark, no milk contract may demand more.', ctx)).toBe('pointer');
		expect(
			notStandAlone(
				'In Vellmark, fines are 5,000 dallers or 4% of turnover, whichever is higher.',
				ctx
			)
		).toBeNull();
		expect(notStandAlone('In Vellmark, banks may refuse only three kinds of applicant.', ctx)).toBe(
			'says nothing which'
		);
	});

	it('reads "Today … can only" as how things stand, and a yearly sales figure as a statistic', async () => {
		const { facts } = await factsReport([
			{
				name: 'committee.txt',
				text: [
					'Vellmark ministers face a two-year lobbying ban',
					'VELLMARK CITY, 11 June 2026 - Former ministers in Vellmark may not lobby the government for two years after leaving office under a bill passed on Thursday.',
					'Today the Appointments Committee of Vellmark can only advise former ministers.',
					'From 1 July 2027 the Appointments Committee of Vellmark can block a former minister’s new job.',
					'Around 1.1 billion wipes are sold in Vellmark each year.'
				].join('\n\n')
			}
		]);
		const statements = facts.map((f) => f.statement).join('\n');
		// The rule from 1 July 2027 stays; the state before it is no fact of the article's day.
		expect(statements).toMatch(/can block/);
		expect(statements).not.toMatch(/can only advise/);
		expect(facts.flatMap((f) => f.quiz.map((q) => q.prompt)).join('\n')).not.toMatch(/wipes/);
		expect(notPolicy('Around 1.1 billion wipes are sold in Vellmark each year.', ctx)).toBe(
			'market'
		);
	});

	it('asks a share after "the age of 65" as a share, and a short notice against short ones', () => {
		const share = numberVariants('60%', {
			before: 'From the age of 65, judges will be able to work at ',
			after: ' of full hours.',
			percent: true
		});
		expect(share.length).toBeGreaterThanOrEqual(3);
		for (const o of share) expect(Math.abs(Number.parseInt(o, 10) - 60)).toBeGreaterThanOrEqual(5);
		// An age limit's blank is still an age: 76 beside 74 to 79.
		const age = numberVariants('76', {
			before: 'The upper age limit for jury service will rise from 70 to ',
			after: '.'
		});
		for (const o of age) expect(Math.abs(Number(o) - 76)).toBeLessThanOrEqual(3);
		const notice = numberVariants('two', {
			before: 'a tenant can leave with ',
			after: " months' notice."
		});
		expect(notice).not.toContain('nine');
		expect(notice).not.toContain('twelve');
	});

	it('offers other times of day against a time of day', () => {
		const options = numberVariants('5.30am', { before: 'banned between ', after: ' and 9pm.' });
		expect(options.length).toBeGreaterThanOrEqual(3);
		for (const o of options) expect(o).toMatch(/^(?:[1-9]|1[0-2])\.30am$/u);
	});

	it('names "the Committee" and "the Supervisor" as the article does', () => {
		const entities = entityNames([
			'Every offer must go to the Appointments Integrity Committee. The Payments and Banking Supervisor can order a bank to keep a branch.'
		]);
		expect(resolveEntities('The Committee can only advise.', entities)).toBe(
			'The Appointments Integrity Committee can only advise.'
		);
		expect(resolveEntities('The Supervisor can order a replacement.', entities)).toBe(
			'The Payments and Banking Supervisor can order a replacement.'
		);
	});

	it('reads "a warning sign" as a thing a rule requires, not a warning', () => {
		expect(
			notPolicy('In Vellmark, the warning sign must stay up for 60 days after a pack shrinks.', ctx)
		).toBeNull();
		expect(
			notPolicy('Retailers in Vellmark warned that the signs would confuse shoppers.', ctx)
		).toBe('reaction');
	});

	it('reads a body’s yearly list as its routine, not a rule', () => {
		expect(
			notPolicy(
				'The Financial Stability Committee published its annual list of systemic banks.',
				ctx
			)
		).toBe('procedure');
	});
});

describe('rules said with "no longer", "be able to" and "starts on" (derivation 21)', () => {
	it('makes cards of them, as of "must" and "may"', async () => {
		const { facts } = await factsReport([
			{
				name: 'renters.txt',
				text: [
					'Renters in Vellmark win end to no-fault evictions',
					'5th June 2026, 11:40am',
					'Private renters in Vellmark will be protected from eviction without a reason after the assembly passed the Renters (Security of Tenure) Act on Wednesday.',
					'Under the Act, landlords in Vellmark will no longer be able to end a tenancy by serving a no-fault notice. The protection starts on 1 May 2027 for new tenancies and on 1 May 2028 for tenancies that already exist.',
					'Under the Act, a tenant in Vellmark will be able to leave with two months’ notice at any time.'
				].join('\n\n')
			}
		]);
		const cards = facts.flatMap((f) => f.quiz.map((q) => q.claim ?? q.prompt)).join('\n');
		expect(cards).toMatch(/no longer be able to end a tenancy/);
		expect(cards).toMatch(/1 May 2027/);
		expect(cards).toMatch(/two months’ notice/);
	});
});
