import type { NodeKind } from '../../schemas/vocabulary';

/**
 * The visual grammar shared by every diagram: each node kind has its own Mermaid shape (and, in
 * `atlas.css`, its own fill), so a reader who learns it once can read any model's pipeline.
 * Inputs are pills and outputs flags, encoders narrow like a funnel and decoders widen, tokenizers are
 * double-walled, backbones plain boxes, heads hexagons, intermediate results cylinders.
 */
export const kindShapes: Record<NodeKind, readonly [open: string, close: string]> = {
	input: ['([', '])'],
	encoder: ['[\\', '/]'],
	tokenizer: ['[[', ']]'],
	connector: ['(', ')'],
	backbone: ['[', ']'],
	head: ['{{', '}}'],
	decoder: ['[/', '\\]'],
	representation: ['[(', ')]'],
	output: ['>', ']'],
	model: ['(', ')'],
};

/**
 * The Mermaid shape name beautiful-mermaid reports for each kind (`data-shape` in its SVG).
 *
 * @example
 * shapeName.encoder // => 'trapezoid-alt'
 */
export const shapeName: Record<NodeKind, string> = {
	input: 'stadium',
	encoder: 'trapezoid-alt',
	tokenizer: 'subroutine',
	connector: 'rounded',
	backbone: 'rectangle',
	head: 'hexagon',
	decoder: 'trapezoid',
	representation: 'cylinder',
	output: 'asymmetric',
	model: 'rounded',
};

/**
 * One Mermaid node statement in the grammar's shape for its kind. The label is quoted, its line
 * breaks become `<br/>`, and `&` is escaped because the renderer writes labels into SVG as they are.
 *
 * @example
 * mermaidNode('enc', 'encoder', 'EVA-CLIP\nViT-g/14') // => 'enc[\\"EVA-CLIP<br/>ViT-g/14"/]'
 */
export function mermaidNode(id: string, kind: NodeKind, label: string): string {
	const [open, close] = kindShapes[kind];
	return `${id}${open}"${mermaidText(label)}"${close}`;
}

/**
 * Text made safe for a quoted Mermaid label or edge label.
 *
 * @example
 * mermaidText('U-Net & VAE\n512 px') // => 'U-Net &amp; VAE<br/>512 px'
 */
export function mermaidText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/\r?\n/g, '<br/>');
}
