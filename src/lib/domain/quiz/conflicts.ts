/**
 * Disagreements taught as disagreements (CARDS.md): where the sources give different values
 * for one point, the card asks which values they give, and names that they differ.
 */
import type { Fact, FactConflict, QuizItem } from '../facts/types';
import { MONTHS } from '../format';
import type { Dispute } from '../facts/disputes';
import { numberVariants } from './distractors';
import { seededRandom, shuffled } from './random';

const join = (values: readonly string[]) =>
	values.length <= 2
		? values.join(' and ')
		: `${values.slice(0, -1).join(', ')} and ${values.at(-1)}`;

const MONTH = new RegExp(`\\b(${MONTHS.join('|')})\\s+(\\d{4})\\b`);
const monthOf = (value: string) => MONTH.exec(value)?.slice(1).join(' ');

/** "22 December 2023" moved by whole months: "22 January 2024". */
function shifted(value: string, months: number): string | undefined {
	const match = MONTH.exec(value);
	if (!match) return undefined;
	const index = MONTHS.indexOf(match[1]!) + months;
	const year = Number(match[2]) + Math.floor(index / 12);
	const month = MONTHS[((index % 12) + 12) % 12];
	return value.replace(MONTH, `${month} ${year}`);
}

/** A multiple choice on the values the sources give, with near but wrong pairs as options. */
export function conflictItem(fact: Fact, conflict: FactConflict): QuizItem {
	const values = conflict.sides.map((s) => s.value);
	const answer = join(values);
	const topic = conflict.topic.charAt(0).toLowerCase() + conflict.topic.slice(1);
	const random = seededRandom(`${fact.id}:conflict:${conflict.topic}`);
	const wrong: string[] = [];
	// Every side moved by the same months, never onto a month any side names.
	const named = new Set(values.map((v) => monthOf(v)));
	for (const months of [1, -1, 3, -3, 4, -4, 5]) {
		if (wrong.length === 3) break;
		const pair = values.map((v) => shifted(v, months));
		if (pair.some((v) => v === undefined || named.has(monthOf(v)))) continue;
		const option = join(pair as string[]);
		if (option !== answer && !wrong.includes(option)) wrong.push(option);
	}
	const claim = `Sources differ on ${topic}: ${values.map((v, i) => `${v} (${conflict.sides[i]!.articleIds.length} source${conflict.sides[i]!.articleIds.length === 1 ? '' : 's'})`).join(' or ')}.`;
	return {
		id: `${fact.id}:conflict`,
		type: 'multiple-choice',
		prompt: `Sources differ on ${topic}. Which dates do they give?`,
		answer,
		choices: shuffled([answer, ...wrong], random),
		claim
	};
}

const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})$`);
const DAY_MONTH = new RegExp(`^(\\d{1,2}) (${MONTHS.join('|')})$`);
const MONTH_DAY = new RegExp(`^(${MONTHS.join('|')}) (\\d{1,2})$`);
const MONTH_DAY_YEAR = /^([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})$/;

/** A date as the article words it, moved by whole months (a year moved by years); same form. */
function movedDate(value: string, step: number): string | undefined {
	if (/^\d{4}$/.test(value))
		return String(Number(value) + Math.sign(step) * Math.ceil(Math.abs(step) / 3));
	// "30 September", "October 15": a date the article gives without its year (derivation 13).
	const dm = DAY_MONTH.exec(value);
	const md = MONTH_DAY.exec(value);
	if (dm || md) {
		const index = MONTHS.indexOf((dm?.[2] ?? md?.[1])!) + step;
		const month = MONTHS[((index % 12) + 12) % 12]!;
		return dm ? `${dm[1]} ${month}` : `${month} ${md![2]}`;
	}
	const dmy = DAY_MONTH_YEAR.exec(value);
	if (dmy) return shifted(value, step);
	const mdy = MONTH_DAY_YEAR.exec(value);
	if (!mdy) return shifted(value, step);
	const index = MONTHS.findIndex((m) => m.startsWith(mdy[1]!.slice(0, 3)));
	if (index < 0) return undefined;
	const total = index + step;
	const year = Number(mdy[3]) + Math.floor(total / 12);
	const month = MONTHS[((total % 12) + 12) % 12]!;
	const abbreviated = mdy[1]!.length <= 4 && value.includes('.');
	return `${abbreviated ? `${month.slice(0, 3)}.` : month} ${mdy[2]}, ${year}`;
}

/** A figure as the article words it ("30 days", "eight weeks", "112 million brenn a year"), moved to nearby values. */
function movedFigures(value: string): string[] {
	const token = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.exec(
		value
	);
	// The unit after the figure ("days" in "30 days") is what the numbers' ladders read.
	const after = token ? value.slice(token.index).replace(/^[\d.,]+|^\p{L}+/u, '') : '';
	return numberVariants(value, { before: '', after });
}

/**
 * A disagreement inside one article, taught with its sources (derivation 12): which value does
 * each source give? The wrong options swap the two sources' values, or move one of them.
 */
export function disputeItem(factId: string, dispute: Dispute): QuizItem | null {
	const [a, b] = dispute.sides;
	const line = (x: string, y: string) => `${a.source}: ${x}; ${b.source}: ${y}`;
	const answer = line(a.value, b.value);
	const near = (value: string) =>
		dispute.kind === 'date'
			? [1, -1, 3, -3, 6, -6].map((s) => movedDate(value, s)).filter((v): v is string => !!v)
			: movedFigures(value);
	const wrong = [line(b.value, a.value)];
	// "up to 16 hours a day" and "16 hours" are one figure: an option where the two sources agree
	// contradicts "Sources differ" (derivation 16, held-out 16).
	const figure = (v: string) => (dispute.kind === 'date' ? v : (/\d[\d.,]*/.exec(v)?.[0] ?? v));
	const nearA = near(a.value).filter((v) => v !== b.value && figure(v) !== figure(b.value));
	const nearB = near(b.value).filter((v) => v !== a.value && figure(v) !== figure(a.value));
	for (let i = 0; wrong.length < 3 && (i < nearA.length || i < nearB.length); i++) {
		if (nearA[i] && wrong.length < 3) wrong.push(line(nearA[i]!, b.value));
		if (nearB[i] && wrong.length < 3) wrong.push(line(a.value, nearB[i]!));
	}
	const options = [...new Set(wrong)].filter((o) => o !== answer);
	if (options.length < 3) return null;
	const random = seededRandom(`${factId}:dispute`);
	return {
		id: `${factId}:dispute`,
		type: 'multiple-choice',
		// "Sources differ: exchanges must hold at least how much?" when the article names no topic.
		prompt: dispute.question
			? `Sources differ: ${dispute.question}? What does each say?`
			: `Sources differ on ${dispute.topic}. What does each say?`,
		answer,
		choices: shuffled([answer, ...options], random),
		claim: `Sources differ${dispute.question ? ` (${dispute.question})` : ` on ${dispute.topic}`}: ${a.source} says ${a.value}, ${b.source} says ${b.value}.`
	};
}
