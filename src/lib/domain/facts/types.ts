/**
 * Key facts: checkable statements derived from the articles, each with its evidence.
 * This file is the contract between the derivation pipeline, the database and the screens.
 */

/** Increase whenever the derivation's output may change for the same input. */
export const DERIVATION_VERSION = 25;

export type FactKind = 'policy-rule' | 'actor-role' | 'dated-event' | 'quantity' | 'quote';

export type AnswerType =
	| 'person'
	| 'organization'
	| 'country'
	| 'place'
	| 'weapon'
	| 'number'
	| 'amount'
	| 'percentage'
	| 'date';

/** A part of a fact's statement that a question can ask for. */
export interface AnswerSpan {
	type: AnswerType;
	/** The exact text in the statement: `statement.slice(start, end) === text`. */
	text: string;
	start: number;
	end: number;
	/** The canonical name after the alias table (RTX → Raytheon), or the normalised value. */
	value: string;
}

export type FactDatePrecision = 'day' | 'month' | 'season' | 'year';

/** A date a fact is about, resolved against its article's own date where it was relative. */
export interface FactDate {
	/** ISO at its precision: YYYY-MM-DD, YYYY-MM or YYYY (a season gives its first month). */
	iso: string;
	precision: FactDatePrecision;
	/** True when resolved from relative words ("on Friday", "late last year"). */
	inferred: boolean;
	/** The words in the source it was read from. */
	text: string;
}

/** Where a fact comes from: a sentence of a clean article, exactly as it stands there. */
export interface Evidence {
	articleId: string;
	/** Index into the article's `paragraphs`. */
	paragraph: number;
	/** Character offsets in that paragraph's text: `paragraphs[p].text.slice(start, end) === text`. */
	start: number;
	end: number;
	text: string;
}

/** Articles that disagree on one point: each side with the articles that say it. */
export interface FactConflict {
	/** What they disagree about, for people: "When the export rules changed". */
	topic: string;
	sides: { value: string; articleIds: string[]; evidence: Evidence[] }[];
}

export type QuizItemType = 'cloze' | 'multiple-choice' | 'true-false' | 'date';

/** A question the quiz can ask about a fact. */
export interface QuizItem {
	id: string;
	type: QuizItemType;
	prompt: string;
	answer: string;
	choices?: string[];
	/**
	 * The atomic statement the item is made from, with the answer in place (issue 13). Every
	 * item derived now has one; items stored by releases before derivation 3 do not.
	 */
	claim?: string;
}

export interface Fact {
	/** Stable: derived from the normalised source sentence, so it survives re-derivation. */
	id: string;
	/** Reads on its own: a whole sentence, never a headline or a fragment. */
	statement: string;
	kind: FactKind;
	/** The heading it is grouped under on the Key facts screen (e.g. "Export rules"). */
	subject: string;
	answers: AnswerSpan[];
	/** The date of the event, for dated events (the timeline). */
	date?: FactDate;
	/** Relative words that could not be placed in time ("on Friday" in an undated article). */
	relativeDate?: string;
	/** Every sentence that supports the fact, first the one the statement was taken from. */
	evidence: Evidence[];
	/** The articles that report it (the same fact in several articles is one fact). */
	articleIds: string[];
	conflicts: FactConflict[];
	/** Filled in by the quiz; empty until then. */
	quiz: QuizItem[];
	/** The DERIVATION_VERSION that produced it. */
	derivation: number;
}
