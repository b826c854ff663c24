/**
 * The /add screen's state: what the user brings (a paste, a file, a share), the preview the
 * worker builds of it, the fields they may correct, and saving. Bad input gets its reason and
 * nothing is saved. The HTML tools and the worker load only when first needed.
 */
import type { BuiltArticle, ArticleMeta, AddInput } from '$lib/domain/user/build';
import type { FactsSteps } from '$lib/workers/facts-protocol';
import { fileKind, fileProblem, looksBinary, textProblem } from '$lib/domain/user/checks';
import { idWords, newUserArticleId } from '$lib/domain/user/new-id';
import { explain } from './errors';
import { deviceClock } from './loadable.svelte';
import { localDb, type DatabaseSource } from './local-db.svelte';
import { userArticles } from './user-articles.svelte';

export type AddPhase = 'input' | 'working' | 'preview' | 'saving' | 'saved';

/** The fields of the preview the user may correct; '' is unknown. */
export interface AddFields {
	title: string;
	publisher: string;
	/** YYYY-MM-DD, YYYY-MM or YYYY, or '' when unknown. */
	date: string;
}

const ISO = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Why a web page cannot be read: its tools' code failed to load (offline, not cached yet). */
const HTML_TOOLS_MISSING =
	'Reading a web page needs its page tools (about 25 kB), which are not on this device yet. Connect to the internet once and try again; after that it works offline too.';

/** True when the text is nothing but a web address. */
const onlyUrl = (text: string) => /^\s*https?:\/\/\S+\s*$/.test(text);

/** The cards a build would make, as the preview shows them: one key per card. */
const cardsOf = (built: BuiltArticle): string =>
	JSON.stringify(
		built.facts.flatMap((f) => (f.quiz[0] ? [[f.id, f.quiz[0].prompt, f.quiz[0].answer]] : []))
	);

export class AddArticle {
	/** The text in the paste box. */
	text = $state('');
	phase = $state<AddPhase>('input');
	/** Why the input was refused or the run failed, in plain words, else null. */
	error = $state<string | null>(null);
	/** Something to know that is not an error (a shared address that cannot be fetched). */
	notice = $state<string | null>(null);
	/** The address shared with the text, kept as the article's source. */
	url = $state<string | null>(null);
	/** The file the text came from, else null. */
	fileName = $state<string | null>(null);
	preview = $state.raw<{ built: BuiltArticle; ms: number; steps?: FactsSteps } | null>(null);
	/**
	 * True while the preview shows the facts of a long article's opening and the worker reads
	 * the rest: the list is replaced by the whole article's, and saving waits for it.
	 */
	reading = $state(false);
	fields = $state<AddFields>({ title: '', publisher: '', date: '' });
	/** The id of the article saved last. */
	savedId = $state<string | null>(null);
	/** Facts whose card the learner left out of reviews (ids of the preview's facts). */
	leftOut = $state.raw<readonly string[]>([]);
	/** What the last save did with the cards: how many went to reviews, how many were left out. */
	savedCards = $state.raw<{ added: number; leftOut: number } | null>(null);
	/** The page's HTML when the text came from a page (paste or file): read with Readability. */
	#html: string | null = null;
	/** The text as it came from Readability or the file, to see whether the user edited it. */
	#imported: { text: string; meta: ArticleMeta } | null = null;
	#input: AddInput | null = null;
	/** Counts the previews asked for: an answer to an older one is dropped. */
	#run = 0;
	#source: DatabaseSource;
	#now: () => Date;

	constructor(source: DatabaseSource = localDb, now: () => Date = deviceClock) {
		this.#source = source;
		this.#now = now;
	}

	/**
	 * Starts the facts worker while the user pastes or picks a file: a cold worker's first run
	 * takes several times as long as a warm one's.
	 */
	prepare(): void {
		void import('$lib/workers/facts-client').then(
			(client) => client.warmUpFactsWorker(),
			() => undefined
		);
	}

