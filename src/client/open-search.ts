/**
 * Buttons marked `data-open-search` open Starlight's search dialog, the same one the header's
 * search button opens, so the home page can lead with search. They are shown only once this
 * runs, because the dialog itself needs JavaScript.
 */
const headerButton = document.querySelector<HTMLButtonElement>(
	'site-search button[data-open-modal]',
);
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-open-search]')) {
	if (!headerButton) continue;
	button.hidden = false;
	button.addEventListener('click', () => headerButton.click());
}
