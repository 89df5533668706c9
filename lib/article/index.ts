export type { BlockElement } from './blocks';
export {
  articleBlocks,
  BLOCK_SELECTOR,
  BLOCK_TAGS,
  blockKind,
  blockText,
  collectBlocks,
  isBlockElement,
} from './blocks';
export { type HeadBlock, type HeadPlace, headBlocks, locateHead, sameLine } from './headline';
export type { ReadArticle } from './readability';
export { parseArticle, readArticle } from './readability';
export type { BlockTextMap, DomPoint } from './text-map';
export { domRange, mapBlockText } from './text-map';
