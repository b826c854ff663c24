/**
 * npm run --silent facts -- <file>...
 * Reads raw article texts (the seeds' format) and prints {"articles": [...], "facts": [...]}
 * as one JSON object on standard output. Messages go to standard error.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { factsReport, RawFileError } from '../src/lib/domain/facts/report';

const paths = process.argv.slice(2).filter((arg) => arg !== '--');
if (paths.length === 0) {
	process.stderr.write('Usage: npm run --silent facts -- <article.txt>...\n');
	process.exit(2);
}

try {
	const files = await Promise.all(
		paths.map(async (path) => {
			try {
				return { name: basename(path), text: await readFile(path, 'utf8') };
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				throw new RawFileError(
					`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code})`}.`
				);
			}
		})
	);
	const report = await factsReport(files);
	process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} catch (error) {
	if (!(error instanceof RawFileError)) throw error;
	process.stderr.write(`facts: ${error.message}\n`);
	process.exit(1);
}
