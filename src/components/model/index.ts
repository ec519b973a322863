export { default as Cite } from './Cite.astro';
export { default as Diagram } from './Diagram.astro';
export { default as Lineage } from './Lineage.astro';
export { default as Pipeline } from './Pipeline.astro';
export { default as Sources } from './Sources.astro';
export { default as ModelList } from './ModelList.astro';
export { default as RouteModels } from './RouteModels.astro';
export { default as SpeechRouteModels } from './SpeechRouteModels.astro';
