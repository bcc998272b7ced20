/**
 * Pictures in an article body: the body's HTML is made when the content is read, with a marker
 * where each picture goes; the page replaces the markers with pictures from the image pipeline.
 */
import { posix } from 'node:path';

export interface ArticleImageRef {
  /** As written in the body: "./anh.jpg". */
  src: string;
  alt?: string;
}

const MARKER = /<!--anh-bai-(\d+)-->/g;

/** What the index-th picture's marker comment says. */
export function markerComment(index: number): string {
  return `anh-bai-${index}`;
}

/** The marker of the index-th picture: a comment, which no text of the body can forge (its "<" is escaped). */
export function imageMarker(index: number): string {
  return `<!--${markerComment(index)}-->`;
}

/** The HTML between pictures, and each picture's index, in order. */
export function splitAtImages(html: string): (string | number)[] {
  return html.split(MARKER).flatMap((part, i): (string | number)[] => (i % 2 === 1 ? [Number(part)] : part === '' ? [] : [part]));
}

/**
 * The project path ("/content/models/anh.jpg") of a picture written in the body of articleFile
 * ("content/models/bai.mdx"); undefined for an address on another site or from the site's root,
 * which the image pipeline cannot take.
 */
export function bodyImagePath(articleFile: string, src: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(src) || src.startsWith('/')) return undefined;
  return posix.normalize(posix.join('/', posix.dirname(articleFile), decodeURI(src)));
}
