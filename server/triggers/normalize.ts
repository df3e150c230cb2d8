import { rememberRecent } from './remember-recent';

/** Lowercases, strips accents, unifies apostrophes, squeezes letters repeated 3+ times ("HUMANNNN" → "human"). */
export const normalize = rememberRecent((text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim(),
);

/** The words of a normalized text (letters, digits and inner apostrophes). */
export const wordsOf = (norm: string): string[] => norm.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
