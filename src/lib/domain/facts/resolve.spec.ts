import { describe, expect, it } from 'vitest';
import { dangles, resolvedClaim } from './resolve';

describe('references resolved from the article', () => {
	it('names the missiles from the nearest earlier name before the same kind of noun', () => {
		const before =
			'Tokyo will provide the Patriot air defense missiles. The US has sent the interceptors to Ukraine.';
		expect(resolvedClaim('The US has sent the interceptors to Ukraine.', before)).toBe(
			'The US has sent the Patriot interceptors to Ukraine.'
		);
	});

	it('leaves a claim about all or only of them unresolved: the name could widen it', () => {
		const before =
			'Japan will export Patriot missiles to the US. The missiles produced in Japan will be used exclusively by US units.';
		expect(
			resolvedClaim('The missiles produced in Japan will be used exclusively by US units.', before)
		).toBeNull();
	});

	it('does not take a name joined to the noun by a verb or a conjunction', () => {
		const before =
			'The US has sent the interceptors to Ukraine and deployed the systems in the Gulf.';
		expect(resolvedClaim('The US deployed the systems in the Gulf.', before)).toBeNull();
	});

	it('names the rule change with whose rules they are', () => {
		const before =
			"Veloria's trade ministry on Monday announced new export controls on gallium refining equipment. The rules take effect on 1 April 2024.";
		expect(resolvedClaim('The rules take effect on 1 April 2024.', before)).toBe(
			'Veloria’s new export controls take effect on 1 April 2024.'
		);
		expect(
			resolvedClaim(
				'The new regulations continue to prohibit exports to nations at war.',
				'Kaldoria has loosened its arms export rules.'
			)
		).toBe('Kaldoria’s revised arms export rules continue to prohibit exports to nations at war.');
	});

	it('leaves a phrase that names itself, and flags one that still points back', () => {
		expect(resolvedClaim('The transfer of tanks to Poland was approved.', '')).toBe(
			'The transfer of tanks to Poland was approved.'
		);
		expect(resolvedClaim('The transfer was approved.', 'Nothing named here.')).toBeNull();
		expect(dangles('The missiles will not be transferred to third countries.')).toBe(true);
		expect(dangles('The Patriot missiles will not be transferred to third countries.')).toBe(false);
	});
});
