/**
 * What the facts worker does with one request, kept apart from the worker's entry so that
 * tests run it with the real pipeline. Every answer goes through `reply`: for a progressive
 * request on a long article, first the facts of its opening (`partial: true`), then the final
 * answer, which is exactly what a request without `progressive` gets.
 */
import { factsReport, rawArticles, RawFileError, reportOf } from '$lib/domain/facts/report';
import {
	AddArticleError,
	buildUserArticle,
	openingOf,
	type BuildSteps
} from '$lib/domain/user/build';
import type { FactsRequest, FactsResponse, FactsSteps } from './facts-protocol';

/**
 * A short article of the kind the pipeline reads: its first run sets up the language tools'
 * lexicons and compiles the pipeline's code, which makes a first real run several times slower.
 * Its later paragraphs take the paths a real article takes and three short ones never did (a
 * relative clause, a participle, a long sentence cut to a card, a frame, "according to", two
 * clauses, a date to place): with them, a 5 kB article's first run after the warm-up is about
 * a fifth shorter. Each step stays short, so a request that comes meanwhile waits little.
 */
export const WARM_UP = {
	name: 'warm-up',
	text: [
		'Example Gazette',
		'Parliament approves a cap on card fees',
		'By A. Writer',
		'Published: March 4, 2025',
		"Examplia's parliament on Monday approved a law that caps card fees at 0.3 percent of each payment from 1 January 2026, the finance ministry said.",
		'Shops with fewer than 50 employees are exempt until 2027, and banks that break the cap face fines of up to 2 million marks.',
		'"It is a fair deal," said Minister Ana Lind, who proposed the law in October 2024.',
		'The Examplian Payments Authority, which will enforce the cap, said on Friday that it would publish a list of approved card issuers, requiring each to report its fees every quarter.',
		'The law, passed by 102 votes to 61, also bans surcharges on contactless payments and sets a maximum fee of 15 cents for cash withdrawals, although rural banks can apply for an exemption.',
		"Under Examplia's new payments act, the authority can order a bank to refund overcharged customers within 30 days, or when a complaint is upheld by the Consumer Council.",
		'According to the ministry, the change will save retailers about €120 million a year, and the central bank expects card use to rise by 8 percent in 2026.',
		'Critics warned that banks could raise account charges instead, while the opposition Liberal Party said it would vote against the budget in March.'
	].join('\n\n')
};

/**
 * The warm-up in steps, one paragraph each (the same head, then the paragraphs so far): a
 * request that arrives while it runs stops it at the next step instead of waiting for all of
 * it, and the steps already run have done most of the warming.
 */
export const WARM_UP_STEPS = ((paragraphs: string[]) =>
	paragraphs.slice(4).map((_, i) => ({
		name: WARM_UP.name,
		text: paragraphs.slice(0, 5 + i).join('\n\n')
	})))(WARM_UP.text.split('\n\n'));

/** The warm-up that runs, if one does: a real request stops it. */
let warming: { stopped: boolean } | null = null;

/** Lets the worker take its next message (a real request) between two steps of the warm-up. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const steps = (s: BuildSteps): FactsSteps => ({
	clean: s.clean ?? 0,
	...(s.opening === undefined ? {} : { opening: s.opening }),
	derive: s.derive ?? 0
});

/** Answers one request; never throws (a failure is answered with its message). */
export async function handleFacts(
	request: FactsRequest,
	reply: (message: FactsResponse) => void
): Promise<void> {
	const started = performance.now();
	const ms = () => performance.now() - started;
	const { id } = request;
	try {
		if ('warm' in request) {
			const run = { stopped: false };
			warming = run;
			try {
				for (const step of WARM_UP_STEPS) {
					await nextTask();
					if (run.stopped) break;
					await factsReport([step]);
				}
			} finally {
				if (warming === run) warming = null;
			}
			reply({ id, ok: true, warmed: true, ms: ms() });
			return;
		}
		if (warming) warming.stopped = true;
		if ('add' in request) {
			const taken: BuildSteps = {};
			const built = await buildUserArticle(request.add, {
				steps: taken,
				...(request.progressive
					? {
							onOpening: (partial) =>
								reply({
									id,
									ok: true,
									built: partial,
									ms: ms(),
									partial: true,
									steps: steps(taken)
								})
						}
					: {})
			});
			reply({ id, ok: true, built, ms: ms(), steps: steps(taken) });
		} else {
			// Cleaned once: the opening's facts and the whole article's come from the same articles.
			const articles = await rawArticles(request.files);
			const opening = request.progressive && articles.length === 1 && openingOf(articles[0]!);
			if (opening)
				reply({ id, ok: true, report: reportOf(articles, [opening]), ms: ms(), partial: true });
			reply({ id, ok: true, report: reportOf(articles), ms: ms() });
		}
	} catch (error) {
		const message =
			error instanceof RawFileError || error instanceof AddArticleError
				? error.message
				: `The text could not be read: ${error instanceof Error ? error.message : String(error)}`;
		reply({ id, ok: false, message });
	}
}
