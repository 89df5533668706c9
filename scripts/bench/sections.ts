/** Every section of `npm run bench`, in the order they run. Each issue adds its own file here. */
import type { BenchSection } from './types';

export const sections: BenchSection[] = [];
