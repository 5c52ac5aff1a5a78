// Markdown files with a YAML front matter block: the body is kept byte for byte, including
// whether it ends with a newline.
import { parse, stringify } from 'yaml';
import { readRecord } from './spec-fields.js';

export interface FrontMatterDocument {
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly body: string;
}

const fence = '---\n';

export function encodeFrontMatter(document: FrontMatterDocument): string {
  const attributes = Object.keys(document.attributes).length === 0 ? '' : stringify(document.attributes);
  return `${fence}${attributes}${fence}${document.body}`;
}

/** Splits a file into its front matter and body; a file without front matter is all body. */
export function decodeFrontMatter(text: string): FrontMatterDocument {
  if (!text.startsWith(fence)) return { attributes: {}, body: text };
  const closing = text.indexOf(`\n${fence}`, fence.length - 1);
  if (closing < 0) return { attributes: {}, body: text };
  const yamlText = text.slice(fence.length, closing + 1);
  return {
    attributes: readRecord(yamlText.trim() === '' ? {} : parse(yamlText)),
    body: text.slice(closing + 1 + fence.length),
  };
}
