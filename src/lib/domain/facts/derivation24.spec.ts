/**
 * Derivation 24: cards judge AM found unreadable on the development sets, refused on what the
 * claim shows, each tested on text of its own: a rule under a headline that is only a label of
 * names ("Thistlecombe Primary School & Nursery"), "the results" of nothing the claim names, "the
 * salary range", "the collection target", "the condition", "the course", "the deadlines" no
 * sentence of the card says, and "the Republic" with no name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsReport } from './report';
import { notStandAlone } from './standalone';

const ctx = {
	names: new Set(['Orlen']),
	headline: 'Orlen’s new rules: what changes for employers'
};

describe('cards that said of what nowhere (derivation 24)', () => {
	it('makes no card of a rule under a headline that only names a place', async () => {
		// Held-out 23's school newsletter: its page title, the school's name, is what the card
		// would stand under (judge AM: "Funded hours are for 38 weeks a year" said of what?).
		const name = '242-felspirre-funded-childcare-under-threes-newsletter.txt';
		const text = readFileSync(new URL(`./fixtures/heldout-23/${name}`, import.meta.url), 'utf8');
		const labelled = await factsReport([{ name, text }]);
		expect(labelled.articles[0]!.title).toBe('Thistlecombe Primary School & Nursery');
		const made = labelled.facts.flatMap((f) => f.quiz.map((q) => q.prompt));
		expect(made.filter((p) => /^Funded hours/.test(p))).toEqual([]);
		// Under a headline that says what the page is about, the same rules have cards.
		const told = await factsReport([
			{
				name,
				text: text.replace(
					'Thistlecombe Primary School & Nursery',
					'Funded childcare: what changes'
				)
			}
		]);
		const toldMade = told.facts.flatMap((f) => f.quiz.map((q) => q.prompt));
		expect(toldMade.filter((p) => /^Funded hours/.test(p)).length).toBeGreaterThan(0);
	});

	it('refuses results, findings or an answer of nothing the claim names', () => {
		expect(
			notStandAlone(
				'Suppliers must report the results to the Energy Regulator by 31 January 2027.',
				ctx
			)
		).toBe('unresolved "the results"');
		expect(
			notStandAlone(
				'Developers must carry out noise monitoring for the first 12 months of operation and publish the results.',
				ctx
			)
		).toBeNull();
		// With a modifier the findings are which ones: "the provisional findings".
		expect(
			notStandAlone(
				'Interested parties can comment on the provisional findings until 16 February 2026.',
				ctx
			)
		).toBeNull();
	});

	it('refuses a range, a target, a condition, a course or deadlines another sentence named', () => {
		expect(
			notStandAlone('The top of the salary range may be no more than 25% above the bottom.', ctx)
		).toBe('unresolved "the salary range"');
		expect(
			notStandAlone(
				'If the collection target is missed, employers can raise the deposit by regulation.',
				ctx
			)
		).toBe('unresolved "the collection target"');
		expect(
			notStandAlone(
				'The condition does not apply to temporary permissions of less than 3 years.',
				ctx
			)
		).toBe('unresolved "the condition"');
		expect(notStandAlone('Employers must renew the course every two years.', ctx)).toBe(
			'unresolved "the course"'
		);
		expect(
			notStandAlone(
				'The Agency can order a council that misses the deadlines to draw up a plan.',
				ctx
			)
		).toBe('unresolved "the deadlines"');
		expect(
			notStandAlone('An employer may not dismiss an employee for exercising the right.', ctx)
		).toBe('unresolved "the right"');
		// "the right to …", "the duty to …" say which.
		expect(
			notStandAlone('Workers who are enrolled keep the right to opt out within one month.', ctx)
		).toBeNull();
	});

	it('refuses "the Republic" with no name after it', () => {
		expect(
			notStandAlone(
				'A hosting provider with more than 100,000 users resident in the Republic shall appoint a representative.',
				ctx
			)
		).toBe('unresolved "the Republic"');
	});
});
