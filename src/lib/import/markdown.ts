/** A Markdown file made into plain text: the marks go, the words stay. */

/** Plain text of Markdown: headings, emphasis, links and images, lists, quotes and code fences. */
export function markdownToText(markdown: string): string {
	return markdown
		.replace(/\r\n?/g, '\n')
		.replace(/^```.*$/gm, '')
		.replace(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, '$1')
		.replace(/^ {0,3}>\s?/gm, '')
		.replace(/^ {0,3}(?:[-*+]|\d+[.)])\s+/gm, '')
		.replace(/^ {0,3}(?:[-*_]\s*){3,}$/gm, '')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
		.replace(/`([^`]+)`/g, '$1');
}
