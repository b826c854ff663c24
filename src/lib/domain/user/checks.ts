/**
 * What an article the user brings must be before anything is saved: each check returns the
 * message the user reads, or null. Pure: the /add screen and the worker share them.
 */

/** Refused input: the message is for the user, and nothing has been saved. */
export class AddArticleError extends Error {
	override name = 'AddArticleError';
}

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** The longest text (characters) the pipeline is given (also the longest a backup restores). */
export const MAX_TEXT_CHARS = 200_000;
/** The file types the picker and drag-and-drop take. */
export const FILE_TYPES = ['.txt', '.md', '.html', '.htm'] as const;

export type FileKind = 'text' | 'markdown' | 'html';

/** The kind of a file by its name, or null when Dossier does not read that type. */
export function fileKind(name: string): FileKind | null {
	const ext = /\.[^.]+$/.exec(name.toLowerCase())?.[0];
	if (ext === '.txt') return 'text';
	if (ext === '.md' || ext === '.markdown') return 'markdown';
	if (ext === '.html' || ext === '.htm') return 'html';
	return null;
}

/** Why a file cannot be read, from its name and size alone, or null. */
export function fileProblem(name: string, bytes: number): string | null {
	if (!fileKind(name))
		return `“${name}” is not a file Dossier can read. Choose a text (.txt), Markdown (.md) or web page (.html, .htm) file.`;
	if (bytes === 0) return `“${name}” is empty.`;
	if (bytes > MAX_FILE_BYTES)
		return `“${name}” is ${(bytes / 1024 / 1024).toFixed(1)} MB; Dossier reads files up to 2 MB. Nothing was saved.`;
	return null;
}

/**
 * True when the bytes are not text: a NUL byte, or many control characters or undecodable
 * sequences (a PDF, an image or a Word file renamed .txt).
 */
export function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 8192);
	if (sample.includes(0)) return true;
	let odd = 0;
	for (const b of sample) if (b < 9 || (b > 13 && b < 32) || b === 127) odd++;
	if (odd > sample.length * 0.02) return true;
	const text = new TextDecoder('utf-8').decode(sample);
	const broken = text.match(/\uFFFD/g)?.length ?? 0;
	// The sample may cut a character in two at its end: one broken character is allowed.
	return broken > 1 && broken > text.length * 0.01;
}

/** Common English words that are not also common words of the other languages below. */
const ENGLISH = new Set(
	'the of and to is that for on was with as by it at from are be has have said will its an this not were which their or but would'.split(
		' '
	)
);
/** Common words of French, Spanish, German, Italian, Portuguese and Dutch. */
const FOREIGN = new Set(
	'le la les des une un est et du dans pour que qui sur avec au aux ce il elle el los las del por con una es y der die das und ist nicht mit von zu den ein eine sich auf il di che per della sono da em os um uma het een van niet met voor'.split(
		' '
	)
);

/**
 * Why a text holds no article the pipeline can work on, or null: nothing in it, no sentence
 * (a list of words, a table of numbers), or a language other than English.
 */
export function textProblem(text: string): string | null {
	const trimmed = text.trim();
	if (!trimmed) return 'There is no text to add. Paste or choose an article first.';
	if (trimmed.length > MAX_TEXT_CHARS)
		return `That text is ${trimmed.length.toLocaleString('en')} characters; Dossier takes articles up to ${MAX_TEXT_CHARS.toLocaleString('en')}.`;
	// A sentence: three words or more, then a full stop, a question or an exclamation mark.
	if (
		!/(?:[\p{L}\p{N}][^\s.!?]*\s+){2,}[^\s.!?]*[\p{L}\p{N}%)"”’]["”’)]?[.!?](?:\s|$|["”’)])/u.test(
			trimmed
		)
	)
		return 'Dossier found no sentences in this text. It needs an article written in sentences, not a list of words or numbers.';
	const words = trimmed.toLowerCase().match(/\p{L}+/gu) ?? [];
	const latin = words.filter((w) => /^[a-z]+$/.test(w)).length;
	const english = words.filter((w) => ENGLISH.has(w)).length;
	const foreign = words.filter((w) => FOREIGN.has(w)).length;
	if (
		words.length >= 8 &&
		(latin < words.length * 0.6 || english < words.length * 0.05 || foreign > english)
	)
		return 'This text does not look like English. Dossier finds key facts in English articles only, so it was not added.';
	return null;
}
