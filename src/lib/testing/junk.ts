/** Values a damaged or hand-edited record may hold where a valid one has a field (fast-check). */
import fc from 'fast-check';

/** Missing, null, NaN, negative, an invalid date, a short string, any integer, {} or []. */
export const junk = fc.oneof(
	fc.constant(undefined),
	fc.constant(null),
	fc.constant(Number.NaN),
	fc.constant(-1),
	fc.constant(new Date(Number.NaN)),
	fc.string({ maxLength: 4 }),
	fc.integer(),
	fc.constant({}),
	fc.constant([])
);

/** A change that breaks a record: some fields set to junk, or (`whole`) the record replaced. */
export const breakage = (fields: string[]) =>
	fc.oneof(
		fc.array(fc.tuple(fc.constantFrom(...fields), junk), { minLength: 1, maxLength: 3 }),
		junk.map((whole) => ({ whole }))
	);
