/**
 * The stand-alone gate run on every claim a blind judge has judged (docs/quality): how many
 * of the claims it lets through each verdict has. A rule meant to keep UNREADABLE cards out is
 * checked here against GOOD cards it would lose. Prints a table, and with --list the claims.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { referenceDate } from '../../src/lib/domain/facts/dates';
import { rawArticles } from '../../src/lib/domain/facts/report';
import { articleNames, notStandAlone } from '../../src/lib/domain/facts/standalone';
import type { Article } from '../../src/lib/domain/article';

interface Judged {
	sheet: string;
	n: number;
	type: string;
	claim: string;
	prompt: string;
	articles: string[];
	context?: string;
	verdicts: string[];
}

const FIXTURES = 'src/lib/domain/facts/fixtures';
const SEEDS = 'content/articles';

async function articlesById(): Promise<Map<string, Article>> {
	const files: { name: string; text: string }[] = [];
	for (const dir of await readdir(FIXTURES, { withFileTypes: true })) {
		if (!dir.isDirectory()) continue;
		for (const f of await readdir(join(FIXTURES, dir.name)))
			if (f.endsWith('.txt'))
				files.push({ name: f, text: await readFile(join(FIXTURES, dir.name, f), 'utf8') });
	}
	try {
		for (const f of await readdir(SEEDS))
			if (f.endsWith('.txt')) files.push({ name: f, text: await readFile(join(SEEDS, f), 'utf8') });
	} catch {
		/* no seeds folder */
	}
	const built = await rawArticles(files);
	const byId = new Map<string, Article>();
	files.forEach((f, i) => {
		const a = built[i]!;
		byId.set(f.name.replace(/\.txt$/, ''), a);
		byId.set(f.name.replace(/\.txt$/, '').slice(0, 3), a);
		byId.set(a.id, a);
	});
	return byId;
}

const judged: Judged[] = JSON.parse(
	await readFile(process.argv[2] ?? '/work/out/judged/judged.json', 'utf8')
);
const byId = await articlesById();
const names = articleNames(
	[...new Set(byId.values())].flatMap((a) =>
		a.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text)
	)
);
const table = new Map<string, { pass: number; fail: number }>();
const list = process.argv.includes('--list');
const only = process.argv.find((a) => a.startsWith('--reason='))?.slice(9);
for (const item of judged) {
	const article = item.articles.map((id) => byId.get(id)).find(Boolean);
	const headline = item.context ?? article?.title;
	const year = article ? referenceDate(article.published)?.getUTCFullYear() : undefined;
	const claim = item.claim.replace(/^True or false:\s*/, '');
	const why = notStandAlone(claim, {
		names,
		...(year ? { year } : {}),
		...(headline ? { headline } : {})
	});
	const verdict = item.verdicts[0]!;
	const row = table.get(verdict) ?? { pass: 0, fail: 0 };
	if (why) row.fail++;
	else row.pass++;
	table.set(verdict, row);
	if (list && (only ? why?.includes(only) : !why && verdict !== 'GOOD'))
		console.log(
			`${verdict}\t${why ?? ''}\t${claim}\t| ${headline ?? ''}\n\t\t-- ${(item as unknown as { why: string }).why}`
		);
}
console.log('verdict\tpasses gate\tstopped');
for (const [v, r] of [...table].sort()) console.log(`${v}\t${r.pass}\t${r.fail}`);
