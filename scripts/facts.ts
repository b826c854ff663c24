/**
 * npm run --silent facts -- <file>...
 * Reads raw article texts (the seeds' format) and prints {"articles": [...], "facts": [...]}
 * as one JSON object on standard output. Messages go to standard error.
 */
import { factsCli } from './facts/cli';

process.exitCode = await factsCli(process.argv.slice(2), process.stdout, process.stderr);
