/**
 * Acronyms a story spells out once ("the Tolmaris Digital Safety Authority (TDSA)", "the
 * universal service obligation, or USO,") and then uses alone. A card is read without the
 * article: its claim spells the acronym out (derivation 11).
 */

const SMALL = /^(?:the|of|and|for|a|an|on|in|to|by|at|its|their)$/i;

/** The words of a name that an acronym stands for, read back from where it is defined. */
function nameBefore(words: readonly string[], acronym: string): string | undefined {
	const initial = acronym.charAt(0).toLowerCase();
	let counted = 0;
	let start = -1;
	for (let i = words.length - 1; i >= 0 && counted < acronym.length; i--) {
		const word = words[i]!.replace(/['’]s$/u, '');
		if (SMALL.test(word)) continue;
		if (!/^[\p{L}][\p{L}-]*$/u.test(word)) break;
		counted++;
		if (word.charAt(0).toLowerCase() === initial) start = i;
	}
	if (start < 0 || words.length - start < 2) return undefined;
	return words.slice(start).join(' ');
}

/** Each acronym the texts define, with the name it stands for (the first definition wins). */
export function acronymsOf(texts: readonly string[]): Map<string, string> {
	const found = new Map<string, string>();
	// "… Agency (NAWA)", "… Agency, or NAWA,", "… Commission — the OEC —" (held-out 13). The
	// marker is found first and the name read back from it: a pattern that starts its name at
	// every position of the text took 8 ms on the five launch articles.
	const marker =
		/(?:\s+\(|,\s+or\s+|\s+[—–]\s+the\s+)(\p{Lu}{2,6})(?:\)|(?=[,.;])|(?=\s+[—–]\s))/gu;
	for (const text of texts)
		for (const m of text.matchAll(marker)) {
			const acronym = m[1]!;
			if (found.has(acronym)) continue;
			const lead = text
				.slice(Math.max(0, m.index - 160), m.index)
				.split(/[.;:()—–]/)
				.at(-1)!
				.trim();
			if (lead.length < 3) continue;
			const name = nameBefore(lead.split(/\s+/), acronym);
			if (name) found.set(acronym, name);
		}
	return found;
}

/** A name that opens on its owner's possessive ("Tannerey's Ministry of …"): it takes no "the". */
export const POSSESSIVE_NAME = /^\p{Lu}[\p{L}-]*[’']s\s/u;

/**
 * The claim with the first acronym it uses alone spelled out ("The TDSA will designate …" →
 * "The Tolmaris Digital Safety Authority will designate …"), from offset `from` on (a policy's
 * name before it is not rewritten). A claim that has the name already is left as it is.
 */
export function spelledOut(claim: string, acronyms: ReadonlyMap<string, string>, from = 0): string {
	for (const [acronym, name] of acronyms) {
		if (claim.includes(name)) continue;
		const use = new RegExp(String.raw`(?<![\p{L}(])${acronym}(?![\p{L})])`, 'u');
		const m = use.exec(claim.slice(from));
		if (!m) continue;
		const at = from + m.index;
		// "by the TMDA" → "by Tannerey's Ministry of Digital Affairs": a possessive name takes no
		// article (derivation 15).
		const head = POSSESSIVE_NAME.test(name)
			? claim.slice(0, at).replace(/\b[Tt]he\s+$/u, '')
			: claim.slice(0, at);
		return head + name + claim.slice(at + acronym.length);
	}
	return claim;
}
