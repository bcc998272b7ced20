/** Reading RSS in tests: the text of an element with XML's five entities decoded. */
import type { HTMLElement } from 'node-html-parser';

export function xmlText(element: HTMLElement | null | undefined): string {
  return (element?.innerHTML ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
