import { describe, expect, it } from 'vitest';
import { handleError, isNetworkFailure } from './hooks.client';

describe('the client error hook', () => {
	it('tells a request nothing answered, in each browser’s words, from other errors', () => {
		for (const message of [
			'Failed to fetch',
			'NetworkError when attempting to fetch resource.',
			'Load failed',
			'Failed to fetch dynamically imported module: https://app.test/_app/x.js',
			'Importing a module script failed.'
		])
			expect(isNetworkFailure(new TypeError(message)), message).toBe(true);
		expect(isNetworkFailure(new TypeError('x is not a function'))).toBe(false);
		expect(isNetworkFailure(new Error('Failed to fetch'))).toBe(false);
		expect(isNetworkFailure('Failed to fetch')).toBe(false);
	});

	it('keeps the message and marks the unreachable case for the error page', () => {
		const args = (error: unknown) =>
			({ error, message: 'Internal Error', status: 500 }) as Parameters<typeof handleError>[0];
		expect(handleError(args(new TypeError('Failed to fetch')))).toEqual({
			message: 'Internal Error',
			unreachable: true
		});
		expect(handleError(args(new RangeError('bad')))).toEqual({
			message: 'Internal Error',
			unreachable: false
		});
	});
});
