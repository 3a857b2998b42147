/** `a seller`, `an insurer`: the role or word with its indefinite article, for messages. */
export const withArticle = (word: string): string => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);
