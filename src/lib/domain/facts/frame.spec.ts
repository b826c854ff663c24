import { describe, expect, it } from 'vitest';
import { background, framed, policyFrame } from './frame';

// Articles written for these tests: none of them is in the launch or the unseen set.
const TOLL = [
	"Brenford's transport board on Monday approved a £4 toll for lorries crossing the Estuary Bridge, starting on 1 May 2025.",
	'The toll applies at all hours.',
	'Buses are exempt.',
	'The board said the scheme would raise £9 million a year.'
].join('\n');
const LEVY = [
	"Sandoria's finance ministry introduced a 2 percent levy on online gambling revenue on Tuesday.",
	'The levy takes effect in January.',
	'The standard rate of gaming duty stays at 15 percent.',
	'Operators that fail to register face fines of up to 50,000 sols.'
].join('\n');
const lede = (text: string) => text.split('\n')[0]!;
const end = (text: string) => text.length;

describe('policyFrame', () => {
	it('takes the owner from the lede and names each policy as the article introduces it', () => {
		const frame = policyFrame('Lorries to pay', LEVY.replace(/Sandoria/g, 'Sandoria'), lede(LEVY));
		expect(frame.owner).toBe('Sandoria');
		expect(frame.names.get('levy')).toBe('Sandoria’s 2 percent levy on online gambling revenue');
		expect(frame.names.get('ministry')).toBe('Sandoria’s finance ministry');
	});

	it('names a noun only ever called "the cap" by the verb the story uses', () => {
		const body = [
			"Ardel's parliament capped energy bills at 200 crowns a month on Friday.",
			'The cap applies from March.'
		].join('\n');
		const frame = policyFrame('Ardel caps household energy bills at 200 crowns', body, lede(body));
		expect(frame.names.get('cap')).toBe('Ardel’s cap on household energy bills');
	});

	it('names a regulation by what it requires of, and a proper-named policy by its name', () => {
		const body =
			"Corvia's data office has adopted a regulation that requires every delivery drone sold in the country to carry a transponder.";
		expect(policyFrame('', body, body).names.get('regulation')).toBe(
			'Corvia’s regulation on delivery drones sold in the country'
		);
		const named =
			"Tessaly's cabinet adopted the Clean Harbours Act, replacing a 1998 law. It said the act would cut emissions.";
		expect(policyFrame('', named, named).names.get('*named')).toBe('the Clean Harbours Act');
	});

	it('has no owner when the lede names no one: a policy noun then cannot stand alone', () => {
		const body = 'Prices rose in March across the region, officials said on Monday.';
		const frame = policyFrame('', body, body);
		expect(frame.owner).toBeUndefined();
		expect(framed('The cap applies from March.', frame, end(body))).toBeNull();
		const plain = 'Grain prices rose by 4 percent in March.';
		expect(framed(plain, frame, end(body))).toEqual({ text: plain });
	});
});

