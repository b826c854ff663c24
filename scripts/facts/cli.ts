/**
 * The facts CLI as a function: arguments in, JSON on `out`, messages on `err`, an exit code
 * back. scripts/facts.ts wires it to the process; tests call it in-process.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { factsReport, RawFileError } from '../../src/lib/domain/facts/report';

export const USAGE = 'Usage: npm run --silent facts -- <article.txt>...\n';

interface Output {
	write(text: string): unknown;
}

/** Runs the CLI on `args`; resolves to its exit code (0 done, 1 bad input, 2 usage). */
export async function factsCli(args: readonly string[], out: Output, err: Output): Promise<number> {
	const paths = args.filter((arg) => arg !== '--');
	if (paths.length === 0) {
		err.write(USAGE);
		return 2;
	}
	try {
		const files = await Promise.all(paths.map(readArticle));
		const report = await factsReport(files);
		out.write(`${JSON.stringify(report, null, 2)}\n`);
		return 0;
	} catch (error) {
		if (!(error instanceof RawFileError)) throw error;
		err.write(`facts: ${error.message}\n`);
		return 1;
	}
}

async function readArticle(path: string): Promise<{ name: string; text: string }> {
	try {
		return { name: basename(path), text: await readFile(path, 'utf8') };
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const why =
			code === 'ENOENT'
				? 'no such file'
				: code === 'EISDIR'
					? 'is a folder, not a file'
					: `cannot be read (${code})`;
		throw new RawFileError(`${path}: ${why}.`);
	}
}
