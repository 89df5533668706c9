export { extractQuotes } from './quotes';