	/** Fills the form from a share (the manifest's share_target: /add?title=&text=&url=). */
	fromShare(params: URLSearchParams): void {
		const title = params.get('title')?.trim() ?? '';
		let text = params.get('text')?.trim() ?? '';
		let url = params.get('url')?.trim() || null;
		// Many apps put the address in the text: take it out of the article.
		const inText = /https?:\/\/\S+$/.exec(text);
		if (!url && inText) url = inText[0];
		if (url && text.endsWith(url)) text = text.slice(0, -url.length).trim();
		if (!title && !text && !url) return;
		this.url = url;
		this.text = [title, text].filter(Boolean).join('\n\n');
		if (url && (!text || onlyUrl(text)))
			this.notice = `Dossier has no server, so it cannot fetch ${url}. Open the page, copy the article’s text and paste it here: the address is kept with the article.`;
	}

	/** A paste: the clipboard's HTML (a copied page) is read with Readability, else its text. */
	fromPaste(plain: string, html: string | null): void {
		this.#reset();
		this.text = plain;
		this.#html = html && /<\w/.test(html) ? html : null;
		// The HTML tools are needed now: their code loads while the user gets to Preview.
		if (this.#html) void import('$lib/import/html').catch(() => undefined);
	}

	/** The user typed in the box: the text is theirs now, not the page's. */
	edited(): void {
		this.#html = null;
		this.#imported = null;
		this.fileName = null;
		if (this.phase !== 'working' && this.phase !== 'saving') this.phase = 'input';
	}

	/** A chosen or dropped file: checked (type, size, text) before it is read. */
	async fromFile(file: File): Promise<void> {
		this.#reset();
		const problem = fileProblem(file.name, file.size);
		if (problem) {
			this.error = problem;
			return;
		}
		const bytes = new Uint8Array(await file.arrayBuffer());
		if (looksBinary(bytes)) {
			this.error = `“${file.name}” is not a text file (it looks like a picture, a PDF or another binary file). Nothing was saved.`;
			return;
		}
		const raw = new TextDecoder('utf-8').decode(bytes);
		this.fileName = file.name;
		const kind = fileKind(file.name);
		if (kind === 'html') {
			this.#html = raw;
			this.text = '';
		} else if (kind === 'markdown') {
			const { markdownToText } = await import('$lib/import/markdown');
			this.text = markdownToText(raw);
		} else this.text = raw;
		await this.makePreview();
	}

	/**
	 * Builds the preview in the worker: title, publisher, date, opening paragraphs, facts. A long
	 * article shows the facts of its opening first (`reading` is true meanwhile), then the whole
	 * article's. Performance marks (add:read-page, add:to-worker, add:opening, add:final) time it.
	 */
	async makePreview(): Promise<void> {
		this.error = null;
		this.preview = null;
		this.reading = false;
		this.phase = 'working';
		const run = ++this.#run;
		performance.mark('add:preview');
		const current = () => run === this.#run && (this.phase === 'working' || this.reading);
		try {
			const { text, meta } = await this.#content();
			const problem = textProblem(text);
			if (problem) throw new Error(problem);
			const input: AddInput = {
				articleId: newUserArticleId(meta.title ?? idWords(text), this.#now()),
				name: this.fileName ?? (this.#html ? 'Pasted web page' : 'Pasted text'),
				text,
				meta: { ...meta, ...(this.url ? { url: this.url } : {}) }
			};
			const { buildInWorker } = await import('$lib/workers/facts-client');
			performance.mark('add:to-worker');
			const result = await buildInWorker(input, undefined, (opening) => {
				if (!current()) return;
				performance.mark('add:opening');
				// The whole article, with the facts of its opening only: shown, not saved.
				this.#show(opening);
				this.reading = true;
			});
			if (!current()) return;
			performance.mark('add:final');
			this.#input = input;
			this.#show(result);
			this.reading = false;
		} catch (error) {
			if (run !== this.#run) return;
			this.error = error instanceof Error ? error.message : String(error);
			this.preview = null;
			this.reading = false;
			this.phase = 'input';
		}
	}

	/** A result on screen; the fields take the article's values the first time only (the user may have corrected them since). */
	#show(result: { built: BuiltArticle; ms: number; steps?: FactsSteps }): void {
		const first = this.phase === 'working';
		this.preview = result;
		if (first) {
			const { article } = result.built;
			this.fields = {
				title: article.title,
				publisher: article.publisher?.name ?? '',
				date: article.published.value ?? ''
			};
			this.phase = 'preview';
		}
	}

	/** Saves the previewed article with the fields as corrected; derives again if they changed. */
	async save(): Promise<boolean> {
		const preview = this.preview;
		const input = this.#input;
		// Only the whole article's facts are saved: while the rest is read there is no input yet.
		if (!preview || !input || this.reading) return false;
		const date = this.fields.date.trim();
		if (date && !ISO.test(date)) {
			this.error = `“${date}” is not a date Dossier can read: write it as 2024-03-27, 2024-03 or 2024, or leave it empty if it is unknown.`;
			return false;
		}
		if (!this.fields.title.trim()) {
			this.error = 'The article needs a title.';
			return false;
		}
		this.error = null;
		this.phase = 'saving';
		try {
			const article = preview.built.article;
			const meta: ArticleMeta = { ...input.meta };
			let changed = false;
			if (this.fields.title.trim() !== article.title) {
				meta.title = this.fields.title.trim();
				changed = true;
			}
			if (this.fields.publisher.trim() !== (article.publisher?.name ?? '')) {
				meta.publisher = this.fields.publisher.trim();
				changed = true;
			}
			if (date !== (article.published.value ?? '')) {
				meta.date = date || null;
				changed = true;
			}
			let built = preview.built;
			if (changed) {
				// The date places relative words ("on Friday") in time: the facts are derived again.
				const { buildInWorker } = await import('$lib/workers/facts-client');
				built = (await buildInWorker({ ...input, meta: { ...meta, from: 'user' } })).built;
				// Cards the learner has not seen are never saved unasked: shown first, then saved.
				if (cardsOf(built) !== cardsOf(preview.built)) {
					const ids = built.facts.map((f) => f.id);
					this.leftOut = this.leftOut.filter((id) => ids.includes(id));
					this.preview = { ...preview, built };
					this.error =
						'With the details you changed, the key facts and their cards are not the same: check the cards, then save again.';
					this.phase = 'preview';
					return false;
				}
			}
			const { saveUserArticle } = await import('$lib/db/user-articles');
			const result = await this.#source.run((db) =>
				saveUserArticle(db, built, this.#now(), this.leftOut)
			);
			this.savedCards = { added: result.cards.added, leftOut: result.cards.leftOut };
			this.savedId = built.article.id;
			this.phase = 'saved';
			userArticles.changed();
			return true;
		} catch (error) {
			this.error = await explain(error);
			this.phase = 'preview';
			return false;
		}
	}

	/**
	 * Keeps a fact's card for reviews or leaves it out: a card the learner would not have written
	 * need never reach a review. A card left out is saved suspended, to be taken up in Cards.
	 */
	chooseCard(factId: string, keep: boolean): void {
		const others = this.leftOut.filter((id) => id !== factId);
		this.leftOut = keep ? others : [...others, factId];
	}

	/** Back to an empty form, for another article. */
	startOver(): void {
		this.#reset();
		this.text = '';
		this.url = null;
		this.notice = null;
		this.phase = 'input';
	}

	#reset(): void {
		this.#run++;
		this.error = null;
		this.preview = null;
		this.reading = false;
		this.fileName = null;
		this.savedId = null;
		this.savedCards = null;
		this.leftOut = [];
		this.#html = null;
		this.#imported = null;
		this.#input = null;
		this.phase = 'input';
	}

	/** The text and what is known of it: from the page's HTML when there is one, else as typed. */
	async #content(): Promise<{ text: string; meta: ArticleMeta }> {
		if (this.#html) {
			if (!this.#imported) {
				const { importHtml } = await import('$lib/import/html').catch((error: unknown) => {
					// Offline, before the tools were cached (they are not precached: html-url.ts).
					throw error instanceof TypeError ? new Error(HTML_TOOLS_MISSING) : error;
				});
				performance.mark('add:read-page');
				const pasted = this.fileName ? '' : this.text.trim();
				try {
					this.#imported = importHtml(this.#html);
				} catch (error) {
					// A copied selection too short for Readability: its plain text is the article.
					if (pasted) return { text: this.text, meta: {} };
					throw error;
				}
				// Readability kept a small part of a copied selection: the selection's text is the article.
				if (pasted && this.#imported.text.length < pasted.length / 2)
					return { text: this.text, meta: {} };
			}
			return this.#imported;
		}
		return { text: this.text, meta: {} };
	}
}
