import { describe, expect, it } from 'vitest';
import {
	articleNames,
	cardWorthy,
	entityNames,
	namesPolicy,
	notAsserted,
	notPolicy,
	notStandAlone,
	resolveEntities
} from './standalone';

// Made-up sentences about an invented country (Quillia); no fixture text.
const body = [
	'On 3 May 2031 the parliament of Quillia passed a levy on plastic toys, and the Quillian Revenue Office will collect it.',
	"Quillia's toy levy applies from 1 January 2032, said Ana Brel of the Toymakers Guild.",
	'Firms that sell in Quillia must file returns with the Quillian Revenue Office.'
];
const names = articleNames(body);
const ctx = { names, year: 2031 };

describe('articleNames', () => {
	it('takes capitalised words in mid-sentence and possessives, not months or weekdays', () => {
		expect(names.has('Quillia')).toBe(true);
		expect(names.has('Quillian')).toBe(true);
		expect(names.has('Toymakers')).toBe(true);
		expect(names.has('May')).toBe(false);
		expect(names.has('Firms')).toBe(false);
	});
});

describe('notStandAlone', () => {
	it('lets a claim with a named subject and a rule verb through', () => {
		expect(notStandAlone('Quillia’s toy levy applies from 1 January 2032.', ctx)).toBeNull();
		expect(
			notStandAlone('The Quillian Revenue Office collects the levy on plastic toys.', ctx)
		).toBeNull();
		expect(
			notStandAlone('Quillia will raise the minimum fee that importers must pay to 40 lumens.', ctx)
		).toBeNull();
	});

	it('wants a named subject, not a generic one', () => {
		expect(notStandAlone('Importers must pay 40 lumens per crate.', ctx)).toBe('no named subject');
		expect(notStandAlone('Toys under 5 grams pay nothing.', ctx)).toBe('no named subject');
	});

	it('refuses pronouns and definite back-references it cannot resolve', () => {
		expect(notStandAlone('Quillia said it will cut the levy.', ctx)).not.toBeNull();
		expect(notStandAlone('The Quillian parliament approved it by 80 votes.', ctx)).toBe('pronoun');
		expect(notStandAlone('Under Quillia’s toy levy, the company must pay 5 lumens.', ctx)).toMatch(
			/unresolved/
		);
		expect(notStandAlone('Quillia fined the firm 2 million lumens.', ctx)).toMatch(/unresolved/);
		expect(notStandAlone('Quillia approved the move on 3 May 2031.', ctx)).toMatch(/unresolved/);
		expect(notStandAlone('Quillia’s toy levy charges kites the old rate.', ctx)).toBe(
			'unresolved "the old rate"'
		);
		expect(notStandAlone('Under Quillia’s toy levy, each must file a return.', ctx)).toBe(
			'pronoun'
		);
		expect(notStandAlone('Quillia will review each application within 30 days.', ctx)).toBe(
			'pronoun'
		);
	});

	it('refuses a subject measured against another sentence’s ("smaller firms")', () => {
		expect(notStandAlone('Under Quillia’s toy levy, smaller firms will be exempt.', ctx)).toBe(
			'pronoun'
		);
		expect(
			notStandAlone('Under Quillia’s toy levy, firms smaller than 10 staff are exempt.', ctx)
		).toBeNull();
	});

	it('accepts a definite phrase the claim itself makes definite', () => {
		// "the sale of", "the drone" after "drone rule", the country's own parliament.
		expect(
			notStandAlone('Quillia’s new drone rule keeps the drone below 90 metres.', ctx)
		).toBeNull();
		expect(notStandAlone('Quillia bans the sale of glitter toys.', ctx)).toBeNull();
		expect(notStandAlone('Quillia’s toy levy was approved by the parliament.', ctx)).toBeNull();
	});

	it('refuses relative time, attribution and length', () => {
		expect(notStandAlone('Quillia passed the toy levy on Monday.', ctx)).toBe('relative time');
		expect(notStandAlone('Quillia’s toy levy applies from next year.', ctx)).toBe('relative time');
		expect(notStandAlone('Quillia’s toy levy applies Monday to Friday.', ctx)).toBeNull();
		expect(notStandAlone('Quillia’s toy levy applies from March 1.', ctx)).toBe('relative time');
		expect(notStandAlone('Quillia bans kites from January to April.', ctx)).toBe('relative time');
		expect(notStandAlone('Quillia bans kites from January to April 2032.', ctx)).toBeNull();
		expect(notStandAlone('Quillia bans kites until the end of June 2032.', ctx)).toBeNull();
		expect(notStandAlone('Quillia must cut the toy levy, Ana Brel said.', ctx)).toBe('attribution');
		const long = `Quillia’s toy levy applies to ${'dolls, '.repeat(24)}and kites.`;
		expect(notStandAlone(long, ctx)).toBe('too long');
	});

	it('refuses page furniture and frames that name no policy', () => {
		expect(notStandAlone('Under Quillia’s toy levy, • plastic kites.', ctx)).toBe('fragment');
		expect(notStandAlone('Quillia’s toy levy, [Photo: a shop in Quill.', ctx)).toBe('fragment');
		expect(
			notStandAlone('Under Quillia’s lower limit, kites must be under 2 kilograms.', ctx)
		).toMatch(/^no policy/);
		expect(notStandAlone('Under Quillia’s rates before tax, kites are exempt.', ctx)).toBe(
			'no policy in frame'
		);
		expect(notStandAlone('Quillia’s new limit applies to all kites.', ctx)).toBe('no policy named');
		expect(notStandAlone('Quillia’s ban on glitter asked for a licence system.', ctx)).toBe(
			'fragment'
		);
		expect(
			notStandAlone('Under Quillia’s levy on plastic toys, kites are exempt.', ctx)
		).toBeNull();
	});

	it('wants a rule or a decision', () => {
		expect(notStandAlone('Quillia’s toy levy is with the Toymakers Guild.', ctx)).toBe(
			'no rule or decision'
		);
	});
});

