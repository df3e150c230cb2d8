import { deu, eng, fra, ita, por, spa } from 'stopword';
import { normalize } from './normalize';

/** Function words of the six languages the triggers read, normalized as messages are ("más" → "mas"). */
export const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...spa, ...fra, ...deu, ...por, ...ita].map((w) => normalize(w)));
