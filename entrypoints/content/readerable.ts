/**
 * Readability's cheap "is this an article?" check, imported from its own file: the package's index also
 * loads Readability itself, which the page never runs (the scan reads a copy of the page elsewhere).
 */
import type { isProbablyReaderable as IsProbablyReaderable } from '@mozilla/readability';
// @ts-expect-error the package types its index only; this file exports the same function.
import readerable from '@mozilla/readability/Readability-readerable.js';

export const isProbablyReaderable = readerable as typeof IsProbablyReaderable;
