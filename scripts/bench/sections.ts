/** Every section of `npm run bench`, in the order they run. Each issue adds its own file here. */
import { librarySection } from './library';
import { fullText } from './fulltext';
import type { BenchSection } from './types';

export const sections: BenchSection[] = [librarySection, fullText];
