/** A fact for the quiz tests, its answers given as [type, text] and found in its statement. */
import type { AnswerSpan, AnswerType, Fact, FactKind } from '$lib/domain/facts/types';

export interface QuizFactOptions {
	kind?: FactKind;
	id?: string;
	/** The article it comes from (the headlines of quiz tests are keyed by it). */
	articleId?: string;
	derivation?: number;
}

export function quizFact(
	statement: string,
	spans: [AnswerType, string][] = [],
	{ kind = 'policy-rule', id = 'f-test', articleId = 'test', derivation = 1 }: QuizFactOptions = {}
): Fact {
	const answers: AnswerSpan[] = spans.map(([type, text]) => {
		const start = statement.indexOf(text);
		if (start < 0) throw new Error(`${text} is not in the statement`);
		return { type, text, start, end: start + text.length, value: text };
	});
	return {
		id,
		statement,
		kind,
		subject: 'Test',
		answers,
		evidence: [{ articleId, paragraph: 0, start: 0, end: statement.length, text: statement }],
		articleIds: [articleId],
		conflicts: [],
		quiz: [],
		derivation
	};
}
