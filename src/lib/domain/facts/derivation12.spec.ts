import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsReport } from './report';

const fixture = (set: string, name: string) => ({
	name,
	text: readFileSync(new URL(`./fixtures/${set}/${name}`, import.meta.url), 'utf8')
});

describe('Key facts headings (derivation 12)', () => {
	it('groups a story that is not about the launch articles under no launch heading', async () => {
		// Held-out 7's ship emissions story had "Shipments to the United States" (for "Ships
		// caught …") and "Who makes the Patriot" (for a licence) among its headings.
		const { facts } = await factsReport([
			fixture('heldout-7', '86-dunvale-ship-emissions-zone.txt'),
			fixture('unseen', '01-veloria-gallium-controls.txt')
		]);
		const subjects = new Set(facts.map((f) => f.subject));
		expect(subjects.size).toBeGreaterThan(2);
		for (const launch of [
			'Shipments to the United States',
			'Who makes the Patriot',
			'Ukraine and US stockpiles',
			"Japan's defence build-up"
		])
			expect(subjects).not.toContain(launch);
	});

	it('keeps the launch headings for the launch story', async () => {
		const { facts } = await factsReport([
			{
				name: 'patriot.txt',
				text: 'Japan approves Patriot exports to US\n\nTOKYO, Dec 22 (Reuters) - Japan on Friday approved the shipment of Patriot missiles to the United States. The missiles are manufactured by Mitsubishi Heavy Industries under licence from Lockheed Martin.'
			}
		]);
		const subjects = facts.map((f) => f.subject);
		expect(subjects).toContain('Shipments to the United States');
		expect(subjects).toContain('Who makes the Patriot');
	});
});
