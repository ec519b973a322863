/** A checkbox as the filter reader needs it: Pagefind's UI names each by filter and value. */
export interface FilterCheckbox {
	name: string;
	value: string;
	checked: boolean;
}

/**
 * Turns Pagefind UI's filter checkboxes into the `filters` option of `pagefind.search`.
 *
 * @example
 * selectedFilters([{ name: 'Component', value: 'VQGAN', checked: true }, { name: 'Year', value: '2024', checked: false }])
 * // => { Component: ['VQGAN'] }
 */
export function selectedFilters(checkboxes: Iterable<FilterCheckbox>): Record<string, string[]> {
	const filters: Record<string, string[]> = {};
	for (const { name, value, checked } of checkboxes) {
		if (checked) (filters[name] ??= []).push(value);
	}
	return filters;
}
