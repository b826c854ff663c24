import { readFileSync } from 'node:fs';
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
import { itemSentence } from './lists';
import { parseDateline } from '../clean/dateline';
import { cleanRawText } from '../clean/cleaner';
import { factsReport } from './report';
import { background } from './frame';
import { addressesReader, notAsserted, notPolicy, notStandAlone } from './standalone';

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

describe('clauses held together that a split made false or garbled (derivation 22)', () => {
	it('keeps the objects of an infinitive joined by "and" with a word in "-s"', () => {
		expect(
			claims(
				'The Authority can order lenders that break the rules to refund interest and charges to the customers affected.'
			)
		).toEqual([
			'The Authority can order lenders that break the rules to refund interest and charges to the customers affected.'
		]);
	});

	it('reads "blind and partially sighted voters" as one noun phrase, and keeps the modal', () => {
		expect(
			claims(
				'All polling stations must be step-free and have a large-print ballot for blind and partially sighted voters.'
			)
		).toEqual([
			'All polling stations must be step-free.',
			'All polling stations must have a large-print ballot for blind and partially sighted voters.'
		]);
	});

	it('gives no modal to a second verb "are"', () => {
		expect(
			claims(
				'Customers must ring their old supplier for a transfer code and are often passed to a sales team first.'
			)
		).toEqual([
			'Customers must ring their old supplier for a transfer code.',
			'Customers are often passed to a sales team first.'
		]);
	});

	it('never splits a condition’s two parts, but does split a second rule', () => {
		expect(
			claims(
				'Parents can get Carer Pay if they have worked for their employer for at least 26 weeks and earn at least 130 dallers a week.'
			)
		).toEqual([
			'Parents can get Carer Pay if they have worked for their employer for at least 26 weeks and earn at least 130 dallers a week.'
		]);
		expect(
			claims('Firms must register if they sell alcohol and must renew the licence every year.')
		).toEqual(['Firms must register if they sell alcohol and must renew the licence every year.']);
	});

	it('keeps a "while" of time with its rule', () => {
		expect(
			claims(
				'Graduates have to apply from inside Vellmark, while their student permit is still valid.'
			)
		).toEqual([
			'Graduates have to apply from inside Vellmark, while their student permit is still valid.'
		]);
	});

	it('reads the subject’s own noun again after "while" as a noun, not a verb', () => {
		expect(claims('Exports to Kasmora are banned, while exports to Velt remain allowed.')).toEqual([
			'Exports to Kasmora are banned.',
			'Exports to Velt remain allowed.'
		]);
	});

	it('never makes "it" of a second clause "you"', () => {
		expect(
			claims(
				'You now need to tell the Agency 42 days in advance, and it can refuse if the hedge is more than 30 years old.'
			)
		).not.toContainEqual(expect.stringMatching(/^You can refuse/));
	});

	it('drops a chatty lead-in and refuses "Then …"', () => {
		expect(
			claims('In short, shops can no longer hide a booking fee from the price shown.')
		).toEqual(['Shops can no longer hide a booking fee from the price shown.']);
		expect(claims('Then the payment is cut by 20 per cent for four weeks.')).toEqual([]);
	});
});

describe('who speaks in a claim (derivation 22)', () => {
	it('takes an off-the-record remark for no policy', () => {
		expect(
			notAsserted(
				'A supermarket buyer told me, off the record, that some retailers may stop selling blends.'
			)
		).not.toBeNull();
	});

	it('refuses the writer’s own "I" but not a category numbered I', () => {
		expect(notStandAlone('I’ve asked the Migration Office which date is right.', ctx)).toBe(
			'pronoun'
		);
		expect(
			notStandAlone('Under the Sunbed Safety Act, customers with skin type I must be refused.', ctx)
		).not.toBe('pronoun');
		expect(
			notStandAlone(
				'Under the Export Control Act, equipment for mine clearance may be exported to United Nations agencies.',
				ctx
			)
		).not.toBe('pronoun');
	});

	it('reads "you" as the reader in an article that speaks to its reader, and only there', () => {
		const guide = [
			'You can take Carer Leave if your child is in hospital for more than a week.',
			'You get one week of leave for each full week in hospital, up to 12 weeks.',
			'Your employer must not dismiss you because you take Carer Leave.',
			'The leave must be taken within 68 weeks of the birth.',
			'Self-employed parents are not covered by the Carer Leave Act.',
			'You do not need to give a reason to your employer.'
		];
		expect(addressesReader(guide)).toBe(true);
		const story = [
			'Parents in Vellmark will get up to 12 weeks of Carer Leave from 1 April 2027.',
			'"You cannot be in two places at once," said one mother, whose son spent a month in hospital.',
			'The leave must be taken within 68 weeks of the birth, the ministry said.',
			'Self-employed parents are not covered by the Carer Leave Act.',
			'The opposition said the scheme should be extended to grandparents.'
		];
		expect(addressesReader(story)).toBe(false);
		const claim =
			'Under the Carer Leave Act, you get one week of leave for each full week in hospital, up to 12 weeks.';
		const named = { names: new Set(['Carer', 'Leave', 'Act']) };
		expect(notStandAlone(claim, { ...named, addressed: true })).toBeNull();
		expect(notStandAlone(claim, named)).toBe('pronoun');
		// Another pronoun is still one.
		expect(
			notStandAlone('Under the Carer Leave Act, you can read them at vellmark.gov/leave.', {
				...named,
				addressed: true
			})
		).toBe('pronoun');
	});

	it('makes cards of a guide’s "you" rules', async () => {
		const { facts } = await factsReport([
			{
				name: 'guide.txt',
				text: [
					'Carer Leave: time off while your child is in hospital',
					'The Carer Leave Act gives parents in Vellmark a right to extra time off from 1 April 2027.',
					'You can take Carer Leave if your child is in hospital for more than a week.',
					'You get one week of leave for each full week in hospital, up to a maximum of 12 weeks.',
					'Your employer must not dismiss you because you take Carer Leave.',
					'All Carer Leave must be taken within 68 weeks of your child’s birth.',
					'You do not need to have worked for your employer for any minimum time.',
					'At the moment you can take only two weeks of unpaid leave under the Carer Leave Act.'
				].join('\n\n')
			}
		]);
		const prompts = facts.flatMap((f) => f.quiz.map((q) => `${q.prompt} => ${q.answer}`));
		expect(prompts.some((p) => /up to a maximum of _____ weeks\. => 12$/.test(p))).toBe(true);
		// How things stand before the Act is not its rule.
		expect(prompts.filter((p) => /two weeks|unpaid/.test(p))).toEqual([]);
	});
});

