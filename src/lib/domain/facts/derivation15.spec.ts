/**
 * Derivation 15: whose policy a story is, and by which name. Held-out 15's articles named
 * their law ("its Connected Products Security Regulation", "The Sunbed Safety Act 2026",
 * "Perrinth's Working Time (Right to Disconnect) Act") in ways the frame did not read, and two
 * took a ministry ("the Justice Ministry's guidance") or "Let's" for the owner: their rules
 * ("The regulation does not apply to smart meters", "Sunbeds in private homes are not covered by
 * the Act") made no card.
 */
import { describe, expect, it } from 'vitest';
import { spelledOut } from './acronyms';
import { background, framed, policyFrame } from './frame';
import { factsReport } from './report';
import { namesPolicy, notStandAlone, resolveEntities } from './standalone';

/** The frame of an article whose lede is its first paragraph. */
function frameOf(title: string, ...paragraphs: string[]) {
	return policyFrame(title, paragraphs.join('\n'), paragraphs[0] ?? '');
}

describe('a state told by its people, its adjective or its government (derivation 15)', () => {
	it('is a country whose place names the cards', () => {
		expect(
			frameOf(
				'Teenagers to be barred from tanning beds under new law',
				'Nobody under 18 will be allowed to use a commercial sunbed in Osterlund from 1 October.',
				'Melanoma is common among Osterlunders in their twenties, the minister said.'
			).country
		).toBe('Osterlund');
		expect(
			frameOf(
				'Valmora’s assembly votes to make voting compulsory',
				'The assembly in the capital voted 124 to 97 on Sunday.',
				'The Valmoran Electoral Authority will send notices to electors who did not vote.',
				'Valmora will hold its first election under the rule in 2028.'
			).country
		).toBe('Valmora');
	});

	it('is not a firm or a trade body that shares a word with a name', () => {
		const frame = frameOf(
			'Log export levy approved',
			'Exporters of raw logs will pay a levy from 1 June.',
			'The Vessen Sawmillers’ Association welcomed the levy. The Sawmill Fund will pay grants.'
		);
		expect(frame.country).not.toBe('Sawmill');
		expect(frame.owner).not.toBe('Sawmill');
	});

	it('takes the place the story is set in over a ministry’s possessive or "Let’s"', () => {
		const frame = frameOf(
			'MORNING REPORT — 07:10 segment',
			'Our top story: drivers in Drellmark will be able to drink less before they drive.',
			'Let’s go to our reporter. The limit in Drellmark falls from 0.8 to 0.5 grams.',
			'The Justice Ministry’s guidance says a first offence carries a ban of a year.',
			'Drellmark joins its neighbours, the Justice Ministry’s spokesman said.'
		);
		expect(frame.owner).toBe('Drellmark');
	});
});

describe('the law a story is about, however it is named (derivation 15)', () => {
	it('reads a regulation, an order, rules and an amendment, after "its" or an owner’s name', () => {
		expect(
			frameOf(
				'Tarnell bans default passwords on smart devices',
				'Tarnell’s digital ministry published the final text of its Connected Products Security Regulation on Monday.',
				'Manufacturers in Tarnell must acknowledge reports within 14 days.'
			).main
		).toBe('the Connected Products Security Regulation');
		expect(
			frameOf(
				'Right to disconnect: the Act is passed',
				'Perrival’s Working Time (Right to Disconnect) Act was passed by parliament on Wednesday.',
				'Employers with 25 or more employees must adopt a written policy.',
				'A survey found 61% of Perrival employees check messages at night.'
			).main
		).toBe('the Working Time (Right to Disconnect) Act');
	});

	it('takes an act named with this year’s number for the new one, an old year’s for an old one', () => {
		const sunbeds = (year: string) =>
			frameOf(
				'Teenagers to be barred from sunbeds under new law',
				`The Sunbed Safety Act ${year} raises the minimum age for commercial tanning in Osterlund from 16 to 18.`,
				'The ban applies in Osterlund from 1 October 2026. Salons must register by 1 January 2027.',
				'A review is due in 2026, and again in 2029.'
			).main;
		expect(sunbeds('2026')).toBe('the Sunbed Safety Act');
		expect(sunbeds('1998')).toBeUndefined();
	});

	it('takes the bill and the act of one name for one law', () => {
		expect(
			frameOf(
				'Assembly passes compulsory voting law',
				'The Electoral Participation Bill has passed its final reading in Valmora by 124 votes to 97.',
				'The Electoral Participation Act makes voting compulsory in Valmora for citizens aged 18 to 74.'
			).main
		).toBe('the Electoral Participation Act');
	});

	it('does not take a body whose name holds "Regulation" for a law', () => {
		expect(
			frameOf(
				'Ardane bans weedkiller in public parks',
				'Ardane’s government signed the Plant Protection (Public Parks) Decree on Tuesday.',
				'Spraying is allowed only by a contractor licensed by the Ardanese Chemicals Regulation Directorate.'
			).main
		).toBe('the Plant Protection (Public Parks) Decree');
	});

	it('names the policy the headline names, not the finance act that carries it', () => {
		const frame = frameOf(
			'Ulvane’s digital services tax becomes law',
			'Ulvane’s Finance Act 2026 received royal assent today.',
			'Ulvane’s digital services tax will be charged at 3% of revenue from 1 January 2027.',
			'The tax applies in Ulvane to firms with global revenue above ₮750 million.'
		);
		expect(frame.main).toBe('Ulvane’s digital services tax');
		// An act whose words the headline shares is the story's law all the same.
		expect(
			frameOf(
				'Pelland bans plastic bags and cutlery',
				'Pelland’s parliament passed the Single-Use Plastics Act on Tuesday, introducing Pelland’s bag ban.',
				'Shops in Pelland may not hand out plastic bags from 1 July.'
			).main
		).toBe('the Single-Use Plastics Act');
	});
});

