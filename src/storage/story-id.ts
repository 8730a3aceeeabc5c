// Ids of stories made in a browser, apart from the story-file code so the URL codec can know them without it.
/** `mine-` and random letters: never a bundled id (the build writes folder names), never another browser's. */
export const MINE_PREFIX = 'mine-';
export const MINE_STORY = /^mine-[a-z0-9]{6,24}$/;

/** The fragment's key in a link that carries its story: `#story=<base64url of the deflated story file>`. */
export const LINK_KEY = 'story=';

/** Whether a fragment carries a story. */
export const hasStoryLink = (hash: string): boolean => hash.replace(/^#/, '').startsWith(LINK_KEY);

/** A file that is a story file (by its name or type), not an article. */
export const isStoryFile = (file: Pick<File, 'name' | 'type'>): boolean =>
  /\.json$/i.test(file.name) || file.type === 'application/json';
