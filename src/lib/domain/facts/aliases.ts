/**
 * The domain's alias table: every name under which the story's actors and weapons appear,
 * so that "RTX" and "Raytheon" are one entity and a fact's answers compare by canonical name.
 * Only names the articles (or their close kin) use; extend it when a new article needs it.
 */
import type { AnswerType } from './types';

export interface DomainEntity {
	canonical: string;
	type: AnswerType;
	/** Surface forms, matched whole-word and case-sensitively (acronyms are case-sensitive). */
	aliases: string[];
}

export const DOMAIN_ENTITIES: readonly DomainEntity[] = [
	{
		canonical: 'Raytheon',
		type: 'organization',
		aliases: ['Raytheon Technologies', 'Raytheon', 'RTX']
	},
	{ canonical: 'Lockheed Martin', type: 'organization', aliases: ['Lockheed Martin'] },
	{
		canonical: 'Mitsubishi Heavy Industries',
		type: 'organization',
		aliases: ['Mitsubishi Heavy Industries', 'MHI', 'Mitsubishi']
	},
	{
		canonical: 'Liberal Democratic Party',
		type: 'organization',
		aliases: ['Liberal Democratic Party', 'LDP']
	},
	{ canonical: 'Komeito', type: 'organization', aliases: ['Komeito'] },
	{ canonical: 'NATO', type: 'organization', aliases: ['NATO'] },
	{
		canonical: 'National Security Council',
		type: 'organization',
		aliases: ['National Security Council', 'NSC']
	},
	{ canonical: 'Kyodo News', type: 'organization', aliases: ['Kyodo News', 'Kyodo'] },
	{ canonical: 'The Washington Post', type: 'organization', aliases: ['The Washington Post'] },
	{
		canonical: 'Self-Defense Forces',
		type: 'organization',
		aliases: ['Self-Defense Forces', 'Self-Defence Forces', 'SDF']
	},
	{
		canonical: 'Patriot',
		type: 'weapon',
		aliases: ['MIM-104 Patriot', 'Patriot', 'Patriots', 'PAC-3']
	},
	{ canonical: 'Tomahawk', type: 'weapon', aliases: ['Tomahawk'] },
	{ canonical: 'Su-34', type: 'weapon', aliases: ['Su-34'] },
	{ canonical: 'GCAP', type: 'weapon', aliases: ['Global Combat Air Programme', 'GCAP'] },
	{
		canonical: 'United States',
		type: 'country',
		aliases: ['United States', 'U.S.', 'US', 'Washington', 'America']
	},
	{ canonical: 'Japan', type: 'country', aliases: ['Japan', 'Tokyo'] },
	{ canonical: 'Ukraine', type: 'country', aliases: ['Ukraine', 'Kyiv'] },
	{ canonical: 'Russia', type: 'country', aliases: ['Russia', 'Moscow'] },
	{ canonical: 'United Kingdom', type: 'country', aliases: ['United Kingdom', 'Britain', 'UK'] },
	{ canonical: 'Italy', type: 'country', aliases: ['Italy'] },
	{ canonical: 'Poland', type: 'country', aliases: ['Poland'] },
	{ canonical: 'Israel', type: 'country', aliases: ['Israel'] },
	{ canonical: 'North Korea', type: 'country', aliases: ['North Korea'] },
	{ canonical: 'China', type: 'country', aliases: ['China', 'Beijing'] },
	{ canonical: 'Fumio Kishida', type: 'person', aliases: ['Fumio Kishida', 'Kishida'] },
	{ canonical: 'Joe Biden', type: 'person', aliases: ['Joe Biden', 'Biden'] },
	{ canonical: 'Rahm Emanuel', type: 'person', aliases: ['Rahm Emanuel', 'Emanuel'] },
	{ canonical: 'Yoshimasa Hayashi', type: 'person', aliases: ['Yoshimasa Hayashi', 'Hayashi'] },
	{ canonical: 'Grant Shapps', type: 'person', aliases: ['Grant Shapps', 'Shapps'] }
];

const byAlias = new Map<string, DomainEntity>(
	DOMAIN_ENTITIES.flatMap((entity) => entity.aliases.map((alias) => [alias, entity] as const))
);

/** The domain entity a surface form names, if any ("RTX" → Raytheon). */
export function lookupAlias(surface: string): DomainEntity | undefined {
	return byAlias.get(
		surface
			.replace(/[’']s$/, '')
			.replace(/^(Mr|Mrs|Ms|Dr)\.? /, '')
			.trim()
	);
}

/** Every alias, longest first, so that "Raytheon Technologies" wins over "Raytheon". */
export const ALIASES_LONGEST_FIRST: readonly string[] = [...byAlias.keys()].sort(
	(a, b) => b.length - a.length || a.localeCompare(b)
);
