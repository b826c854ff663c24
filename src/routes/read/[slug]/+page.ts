import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { articleText } from '$lib/state/article-text';
import type { PageLoad } from './$types';
import { textForRender } from './text-for-render';

export const load: PageLoad = async ({ data, fetch }) => {
	const paragraphs = browser
		? await articleText(data.article, fetch)
		: textForRender.get(data.article.id);
	if (!paragraphs) error(500, 'The text of this article could not be found.');
	return { ...data, article: { ...data.article, paragraphs } };
};