describe('claims the new names let stand alone (derivation 15)', () => {
	it('says "applies" of one act where the sentence said "the rules apply"', () => {
		const frame = frameOf(
			'Election integrity law: what changes',
			'Corvany’s parliament passed the Electoral Integrity Act on Monday.',
			'The rules apply to any election held in Corvany on or after 1 January 2027.'
		);
		expect(
			framed(
				'The rules apply to any election held on or after 1 January 2027, including local by-elections.',
				frame,
				60
			)?.text
		).toBe(
			'The Electoral Integrity Act applies to any election held on or after 1 January 2027, including local by-elections.'
		);
	});

	it('leaves "duty-free" and "the country" as they are', () => {
		const frame = frameOf(
			'Brensa caps duty-free steel imports',
			'Brensa’s country duty on steel is 25%.',
			'Brensa will cap the volume of steel that can enter the country duty-free at 1.2 million tonnes a year.'
		);
		expect(
			framed(
				'Brensa will cap the volume of steel that can enter the country duty-free at 1.2 million tonnes a year.',
				frame,
				40
			)?.text
		).toContain('enter the country duty-free');
	});

	it('reads a rule with "apply to applications submitted" as in force, not as background', () => {
		expect(
			background(
				'The increases, set out in the Immigration (Fees) Order 2026, apply to applications submitted on or after 1 April 2026.',
				'Jorvia'
			)
		).toBe(false);
		// A past deed with no rule in it stays background.
		expect(background('The US sent Patriot missiles to Ukraine.', 'Japan')).toBe(true);
	});

	it('takes an order’s proper name for a policy', () => {
		expect(namesPolicy('the Immigration (Fees) Order', new Set())).toBe(true);
	});

	it('puts the owner before a compound the article writes after "the", not before "maximum"', () => {
		const frame = frameOf(
			'Selvane fee cap is law',
			'Selvane’s Senate on Monday approved the Higher Education (Fees and Access) Act. After two years of argument the tuition fee cap is law.',
			'The cap is frozen for two years, the Senate said.',
			'The maximum booking fee a platform may add in Selvane is 10%.'
		);
		expect(framed('The cap is frozen for two years.', frame, 150)?.text).toBe(
			'Selvane’s tuition fee cap is frozen for two years.'
		);
		expect(
			framed('The maximum booking fee a platform may add is 10%.', frame, 200)?.text
		).not.toMatch(/Selvane’s maximum/);
	});

	it('gives no card to "below that size" or "in that 10%", which another sentence sets', () => {
		expect(
			notStandAlone(
				'Under the Ticket Sales Act, a platform’s booking fee is included in that 10%.',
				{
					names: new Set(),
					headline: 'Ticket fees capped at 10%'
				}
			)
		).toBe('pointer');
		expect(
			notStandAlone(
				'Under the Farm Animal Welfare (Laying Hens) Regulations, farms below that size are not covered.',
				{ names: new Set(), headline: 'Battery cages for hens to be banned by 2032' }
			)
		).toBe('pointer');
	});

	it('writes no "the" before a name in the possessive', () => {
		const acronyms = new Map([['TMDA', 'Tarnell’s Ministry of Digital Affairs']]);
		expect(spelledOut('The regulation will be reviewed by the TMDA in 2031.', acronyms)).toBe(
			'The regulation will be reviewed by Tarnell’s Ministry of Digital Affairs in 2031.'
		);
		const entities = new Map([['ministry', new Set(['Tarnell’s Ministry of Digital Affairs'])]]);
		expect(resolveEntities('The regulation will be reviewed by the ministry.', entities)).toBe(
			'The regulation will be reviewed by Tarnell’s Ministry of Digital Affairs.'
		);
	});
});

describe('a pasted article whose law is named once, with its year (derivation 15)', () => {
	it('makes cards and key facts of the duties and exemptions told under "the Act"', async () => {
		const { facts } = await factsReport([
			{
				name: 'tanning.txt',
				text: [
					'Teenagers to be barred from tanning salons under new law',
					'Published 12 May 2026',
					'Nobody under 18 will be allowed to use a commercial sunbed in Osterlund from 1 October 2026, under a law that received royal assent yesterday.',
					'The Sunbed Safety Act 2026 raises the minimum age for commercial tanning from 16 to adulthood.',
					'Protective eyewear must be provided free of charge with every session.',
					'Sunbeds in private homes are not covered by the Act.',
					'Melanoma is now the second most common cancer among Osterlunders in their twenties, the health minister said.'
				].join('\n\n')
			}
		]);
		const claims = facts.flatMap((f) => f.quiz.map((q) => q.claim));
		expect(claims).toContain(
			'Under the Sunbed Safety Act, protective eyewear must be provided free of charge with every session.'
		);
		// "the Act" is the one act the story names: a key fact that stands alone.
		expect(facts.map((f) => f.statement)).toContain(
			'Sunbeds in private homes are not covered by the Sunbed Safety Act.'
		);
	});
});
