import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as report from '$lib/domain/facts/report';
import { handleFacts, WARM_UP, WARM_UP_STEPS } from './facts-handler';
import type { FactsRequest, FactsResponse } from './facts-protocol';

// The warm-up is the only caller of factsReport in the handler: counting its calls counts its steps.
vi.mock('$lib/domain/facts/report', async (original) => {
	const actual = await original<typeof import('$lib/domain/facts/report')>();
	return { ...actual, factsReport: vi.fn(actual.factsReport) };
});
const warmUpSteps = vi.mocked(report.factsReport);

const TEXT = readFileSync(
	new URL('../domain/facts/fixtures/unseen/02-kestria-budget.txt', import.meta.url),
	'utf8'
);

function send(request: FactsRequest): { replies: FactsResponse[]; done: Promise<void> } {
	const replies: FactsResponse[] = [];
	return { replies, done: handleFacts(request, (reply) => replies.push(reply)) };
}

beforeEach(() => {
	warmUpSteps.mockClear();
});

describe('the facts worker’s warm-up', () => {
	it('runs the sample paragraph by paragraph, ending with the whole sample', () => {
		expect(WARM_UP_STEPS.length).toBe(8);
		expect(WARM_UP_STEPS.at(-1)).toEqual(WARM_UP);
		for (const [i, step] of WARM_UP_STEPS.entries())
			expect(
				WARM_UP.text.startsWith(step.text) &&
					(i === 0 || step.text.length > WARM_UP_STEPS[i - 1]!.text.length)
			).toBe(true);
	});

	it('runs every step when nothing else comes, and says it is warm', async () => {
		const warm = send({ id: 1, warm: true });
		await warm.done;
		expect(warmUpSteps).toHaveBeenCalledTimes(WARM_UP_STEPS.length);
		expect(warm.replies).toEqual([{ id: 1, ok: true, warmed: true, ms: expect.any(Number) }]);
	}, 60_000);

	it('stops at its next step when a real request comes, which gets the same answer as ever', async () => {
		const warm = send({ id: 2, warm: true });
		const files = [{ name: 'pasted.txt', text: TEXT }];
		const real = send({ id: 3, files });
		await Promise.all([warm.done, real.done]);
		expect(warmUpSteps.mock.calls.length).toBeLessThan(WARM_UP_STEPS.length);
		expect(warm.replies).toEqual([{ id: 2, ok: true, warmed: true, ms: expect.any(Number) }]);
		const [answer, ...more] = real.replies;
		expect(more).toEqual([]);
		expect(answer?.ok && 'report' in answer && JSON.stringify(answer.report)).toBe(
			JSON.stringify(await report.reportOf(await report.rawArticles(files)))
		);
	}, 60_000);
});
