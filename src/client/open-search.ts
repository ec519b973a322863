/**
 * Buttons marked `data-open-search` open Starlight's search dialog, the same one the header's
 * search button opens, so the home page can lead with search. They become visible only once
 * this runs (`data-ready`), because the dialog itself needs JavaScript.
 */
const headerButton = document.querySelector<HTMLButtonElement>(
	'site-search button[data-open-modal]',
);
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-open-search]')) {
	if (!headerButton) continue;
	button.dataset['ready'] = '';
	button.addEventListener('click', () => headerButton.click());
}
