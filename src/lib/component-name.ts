/**
 * A component's display name in a language: its Chinese name where one is set, else its name.
 *
 * @example
 * componentName({ name: 'Rectified flow', nameZh: '整流' }, 'zh-CN') // => '整流'
 * componentName({ name: 'EVA-CLIP' }, 'zh-CN')                       // => 'EVA-CLIP'
 */
export function componentName(
	component: { name: string; nameZh?: string | undefined },
	lang: string,
): string {
	return (lang === 'zh-CN' && component.nameZh) || component.name;
}
