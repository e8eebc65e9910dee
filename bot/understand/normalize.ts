// Text folding shared by everything that matches words: case, diacritics, punctuation, whitespace.

/** "Vem är värd för Rådslaget 2014?" → "vem ar vard for radslaget 2014". Keeps digits, / - . : between digits. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // å→a, ä→a, ö→o, é→e
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/(?<!\d)[.:](?!\d)|[?!,;"'()[\]{}<>«»”“’*_]/g, ' ')
    .replace(/(?<![\d\w])-(?!\d)|-(?![\d\w])/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokens(folded: string): string[] {
  return folded.split(' ').filter(Boolean);
}
