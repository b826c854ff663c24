/**
 * Derivation 22: rules the pipeline read but made no claim of, because the sentence was too long
 * to show whole and no cut left it true (held-out 25 to 28's uncovered core details), each tested
 * here on text of its own. A clause with its own subject after "only …, and"; a second verb with
 * its own circumstance between commas ("and, for repeat offenders, ban …"); the exception of a
 * permission ("…, but not during the first 12 months"); a law's name with its signing date before
 * the rule; a complaints body's duty read as a complaint.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims';
import { factsReport } from './report';
import { notPolicy, notStandAlone } from './standalone';

const claims = (sentence: string) => claimsOf(sentence, null).map((c) => c.text);
const ctx = { names: new Set<string>() };

describe('long rules made claims that stay true (derivation 22)', () => {
	it('splits a clause with its own subject and modal off a rule that says "only"', () => {
		expect(
			claims(
				'Fees can be raised only once a year, with three months’ written notice, and parents who think a rise is unfair can challenge it at the Schools Tribunal.'
			)
		).toEqual([
			'Fees can be raised only once a year, with three months’ written notice.',
			'Parents who think a rise is unfair can challenge it at the Schools Tribunal.'
		]);
		// A list after "only" is still one claim: a part of it would be false.
		expect(claims('The toll covers only cars, vans, and lorries.')).toEqual([
			'The toll covers only cars, vans, and lorries.'
		]);
	});

	it('reads "but only savings above … count" as a clause of its own, not a shared subject', () => {
		expect(
			claims(
				'Savings can make up a shortfall, but only savings above 16,000 dallers count, and the shortfall must be covered twice over.'
			)
		).toEqual([
			'Savings can make up a shortfall.',
			'Only savings above 16,000 dallers count.',
			'The shortfall must be covered twice over.'
		]);
	});

	it('keeps a second verb’s circumstance with it, and the modal with a verb the tagger read alone', () => {
		expect(
			claims(
				'The Agency can fine a trader up to 20,000 dallers for each breach and, for repeat offenders, ban a stall from selling any medicines for up to a year.'
			)
		).toEqual([
			'The Agency can fine a trader up to 20,000 dallers for each breach.',
			'The Agency can, for repeat offenders, ban a stall from selling any medicines for up to a year.'
		]);
	});

	it('makes the exception of a permission its own rule, without the permission’s condition', () => {
		expect(
			claims(
				'Owners will still be able to take a flat back if they want to sell it or live in it themselves, but not during the first 18 months of a lease.'
			)
		).toEqual([
			'Owners will not be able to take a flat back during the first 18 months of a lease.'
		]);
		expect(claims('Market stalls may trade on Sundays, but not before 10am.')).toEqual([
			'Market stalls may not trade on Sundays before 10am.'
		]);
		expect(claims('Drivers are allowed to use the bus lane, but not during peak hours.')).toEqual([
			'Drivers are not allowed to use the bus lane during peak hours.'
		]);
	});

	it('drops a law’s name and its signing date before a long rule, and an ordinal lead-in', () => {
		expect(
			claimsOf(
				'Under the Criminal Justice (Drink Driving) Act, signed into law on Friday, a judge can order an alcohol interlock for any driver aged 18 or over who is convicted twice within ten years.',
				new Date('2026-03-04')
			).map((c) => c.text)
		).toEqual([
			'A judge can order an alcohol interlock for any driver aged 18 or over who is convicted twice within ten years.'
		]);
		expect(claims('Secondly, a former mayor may not lobby the council for two years.')).toEqual([
			'A former mayor may not lobby the council for two years.'
		]);
	});

	it('says which law was approved when its approval stands between "Under …" and the rule', () => {
		expect(
			claims(
				'Under the Leasehold Act, approved by parliament on 3 March 2026, owners must register every lease with the council.'
			)
		).toEqual([
			'The Leasehold Act was approved by parliament on 3 March 2026.',
			'Under the Leasehold Act, owners must register every lease with the council.'
		]);
	});
});

describe('what a rule says of complaints is the rule (derivation 22)', () => {
	it('does not read a complaints body’s duty as a reaction', () => {
		for (const claim of [
			'Every letting agent will have to join the Property Redress Scheme, which will handle tenants’ complaints free of charge.',
			'Passengers can complain to the Rail Ombudsman if the operator does not reply within 40 days.'
		])
			expect(notPolicy(claim, ctx)).toBeNull();
		// A complaint as a reaction still is one.
		expect(notPolicy('Landlords complained that the rules were rushed.', ctx)).toBe('reaction');
	});

	it('refuses "Joining becomes compulsory …" with nothing saying what is joined', () => {
		expect(notStandAlone('Joining becomes compulsory on 1 May 2027.', ctx)).toBe('pointer');
		// The same rule with its object is refused by nothing of this rule.
		expect(
			notStandAlone('Joining the Property Redress Scheme becomes compulsory on 1 May 2027.', ctx)
		).not.toBe('pointer');
	});

	it('makes a card of a rule stated as what will no longer be possible in a period', async () => {
		const { facts } = await factsReport([
			{
				name: 'leases.txt',
				text: [
					'Flat owners in Vellmark lose the right to end leases without a reason',
					'VELLMARK CITY, 3 March 2026 - The Leasehold Security Act was passed by parliament on Tuesday.',
					'Under the Leasehold Security Act, owners will still be able to take a flat back if they want to sell it or live in it themselves, but not during the first 18 months of a lease.',
					'Every owner will have to join the Property Redress Scheme, which will handle tenants’ complaints free of charge.',
					'Registering every lease with Vellmark City Council becomes compulsory on 1 July 2026.'
				].join('\n\n')
			}
		]);
		const prompts = facts.flatMap((f) => f.quiz.map((q) => `${q.prompt} => ${q.answer}`));
		expect(
			prompts.some((p) =>
				/not be able to take a flat back during the first _____ months of a lease\. => 18$/.test(p)
			)
		).toBe(true);
		expect(
			facts.some((f) => /complaints free of charge/.test(f.statement) && f.quiz.length > 0)
		).toBe(true);
		// "compulsory" states a rule as "must" does.
		expect(prompts.some((p) => /Council becomes compulsory/.test(p))).toBe(true);
	});
});
