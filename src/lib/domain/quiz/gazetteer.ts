/**
 * A small typed gazetteer shipped with the app: wrong options of the right kind when the
 * articles themselves name too few (five articles name four weapons). Kinds are fine enough
 * to keep a fighter out of a missile question and a newspaper out of a ministry's place.
 * Only names whose kind is plain general knowledge; never offered where an article names it.
 */

/** The kind of a named thing, finer than its answer type. */
export type NameKind =
	| 'country'
	| 'government-body'
	| 'party'
	| 'alliance'
	| 'defence-firm'
	| 'company'
	| 'media'
	| 'air-defence'
	| 'fighter'
	| 'cruise-missile'
	| 'weapon'
	| 'currency'
	| 'person'
	| 'place';

export const GAZETTEER: Readonly<Record<NameKind, readonly string[]>> = {
	country: [
		'Australia',
		'Canada',
		'France',
		'Germany',
		'India',
		'Italy',
		'Netherlands',
		'Norway',
		'Philippines',
		'Poland',
		'South Korea',
		'Spain',
		'Sweden',
		'Taiwan',
		'United Kingdom',
		'United States'
	],
	'government-body': [
		'Cabinet Office',
		'Defence Ministry',
		'Finance Ministry',
		'Foreign Ministry',
		'Trade Ministry',
		'National Security Council',
		'Parliament',
		'Supreme Court'
	],
	party: [
		'Constitutional Democratic Party',
		'Japan Innovation Party',
		'Democratic Party',
		'Republican Party',
		'Labour Party',
		'Conservative Party',
		'Green Party'
	],
	alliance: ['European Union', 'G7', 'ASEAN', 'OSCE'],
	'defence-firm': [
		'BAE Systems',
		'Boeing',
		'General Dynamics',
		'IHI Corporation',
		'Kawasaki Heavy Industries',
		'Leonardo',
		'Lockheed Martin',
		'MBDA',
		'Mitsubishi Electric',
		'Mitsubishi Heavy Industries',
		'Northrop Grumman',
		'Raytheon',
		'Rheinmetall',
		'Saab',
		'Thales'
	],
	company: [],
	media: ['Reuters', 'Associated Press', 'Nikkei', 'Kyodo News', 'The Washington Post'],
	'air-defence': ['THAAD', 'NASAMS', 'IRIS-T', 'Aster 30', 'SM-3', 'SM-6', 'Iron Dome'],
	fighter: ['F-35', 'F-15', 'Eurofighter Typhoon', 'Rafale', 'Gripen', 'Su-34'],
	'cruise-missile': ['Tomahawk', 'Storm Shadow', 'Taurus', 'JASSM', 'LRASM', 'Harpoon', 'Kalibr'],
	weapon: [],
	currency: ['yen', 'dollars', 'euros', 'pounds', 'won', 'yuan', 'francs', 'crowns'],
	person: [],
	place: []
};

/**
 * Ministries any state has, offered for a ministry only where the story is on their business
 * (derivation 17): "the _____ must publish reoffending rates" is asked against the Interior
 * Ministry, not the Foreign Ministry. Matched against the article's text (its facts where the
 * text is not at hand).
 */
export const TOPICAL_MINISTRIES: readonly (readonly [string, RegExp])[] = [
	[
		'Interior Ministry',
		/\b(?:polic(?:e|ing)|crime|criminal|prison|migra\w*|border|elect\w*|vot\w*|identity)\b/i
	],
	[
		'Justice Ministry',
		/\b(?:court|courts|sentenc\w*|prison\w*|offend\w*|judge|tribunal|probation)\b/i
	],
	[
		'Health Ministry',
		/\b(?:health|medic\w*|hospital|patient|pharmac\w*|clinic|injection|tobacco|vap\w*)\b/i
	],
	[
		'Labour Ministry',
		/\b(?:employ\w*|worker|workers|wage|wages|jobseeker\w*|benefit|pension\w*)\b/i
	],
	[
		'Transport Ministry',
		/\b(?:road|roads|vehicle\w*|rail\w*|flight|flights|airline\w*|airport\w*|driver\w*|traffic)\b/i
	],
	[
		'Environment Ministry',
		/\b(?:pollut\w*|emission\w*|sewage|waste|climate|wildlife|river|rivers)\b/i
	],
	['Education Ministry', /\b(?:school|schools|pupil\w*|universit\w*|tuition|teacher\w*)\b/i]
];

