export { default as SearchFirst } from './SearchFirst.astro';