describe('held-out 30’s first-contact failures (derivation 22)', () => {
	it('puts a start told in the present ("come into force on 1 October") ahead of the article', () => {
		const march = new Date('2027-03-03');
		expect(
			claimsOf('The Damp Homes Regulations come into force on 1 October.', march).map((c) => c.text)
		).toEqual(['The Damp Homes Regulations come into force on 1 October 2027.']);
		expect(claimsOf('The ban was approved on 1 October.', march).map((c) => c.text)).toEqual([
			'The ban was approved on 1 October 2026.'
		]);
		// "the first of January", as people say it, with no year: left as said, never "the on 1
		// January 2027" (held-out 29 meant January 2028).
		expect(
			claimsOf(
				'Jars labelled before the first of January can still be sold until June 2029.',
				march
			).map((c) => c.text)
		).toEqual(['Jars labelled before the first of January can still be sold until June 2029.']);
	});

	it('turns "Nor will businesses be required …" into the negation it says', () => {
		expect(
			claims('Nor will businesses be required to show only reviews from verified buyers.')
		).toEqual(['Businesses will not be required to show only reviews from verified buyers.']);
	});

	it('keeps a rule’s closed list whole: never "allowed only where." nor its first item alone', () => {
		expect(
			claims(
				'Destruction remains allowed only where: the product is unsafe; it is counterfeit; or it is beyond repair.'
			)
		).toEqual([
			'Destruction remains allowed only where: the product is unsafe; it is counterfeit; or it is beyond repair.'
		]);
	});

	it('takes what most sellers charge for the market, not the rule', () => {
		expect(notPolicy('Most vets charge somewhere between 20 and 35 dallers.', ctx)).toBe('market');
	});
});

describe('datelines of held-out 29 and 30 (derivation 22)', () => {
	it('reads an episode’s line, a letter’s reference line and a page’s review date', () => {
		// An episode's row is read as a row of labels beside its date, as the cleaner reads any.
		const dated = (row: string) =>
			cleanRawText(
				['Ep. 87 — A floor for rooftop solar', row, 'The regulator has set a floor.'].join('\n')
			).dateline?.value.value;
		expect(dated('S4 · E17 · 2027-06-04 · 41 min')).toBe('2027-06-04');
		expect(dated('2027-05-11 · 41 min · Season 4')).toBe('2027-05-11');
		expect(parseDateline('Ref: TL/ADM/27-03                  18.01.2027')?.value).toBe(
			'2027-01-18'
		);
		expect(parseDateline('Page last reviewed: 3rd August 2027')?.value).toBe('2027-08-03');
		// Two dates on one line say no one date.
		expect(parseDateline('2027-05-11 · 2027-05-12 · 41 min')).toBeNull();
	});
});

describe('a rule said as an offence is the story’s rule (derivation 22)', () => {
	it('takes "becomes a criminal offence, punishable by …" for a rule, not another actor’s deed', () => {
		expect(
			background(
				'Selling fake reviews as a service becomes a criminal offence, punishable by an unlimited fine.',
				'Quibbarow'
			)
		).toBe(false);
		// Another actor's past deed still is background.
		expect(background('The Bureau published 4,000 reviews it judged fake.', 'Quibbarow')).toBe(
			true
		);
	});

	it('still refuses "Joining becomes compulsory" under the act’s name', () => {
		expect(
			notStandAlone('Under the Renters Act, joining becomes compulsory on 1 May 2027.', ctx)
		).toBe('pointer');
	});
});

