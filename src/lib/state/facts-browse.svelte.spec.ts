import { describe, expect, it } from 'vitest';
import { makeArticle, makeFact } from '$lib/testing/factories';
import type { Fact } from '$lib/domain/facts/types';
import { FactsBrowse, PAGE_SIZE } from './facts-browse.svelte';

/** `n` facts under `subject`, each with a numbered sentence of its own. */
function factsAbout(subject: string, n: number, word = subject.toLowerCase()): Fact[] {
	return Array.from({ length: n }, (_, i) =>
		makeFact(
			makeArticle({ paragraphs: [{ kind: 'body', text: `Sentence ${i} about ${word}.` }] }),
			{ subject }
		)
	);
}

describe('FactsBrowse', () => {
	const big = factsAbout('Shipments', 45, 'shipments');
	const small = factsAbout('Export rules', 3, 'rules');
	const browse = () => new FactsBrowse(() => [...big, ...small]);

	it('shows each closed group by its headline fact only', () => {
		const b = browse();
		expect(b.groups.map((g) => [g.subject, g.total, g.shown.length, g.open])).toEqual([
			['Shipments', 45, 1, false],
			['Export rules', 3, 1, false]
		]);
	});

	it('opens and closes a group, a page of facts at a time', () => {
		const b = browse();
		b.toggle('Shipments');
		const open = b.groups[0]!;
		expect(open.open).toBe(true);
		expect(open.shown).toHaveLength(PAGE_SIZE);
		expect(open.more).toBe(45 - PAGE_SIZE);
		b.showMore('Shipments');
		expect(b.groups[0]!.shown).toHaveLength(2 * PAGE_SIZE);
		b.toggle('Shipments');
		expect(b.groups[0]!.shown).toHaveLength(1);
		expect(b.groups[0]!.more).toBe(0);
	});

	it('narrows every group to the facts that match, and drops groups without one', () => {
		const b = browse();
		b.query = 'rules';
		expect(b.filtering).toBe(true);
		expect(b.groups.map((g) => [g.subject, g.count, g.shown.length])).toEqual([
			['Export rules', 3, 3]
		]);
		expect(b.matchCount).toBe(3);
		b.query = 'sentence 4';
		// Words match as parts of words: 4, 14, 24, 34 and 40 to 44 among the shipments.
		expect(b.groups.map((g) => [g.subject, g.count])).toEqual([['Shipments', 9]]);
		b.query = 'nothing like this';
		expect(b.groups).toEqual([]);
		expect(b.matchCount).toBe(0);
	});

	it('reveals a fact far down a closed group, and past a filter that hides it', () => {
		const b = browse();
		b.query = 'rules';
		const target = big[42]!;
		expect(b.reveal(target.id)).toBe(true);
		expect(b.query).toBe('');
		expect(b.groups[0]!.shown.map((f) => f.id)).toContain(target.id);
		expect(b.reveal('no-such-fact')).toBe(false);
	});

	it('keeps open groups, pages and the filter across a snapshot, and ignores a bad one', () => {
		const b = browse();
		b.toggle('Export rules');
		b.toggle('Shipments');
		b.showMore('Shipments');
		b.query = 'sentence';
		const kept = JSON.parse(JSON.stringify(b.capture())) as ReturnType<FactsBrowse['capture']>;
		const again = browse();
		again.restore(kept);
		expect(again.capture()).toEqual(kept);
		again.restore({ query: 7, open: 'x', limits: { Shipments: -1 } } as never);
		expect(again.capture()).toEqual({ ...kept, limits: {} });
		again.restore(undefined);
		expect(again.query).toBe('sentence');
	});
});
