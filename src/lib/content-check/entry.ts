/** The shapes every cross-entry rule reads and reports in. */

export interface Entry<T> {
  id: string;
  data: T;
  /** Path of the file the entry came from, relative to the project. */
  filePath?: string;
  /** An article's text below its frontmatter (models, reports): part of what its page shows. */
  body?: string;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
  /** 1-based line in the file, where it is known. */
  line?: number;
}