describe('framed', () => {
	const frame = policyFrame('', TOLL, lede(TOLL));

	it('never writes a policy name the article does not have (derivation 8)', () => {
		// A company's toll: "Brenford’s £4 toll for lorries" would be made up, "Brenford" is no
		// jurisdiction whose policy it is (the article says "a £4 toll for lorries").
		const firm = TOLL.replace("Brenford's transport board", "Brenford's bridge company");
		const owned = policyFrame('', firm, lede(firm));
		expect(owned.main).toBeUndefined();
		expect(framed('The toll applies at all hours.', owned, end(firm))).toBeNull();
		expect(framed('Buses are exempt.', owned, end(firm))).toBeNull();
	});

	it('names the story’s own policy with its jurisdiction’s possessive (derivation 9)', () => {
		// A public body in the possessive ("Brenford's transport board") makes Brenford a jurisdiction.
		expect(frame.main).toBe('Brenford’s £4 toll for lorries');
		expect(framed('The toll applies at all hours.', frame, end(TOLL))?.text).toBe(
			'Brenford’s £4 toll for lorries applies at all hours.'
		);
		expect(framed('Buses are exempt.', frame, end(TOLL))?.text).toBe(
			'Under Brenford’s £4 toll for lorries, buses are exempt.'
		);
	});

	it('uses a name the article writes itself, and marks it so no blank falls in it', () => {
		const own = TOLL.replace('approved a £4 toll', "approved Brenford's £4 toll");
		const result = framed(
			'The toll applies at all hours.',
			policyFrame('', own, lede(own)),
			end(own)
		);
		expect(result?.text).toBe('Brenford’s £4 toll for lorries applies at all hours.');
		expect(result?.name).toEqual({ start: 0, end: 'Brenford’s £4 toll for lorries'.length });
	});

	it('gives a bare rule its country when the opening names no policy of the story', () => {
		const country = `${TOLL}\nLorries registered in Brenford pay half.`;
		const placed = policyFrame('', country, 'Brenford acts on bridge traffic.');
		expect(placed.country).toBe('Brenford');
		expect(placed.main).toBeUndefined();
		expect(framed('Buses are exempt.', placed, end(country))?.text).toBe(
			'In Brenford, buses are exempt.'
		);
		// A bullet or a purpose with no subject is no sentence to put a country before.
		expect(framed('- Buses are exempt.', placed, end(country))).toBeNull();
		expect(framed('To cut traffic by 5 percent.', placed, end(country))).toBeNull();
	});

	it('puts a rule in force under the story’s own policy, as the headline or lede names it', () => {
		const country = `${TOLL}\nLorries registered in Brenford pay half.`;
		// The lede names the toll; a headline that names only the place leaves the policy to say.
		const placed = policyFrame('Brenford acts on bridge traffic', country, lede(country));
		expect(placed.main).toBe('Brenford’s £4 toll for lorries');
		expect(framed('Buses are exempt.', placed, end(country))?.text).toBe(
			'Under Brenford’s £4 toll for lorries, buses are exempt.'
		);
		// Past events and reports are not rules under it.
		expect(framed('Buses were exempt.', placed, end(country))?.text).toBe('Buses were exempt.');
		// A policy the opening does not name is not the story's own.
		const other = policyFrame('Bridge news', country, 'Brenford acts on bridge traffic.');
		expect(other.main).toBeUndefined();
	});

	it('leans on the headline the card is shown under (derivation 10)', () => {
		const country = `${TOLL}\nLorries registered in Brenford pay half.`;
		// The headline names the place and the toll: no "In Brenford," and no "Under …," before it.
		const headed = policyFrame('Brenford approves lorry toll', country, lede(country));
		expect(headed.main).toBe('Brenford’s £4 toll for lorries');
		expect(framed('Buses are exempt.', headed, end(country))?.text).toBe('Buses are exempt.');
		// "The toll …" is the story's own toll under that headline, not a dangling reference.
		const bare = policyFrame('Lorries to pay new bridge toll', 'Lorries will pay to cross.', '');
		expect(framed('The toll applies from 1 May 2031.', bare, 0)?.text).toBe(
			'The toll applies from 1 May 2031.'
		);
		const unheaded = policyFrame('', 'Lorries will pay to cross.', '');
		expect(framed('The toll applies from 1 May 2031.', unheaded, 0)).toBeNull();
	});

	it('names the story’s policy for what a speaker said “will take effect”', () => {
		const body = [
			'Sarvia passed the Patient Promise Act on 3 May 2031, and Sarvia’s parliament cheered.',
			'The Patient Promise Act gives every patient the right to a specialist within 30 days.',
			'Patients in Sarvia must be seen within 30 days.'
		].join('\n');
		const frame = policyFrame('', body, lede(body));
		expect(frame.main).toBe('the Patient Promise Act');
		expect(framed('It will take effect on 1 June 2031.', frame, end(body))?.text).toBe(
			'The Patient Promise Act will take effect on 1 June 2031.'
		);
	});

	it('takes no act named with an old year as the story’s own', () => {
		const body = [
			'Farms in Sarvia lose the exemption they have had since the Water Act of 1978, under regulations approved on 3 May 2031.',
			'Sarvia’s government said the regulations end the exemption.'
		].join('\n');
		expect(policyFrame('', body, lede(body)).main).toBeUndefined();
	});

	it('takes an act the article names by its proper name, alone, as the story’s own', () => {
		const body = [
			'Patients in Sarvia will be treated within 90 days under a law approved by the assembly on 3 May 2031.',
			'The Patient Promise Act gives every patient the right to a specialist within 30 days.',
			'The law passed by 80 votes to 20.',
			'Hospitals in Sarvia must report waiting times monthly.'
		].join('\n');
		const frame = policyFrame('', body, lede(body));
		expect(frame.main).toBe('the Patient Promise Act');
		expect(framed('The law passed by 80 votes to 20.', frame, end(body))?.text).toBe(
			'The Patient Promise Act passed by 80 votes to 20.'
		);
		expect(framed('Hospitals must report waiting times monthly.', frame, end(body))?.text).toBe(
			'Under the Patient Promise Act, hospitals must report waiting times monthly.'
		);
		// Two acts named: which one a bare rule is under is not ours to say.
		const two = `${body}\nThe Hospital Funding Act is unchanged.`;
		expect(policyFrame('', two, lede(two)).main).toBeUndefined();
	});

	it('takes no owner from a lede that opens on people, but the place they are in', () => {
		const body = [
			'Patients in Sarvia will be treated within 90 days under a law approved on Monday.',
			'Hospitals in Sarvia must report waiting times monthly, and Sarvia will publish them.'
		].join('\n');
		expect(policyFrame('', body, lede(body)).owner).toBe('Sarvia');
	});

	it('puts a country’s possessive only before the article’s own full phrase', () => {
		const body = [
			"Ostrel's government approved a cap on rent increases and a tighter cap in March 2025.",
			'The cap on rent increases was passed by 80 votes to 20.',
			'The cap takes effect on 1 May 2025.'
		].join('\n');
		const own = policyFrame('', body, lede(body));
		expect(own.names.get('cap')).toBe('Ostrel’s cap on rent increases');
		expect(framed('The cap takes effect on 1 May 2025.', own, end(body))?.text).toBe(
			'Ostrel’s cap on rent increases takes effect on 1 May 2025.'
		);
		// "Ostrel's tighter cap" would be our words: a bare modifier is no name.
		const bare = body.replace('a cap on rent increases and ', '').replace(' on rent increases', '');
		expect(
			framed('The cap takes effect on 1 May 2025.', policyFrame('', bare, lede(bare)), end(bare))
		).toBeNull();
	});

	it('puts a bare rule under no policy when a second one was introduced nearer than the story’s own', () => {
		const two = [
			TOLL,
			'The money will pay for a free school breakfast programme for pupils.',
			'Hauliers that dodge payment face fines of up to £500.'
		].join('\n');
		const both = policyFrame('', two, lede(two));
		expect(both.names.size).toBeGreaterThan(1);
		expect(
			framed('Hauliers that dodge payment face fines of up to £500.', both, end(two))
		).toBeNull();
	});

	it('gives a policy value its country ("The standard rate …" → "In Sandoria, the standard rate …")', () => {
		const levy = policyFrame('', LEVY, lede(LEVY));
		expect(
			framed('The standard rate of gaming duty stays at 15 percent.', levy, end(LEVY))?.text
		).toBe('In Sandoria, the standard rate of gaming duty stays at 15 percent.');
	});

	it('leaves no card where the policy is never named, or the claim points back', () => {
		const bare = 'Officials in Brenford said on Monday that work would start soon.';
		const none = policyFrame('', bare, bare);
		expect(framed('The scheme will raise £9 million a year.', none, end(bare))).toBeNull();
		expect(framed('Above that, market prices apply.', frame, end(TOLL))).toBeNull();
	});

	it('keeps a claim whose opening names the owner, or another actor, as it is', () => {
		const own = 'Brenford may now charge lorries at night.';
		expect(framed(own, frame, end(TOLL))).toEqual({ text: own });
	});
});

describe('background', () => {
	it('tells another actor’s past deeds from decisions and rules', () => {
		expect(background('The navy has sent two frigates to the strait.', 'Brenford')).toBe(true);
		expect(background('The navy deployed two frigates in 2019.', 'Brenford')).toBe(true);
		expect(background('The navy asked for two frigates.', 'Brenford')).toBe(false);
		expect(background('The navy will send two frigates.', 'Brenford')).toBe(false);
		expect(background('Brenford has sent two frigates.', 'Brenford')).toBe(false);
	});
});