/**
 * Where a firm or a weapon comes from, so that "firms based in the United States" or
 * "missiles bought from the United States" are offered only American options.
 */
export const HOME: ReadonlyMap<string, string> = new Map([
	...['BAE Systems'].map((n) => [n, 'United Kingdom'] as const),
	...['Leonardo'].map((n) => [n, 'Italy'] as const),
	...['MBDA', 'Thales', 'Aster 30'].map((n) => [n, 'France'] as const),
	...['Rheinmetall', 'IRIS-T', 'Taurus'].map((n) => [n, 'Germany'] as const),
	...['Saab', 'Gripen'].map((n) => [n, 'Sweden'] as const),
	...['Kalibr', 'Su-34'].map((n) => [n, 'Russia'] as const),
	...['Storm Shadow'].map((n) => [n, 'United Kingdom'] as const),
	...['Rafale'].map((n) => [n, 'France'] as const),
	...['Eurofighter Typhoon'].map((n) => [n, 'Germany'] as const),
	...['NASAMS'].map((n) => [n, 'Norway'] as const),
	...['Iron Dome'].map((n) => [n, 'Israel'] as const),
	...[
		'Mitsubishi Heavy Industries',
		'Mitsubishi Electric',
		'Kawasaki Heavy Industries',
		'IHI Corporation'
	].map((n) => [n, 'Japan'] as const),
	...[
		'Boeing',
		'General Dynamics',
		'Lockheed Martin',
		'Northrop Grumman',
		'Raytheon',
		'RTX',
		'Patriot',
		'THAAD',
		'SM-3',
		'SM-6',
		'F-35',
		'F-15',
		'Tomahawk',
		'JASSM',
		'LRASM',
		'Harpoon'
	].map((n) => [n, 'United States'] as const)
]);

/** Known names' kinds: the gazetteer's own, and the names the launch articles use. */
const KNOWN: ReadonlyMap<string, NameKind> = new Map<string, NameKind>([
	...(Object.entries(GAZETTEER) as [NameKind, readonly string[]][]).flatMap(([kind, names]) =>
		names.map((name) => [name, kind] as [string, NameKind])
	),
	['Patriot', 'air-defence'],
	['GCAP', 'fighter'],
	['Liberal Democratic Party', 'party'],
	['Komeito', 'party'],
	['NATO', 'alliance'],
	['Self-Defense Forces', 'government-body']
]);

const BODY =
	/\b(Ministry|Ministers?|Agency|Authority|Office|Commission|Council|Parliament|Assembly|Senate|Cabinet|Tribunal|Court|Government|Department|Bureau|Forces|Board|Institute)\b/;
const PARTY = /\b(Party|Union for|Alliance|Front|Movement|Komeito)\b/;
const MEDIA =
	/\b(News|Post|Times|Herald|Journal|Wire|Press|Reuters|Gazette|Ledger|Telegraph|Recognition)\b/;
const FIRM =
	/\b(Industries|Systems|Arms|Aerospace|Dynamics|Defen[cs]e Co|Consortium|Corp(oration)?|Inc|Ltd|Group|Motors|Technologies)\b/;

/** The kind of a name of the given answer type: the table first, then the words it is made of. */
export function kindOf(name: string, type: string): NameKind {
	const known = KNOWN.get(name);
	if (known) return known;
	if (type === 'country') return 'country';
	if (type === 'person') return 'person';
	if (type === 'place') return 'place';
	if (type === 'weapon') return 'weapon';
	if (MEDIA.test(name)) return 'media';
	if (PARTY.test(name)) return 'party';
	if (BODY.test(name)) return 'government-body';
	if (FIRM.test(name)) return 'defence-firm';
	return 'company';
}
