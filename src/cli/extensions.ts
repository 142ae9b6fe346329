/** Files `newsmark check` and `newsmark batch` read when given a folder: Markdown and plain text. */
export const EXTENSIONS = ['md', 'markdown', 'mdown', 'mkd', 'txt', 'text'];
