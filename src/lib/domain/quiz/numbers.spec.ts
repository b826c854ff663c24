import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { direction, isRound, numberShifts } from './numbers';

const none = { before: '', after: '' };

describe('numberShifts', () => {
	it('offers round values a lawmaker could have chosen beside a round statutory value', () => {
		const fine = numberShifts(200, { before: 'Offenders pay up to £', after: ' per day.' })!;
		expect(fine.length).toBeGreaterThanOrEqual(3);
		for (const v of fine) expect(isRound(v)).toBe(true);
		expect(fine).not.toContain(199);
		expect(fine).not.toContain(205);
	});

	it('offers other round durations for a deadline in days or hours', () => {
		// 45 days since derivation 16 ("within 45 days of the end of each quarter").
		const days = numberShifts(30, { before: 'Appeals must be filed within ', after: ' days.' })!;
		expect(days.slice(0, 3).every((d) => [14, 21, 28, 45, 60, 10, 90, 7].includes(d))).toBe(true);
		expect(numberShifts(48, { before: 'within ', after: ' hours' })).toContain(72);
	});

	it('keeps the direction of a change: a cut offers only lower values, a rise only higher', () => {
		expect(
			numberShifts(5, { before: 'The tax was cut from 8 percent to ', after: '' })!.every(
				(v) => v < 8
			)
		).toBe(true);
		expect(
			numberShifts(30, { before: 'The levy rises from 25 to ', after: '' })!.every((v) => v > 25)
		).toBe(true);
	});

	it('moves an age by a year or two, and never offers 100 percent or more', () => {
		const age = numberShifts(17, { before: 'The driving age falls from 18 to ', after: '' })!;
		expect(age.every((v) => v < 18 && v >= 14)).toBe(true);
		expect(
			numberShifts(80, { before: 'a discount of ', after: '', percent: true })!.every(
				(v) => v < 100
			)
		).toBe(true);
	});

	it('leaves a value that is not round, with no change to keep, to the caller', () => {
		expect(numberShifts(37, none)).toBeUndefined();
		expect(numberShifts(2.9, none)).toBeUndefined();
	});

	it('for any value and context: never the value itself, always positive, direction kept', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 100000 }),
				fc.integer({ min: 1, max: 100000 }),
				fc.boolean(),
				fc.constantFrom(' hours', ' days', ' percent', ' crowns', ''),
				(n, from, up, after) => {
					const before = `The fee ${up ? 'rises' : 'falls'} from ${from} to `;
					const shifts = numberShifts(n, { before, after }) ?? [];
					for (const v of shifts) {
						expect(v).not.toBe(n);
						expect(v).toBeGreaterThan(0);
						expect(up ? v > from : v < from).toBe(true);
					}
				}
			),
			{ seed: 20261202, numRuns: 200 }
		);
	});
});

describe('direction', () => {
	it('reads the old value and the way a change goes', () => {
		expect(direction('The limit was lowered from 50 to ')).toEqual({ from: 50, up: false });
		expect(direction('Pensions increase from €1,200 to €')).toEqual({ from: 1200, up: true });
		expect(direction('The fee is ')).toBeUndefined();
	});
});
