import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { factsCli, USAGE } from './cli';

/** Runs the CLI in this process, as `npm run facts` would, capturing what it writes. */
async function cli(...args: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await factsCli(
		args,
		{ write: (text: string) => (stdout += text) },
		{ write: (text: string) => (stderr += text) }
	);
	return { code, stdout, stderr };
}

describe('npm run facts', () => {
	it('prints one JSON object with the articles and their facts, evidence quoted exactly', async () => {
		const { code, stdout, stderr } = await cli(
			'content/articles/003_441c961ad066ac02.txt',
			'content/articles/004_2740334503870a13.txt'
		);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const report = JSON.parse(stdout) as {
			articles: { id: string; title: string; published: { value?: string } }[];
			facts: {
				id: string;
				statement: string;
				kind: string;
				articleIds: string[];
				evidence: { articleId: string; text: string }[];
				quiz: { id: string; type: string; prompt: string; answer: string; choices?: string[] }[];
			}[];
		};
		expect(report.articles.map((a) => a.title)).toEqual([
			'Japan to Send Patriot Interceptors to the US, Freeing Up American Supplies to Send to Ukraine',
			'Breaking With Postwar History, Japan to Sell Patriot Missiles to U.S.'
		]);
		expect(report.articles[0]!.published.value).toBe('2023-12-26');
		expect(report.facts.length).toBeGreaterThan(5);
		for (const fact of report.facts) {
			expect(fact.id).toMatch(/^f-[0-9a-f]{12}/);
			expect(fact.statement.length).toBeGreaterThan(20);
			for (const item of fact.quiz) {
				expect(['cloze', 'multiple-choice', 'true-false', 'date']).toContain(item.type);
				expect(item.prompt.length).toBeGreaterThan(10);
				if (item.choices) expect(item.choices).toContain(item.answer);
			}
			for (const e of fact.evidence) expect(fact.articleIds).toContain(e.articleId);
		}
		expect(report.facts.some((f) => f.quiz.length > 0)).toBe(true);
		// The licence fact is one fact with both articles as sources.
		const licence = report.facts.find((f) => f.statement.includes('Mitsubishi Heavy Industries'));
		expect(licence?.articleIds).toHaveLength(2);
	});

	it('says clearly what is wrong with its input, on standard error', async () => {
		expect(await cli('no-such-file.txt')).toEqual({
			code: 1,
			stdout: '',
			stderr: 'facts: no-such-file.txt: no such file.\n'
		});
		expect(await cli('content')).toEqual({
			code: 1,
			stdout: '',
			stderr: 'facts: content: is a folder, not a file.\n'
		});
		expect(await cli('--')).toEqual({ code: 2, stdout: '', stderr: USAGE });
	});

	// The one test of the process itself: the exit code and streams reach the shell. It starts
	// Node with tsx (about 1-4 s on a 2-core machine), hence its own time limit.
	it("exits with the CLI's code and writes its messages to standard error", async () => {
		const run = promisify(execFile);
		await expect(
			run('node', ['--import', 'tsx', 'scripts/facts.ts', 'no-such-file.txt'])
		).rejects.toMatchObject({
			code: 1,
			stdout: '',
			stderr: 'facts: no-such-file.txt: no such file.\n'
		});
	}, 30_000);
});
