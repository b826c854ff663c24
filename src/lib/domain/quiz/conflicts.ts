/**
 * Disagreements taught as disagreements (CARDS.md): where the sources give different values
 * for one point, the card asks which values they give, and names that they differ.
 */
import type { Fact, FactConflict, QuizItem } from '../facts/types';
import { MONTHS } from '../format';
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
