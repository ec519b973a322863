/**
 * Starlight's search button shows its label and keyboard shortcut ("Search Ctrl K") but is named
 * "Search" alone, so its visible text is not part of its name, which WCAG 2.5.3 (Label in Name)
 * asks for. Once Starlight shows the shortcut hint (only with JavaScript, as "Ctrl K" or "⌘ K"),
 * the name becomes what the button shows, and the words of the hint get the spaces a reader
 * sees between them (the flex layout hides whitespace, so nothing moves). The shortcut stays
 * announced through `aria-keyshortcuts`.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>(
	'site-search button[data-open-modal]',
)) {
	const label = button.getAttribute('aria-label');
	const hint = button.querySelector(':scope > kbd');
	const keys = [...(hint?.querySelectorAll('kbd') ?? [])];
	if (!label || !hint || keys.length === 0) continue;
	hint.before(' ');
	keys.slice(0, -1).forEach((key) => key.after(' '));
	button.setAttribute(
		'aria-label',
		[label, ...keys.map((key) => key.textContent?.trim())].join(' '),
	);
}
