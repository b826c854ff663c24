/**
 * The cards as a text file for Anki's File → Import (Anki 2.1.55+ reads its headers):
 * tab-separated, HTML fields, one note per card, Cloze notes for fill-in-the-blank cards and
 * Basic notes for the others. https://docs.ankiweb.net/importing/text-files.html
 */
import type { Article } from '../article';
import type { Fact, QuizItem } from '../facts/types';
import { BLANK } from '../quiz/items';
import type { StoredCard } from '../review/cards';

export const ANKI_DECK = 'Dossier';
/** The file's columns; Anki maps the regular ones (3–6) to the note type's fields in order. */
export const ANKI_COLUMNS = [
	'Note type',
	'Deck',
	'Text or Front',
	'Back Extra or Back',
	'Source',
	'Article',
	'Tags'
] as const;

/** Text as an HTML field: markup characters escaped, line breaks as <br> (cloze-safe). */
function html(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replace(/\r\n|\r|\n/g, '<br>');
}

/** A field as Anki's importer reads it: quoted, with quotes doubled, when it holds a tab or a quote. */
function field(value: string): string {
	return /["\t\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** An Anki tag for an article: tags are separated by spaces, so spaces become underscores. */
export function ankiTag(title: string): string {
	return title.trim().replace(/\s+/g, '_');
}

/** A cloze answer that cannot close the {{c1::…}} early. */
const clozeText = (answer: string) => html(answer).replaceAll('}}', '} }').replaceAll('::', ': :');

function sourceOf(fact: Fact): string {
	return fact.evidence[0]?.text ?? fact.statement;
}

function front(item: QuizItem): string {
	const options = item.choices?.length
		? '<br>' + item.choices.map((c, i) => `${String.fromCharCode(65 + i)}. ${html(c)}`).join('<br>')
		: '';
	return html(item.prompt) + options;
}

/** The columns of one card's note. */
function noteOf(fact: Fact, titles: ReadonlyMap<string, string>): string[] {
	const articles = fact.articleIds.map((id) => titles.get(id) ?? id);
	const source = html(sourceOf(fact));
	const article = html(articles.join('; '));
	// Anki's stock note types have two fields, and drop further columns: the source goes on
	// the back too, so nothing is lost; the Source and Article columns serve richer note types.
	const extra = `${source}<br><i>${article}</i>`;
	const tags = ['dossier', ...articles.map(ankiTag)].join(' ');
	const cloze = fact.quiz.find((q) => q.type === 'cloze' && q.prompt.includes(BLANK));
	if (cloze) {
		const text = html(cloze.prompt).replace(BLANK, `{{c1::${clozeText(cloze.answer)}}}`);
		return ['Cloze', ANKI_DECK, text, extra, source, article, tags];
	}
	const item = fact.quiz[0];
	const [prompt, answer] = item ? [front(item), html(item.answer)] : [html(fact.statement), ''];
	return ['Basic', ANKI_DECK, prompt, `${answer}<br><br>${extra}`, source, article, tags];
}

/** The Anki import file for `cards` (cards without their fact, or deleted, are left out). */
export function toAnkiText(
	cards: readonly StoredCard[],
	facts: readonly Fact[],
	articles: readonly Pick<Article, 'id' | 'title'>[]
): string {
	const factById = new Map(facts.map((f) => [f.id, f]));
	const titles = new Map(articles.map((a) => [a.id, a.title]));
	const header = [
		'#separator:tab',
		'#html:true',
		'#notetype column:1',
		'#deck column:2',
		`#tags column:${ANKI_COLUMNS.length}`,
		`#columns:${ANKI_COLUMNS.join('\t')}`
	];
	const rows = cards.flatMap((card) => {
		const fact = card.suspended === 'deleted' ? undefined : factById.get(card.id);
		return fact ? [noteOf(fact, titles).map(field).join('\t')] : [];
	});
	return [...header, ...rows].join('\n') + '\n';
}