describe('namesPolicy', () => {
	it('needs an owner, a topic and a policy noun', () => {
		expect(namesPolicy('Quillia’s toy levy', names)).toBe(true);
		expect(namesPolicy('Quillia’s levy on plastic toys', names)).toBe(true);
		expect(namesPolicy('Quillia’s law banning glitter', names)).toBe(true);
		expect(namesPolicy('Quillia’s legal limit', names)).toBe(false);
		expect(namesPolicy('Quillia’s month before tax', names)).toBe(false);
		expect(namesPolicy('Quillia’s ban on takes effect', names)).toBe(false);
		expect(namesPolicy('Somebody’s toy levy', names)).toBe(false);
		expect(namesPolicy('the Plastic Toys Act', names)).toBe(true);
		expect(namesPolicy('Quillia’s law banning toys during the school day', names)).toBe(true);
		expect(namesPolicy('the plastic toys act', names)).toBe(false);
	});
});

describe('notPolicy', () => {
	it('drops forecasts, reactions, history, headcounts and market moves', () => {
		expect(notPolicy('Quillia expects the toy levy to raise 40 million lumens.', ctx)).toBe(
			'forecast'
		);
		expect(notPolicy('Quillia is considering a levy on kites.', ctx)).toBe('forecast');
		expect(notPolicy('The Toymakers Guild criticised the toy levy.', ctx)).toBe('reaction');
		expect(notPolicy('Quillia first introduced a toy tax in 1998.', ctx)).toBe('history');
		expect(notPolicy('Quillia’s toy tax was introduced in 2019.', ctx)).toBe('history');
		expect(notPolicy('The toy app is used by 2 million people in Quillia.', ctx)).toBe('headcount');
		expect(notPolicy('Shares in Quill Toys fell 4 percent.', ctx)).toBe('market');
		expect(notPolicy('Ostrel permits have traded at well under 30 crowns a tonne.', ctx)).toBe(
			'market'
		);
		expect(notPolicy('The Toy Act required shops to report every sale.', ctx)).toBe('history');
		expect(notPolicy('The Toy Act requires shops to report every sale.', ctx)).toBeNull();
		expect(notPolicy('Shops are required to report every sale.', ctx)).toBeNull();
		expect(notPolicy('In Quillia, until now only three towns charged a toy levy.', ctx)).toBe(
			'history'
		);
		expect(notPolicy('Quillia’s toy levy applies from 1 January 2032.', ctx)).toBeNull();
		expect(notPolicy('Quillia’s toy levy applies from 1 January 2031.', ctx)).toBeNull();
	});
});

describe('entity resolution', () => {
	it('names "the office" when the article names exactly one office, and leaves it otherwise', () => {
		const one = entityNames(body);
		expect(resolveEntities('The office collects the toy levy.', one)).toBe(
			'The Quillian Revenue Office collects the toy levy.'
		);
		const two = entityNames([...body, 'The Quill Patent Office disagreed.']);
		expect(resolveEntities('The office collects the toy levy.', two)).toBe(
			'The office collects the toy levy.'
		);
	});
});

describe('cardWorthy', () => {
	it('is true only when the claim stands alone and states policy', () => {
		expect(cardWorthy('Quillia’s toy levy applies from 1 January 2032.', ctx)).toBe(true);
		expect(cardWorthy('The levy applies from 1 January 2032.', ctx)).toBe(false);
		expect(cardWorthy('Quillia expects the toy levy to raise 40 million lumens.', ctx)).toBe(false);
	});
});

describe('notAsserted', () => {
	it('makes no card from an opposition’s or critics’ view, an unnamed source or a possibility', () => {
		for (const sentence of [
			'The opposition Green League said the levy would double bus fares in Ostrel.',
			'Critics say the new curfew breaks the constitution of Ostrel.',
			'An MP who spoke on condition of anonymity said the cabinet is considering a 5 percent tax.',
			'Ostrel may consider extending the ban to e-scooters next year.',
			'The ministry could lower the threshold to 10 employees.'
		])
			expect(notAsserted(sentence)).not.toBeNull();
	});

	it('keeps a decided rule and its penalty', () => {
		for (const sentence of [
			'Ostrel’s parliament approved a 5 percent tax on private jets on 3 March 2025.',
			'Firms that break the rule could face fines of up to 40,000 crowns.'
		])
			expect(notAsserted(sentence)).toBeNull();
	});
});