describe('held-out 30’s fake reviews story (derivation 22)', () => {
	it('makes a card of "Selling fake reviews as a service becomes a criminal offence"', async () => {
		const name = '317-quibbarow-fake-online-reviews-ban.txt';
		const text = readFileSync(new URL(`./fixtures/heldout-30/${name}`, import.meta.url), 'utf8');
		const { facts } = await factsReport([{ name, text }]);
		const claims = facts.flatMap((f) => f.quiz.map((q) => q.claim));
		expect(claims).toContainEqual(
			expect.stringMatching(/selling fake reviews as a service becomes a criminal offence/i)
		);
	});
});

describe('the headline over a byline (derivation 22)', () => {
	it('takes the title over the standfirst and byline, not the site’s tagline', () => {
		const { title } = cleanRawText(
			[
				'QUILLPOST',
				'News that gets to the point',
				'Politics  Justice  Economy  Climate  Tech  Culture  Newsletters',
				'',
				'JUSTICE',
				'',
				'Old fines to drop off record checks years sooner under new law',
				'',
				'Most people with a short sentence will no longer have to declare it to employers after two years. The start date is less clear.',
				'',
				'By Josefin Marrek',
				'APRIL 22, 2027',
				'',
				'Parliament yesterday passed the Rehabilitation (Amendment) Act, which shortens the time before a conviction becomes "spent" in Vellmark: the point after which it need not be disclosed to most employers, insurers or landlords.',
				'',
				'The Act passed its final vote by 112 votes to 64.'
			].join('\n')
		);
		expect(title).toBe('Old fines to drop off record checks years sooner under new law');
	});
});

describe('a duty on everyone of a kind names whose rule it is (derivation 22)', () => {
	it('takes "Platforms must register …" as anchored, but not "The network will be closed"', () => {
		const headline = {
			...ctx,
			headline: 'Online sellers’ takings to be reported to the tax office'
		};
		for (const claim of [
			'Platforms must register with the Revenue Service by 30 September 2027.',
			'Manufacturers will have to tell retailers at least eight weeks before a pack size changes.',
			'Employers that keep back tips can be fined up to 10,000 dallers per breach.'
		])
			expect(notStandAlone(claim, headline)).toBeNull();
		expect(
			notStandAlone('The network will be closed for good on 31 December 2028.', headline)
		).toBe('no named subject');
		expect(
			notStandAlone(
				'Letters telling claimants that their award is ongoing will be sent from 1 September 2027.',
				headline
			)
		).toBe('no named subject');
	});
});

describe('one person and "they" (derivation 22)', () => {
	it('binds "they" to "A pupil" opening the claim, as to "a pupil" inside it', () => {
		expect(
			notStandAlone(
				'A pupil in Vellmark will qualify if they live more than 3 km from school.',
				ctx
			)
		).not.toBe('pronoun');
	});

	it('refuses "Everyone else …" opening a claim, but not "like anyone else"', () => {
		expect(
			notStandAlone(
				'Everyone else in Vellmark who thinks they qualify must apply by 31 October 2027.',
				ctx
			)
		).toBe('pointer');
		expect(
			notStandAlone('Residents of Vellmark pay the tourist tax like anyone else.', ctx)
		).not.toBe('pointer');
	});

	it('takes "entitled to know that" for a promise, not a rule', () => {
		expect(
			notPolicy(
				'Every voter in Vellmark is entitled to know that their vote cannot be stolen.',
				ctx
			)
		).toBe('judgement');
	});
});

describe('a list under a heading’s question (derivation 22)', () => {
	it('reads "What the code requires:" as "The code requires"', () => {
		expect(itemSentence('What the code requires', '5. Signs at every car park entrance')).toBe(
			'The code requires signs at every car park entrance.'
		);
	});
});

describe('a list’s item in -ing (derivation 22)', () => {
	it('reads "unsold clothing, clothing accessories and footwear" as a list, not a participle', () => {
		expect(
			claims(
				'Large retailers will no longer be allowed to destroy unsold clothing, clothing accessories and footwear, under regulations laid before parliament on 2 November 2027.'
			)
		).not.toContainEqual(expect.stringMatching(/\bcloth\b/));
	});
});

describe('a social-media thread (derivation 22)', () => {
	it('heads the thread with its first post, not the site’s name, and reads the post’s date', () => {
		const page = cleanRawText(
			[
				'Chirrup',
				'Home   Explore   Notifications   Messages   Profile          [Log in] [Sign up]',
				'<- Thread',
				'Ines Marrow  @imarrow_news',
				'Health correspondent, the Vellmark Herald. Views mine.',
				'1/8 The government has just published the rules for the new Carer Leave. If you look after a sick child, here is what you need to know.',
				'9:41 PM · Jul 14, 2027 · 48.2K Views',
				'2/8 You can take up to 12 weeks of Carer Leave while your child is in hospital, from 1 April 2028.'
			].join('\n')
		);
		expect(page.title).toBe('The government has just published the rules for the new Carer Leave');
		expect(page.dateline?.value.value).toBe('2027-07-14');
	});
});
