// The fast reading of a config file: js-yaml's parser, listened to node by node, gives the
// outline of a document (its mappings, lists and scalars with their source offsets). It
// answers only for the plain subset of YAML it can vouch for and says "unsure" (undefined)
// for anything else: syntax errors, duplicate keys, anchors, aliases, tags, explicit `?`
// keys, non-scalar keys, directives, several documents. The `yaml` package stays the
// reference and reads those. Knows nothing of config values, env or diagnostics.
import { FAILSAFE_SCHEMA, load, type EventType, type State } from 'js-yaml';

export interface OutlineScalar {
  readonly kind: 'scalar';
  /** Offset in the text of the first character (a quote or `|`/`>` included). */
  readonly start: number;
  /** js-yaml's string, before any type resolution (the failsafe schema resolves none). */
  readonly text: string;
  /** Plain (unquoted, not a block scalar): its type is resolved by the core schema. */
  readonly plain: boolean;
}

export interface OutlineMap {
  readonly kind: 'map';
  readonly start: number;
  readonly keys: readonly OutlineScalar[];
  readonly values: readonly OutlineNode[];
}

export interface OutlineList {
  readonly kind: 'list';
  readonly start: number;
  readonly items: readonly OutlineNode[];
}

/** A node written as nothing (`key:`): null, placed where `yaml` places its empty scalar. */
export interface OutlineEmpty {
  readonly kind: 'empty';
  readonly start: number;
}

export type OutlineNode = OutlineScalar | OutlineMap | OutlineList | OutlineEmpty;

/** The document's root, or null when it holds no node at all. */
export interface YamlOutline {
  readonly root: OutlineNode | null;
}

/** The loader's fields the listener reads; js-yaml's typings omit tag and anchor. */
interface LoaderState {
  readonly position: number;
  readonly kind: string | null;
  readonly result: unknown;
  readonly tag: string | null;
  readonly anchor: string | null;
}

interface Frame {
  readonly open: number;
  readonly children: Collected[];
}

interface Collected {
  readonly node: OutlineNode;
  /** Where js-yaml was when it opened the node (before any separation space). */
  readonly open: number;
  /** js-yaml's value, to recognise a node re-reported by an enclosing attempt. */
  readonly result: unknown;
}

/** Thrown from the listener to stop js-yaml at the first construct the outline cannot vouch for. */
class UnsureError extends Error {}

// What the outline does not reproduce, found by a scan of the text: explicit `?` keys;
// document markers and directives (js-yaml takes `---a` for a marker); a line break that
// is a lone CR; a tab in a line's indentation (`yaml` rejects it in more places than js-yaml);
// `[#`, `,#`, `{#` or `:#`, a comment for js-yaml, not for `yaml`; `\U` escapes, which `yaml`
// checks against the Unicode range.
const unsupportedSyntax = /^(?:---|\.\.\.|%| *\t)|(?:^|[ \t,[{])\?(?:[ \t\r\n]|$)|\r(?!\n)|[[{,:]#|\\U/m;
// yaml errors past 1024 characters between an implicit key's start and its `:`; js-yaml does not.
const maxKeySpan = 1000;

/** The outline of a YAML document, or undefined when the fast reading is unsure of it. */
export function outlineYaml(text: string): YamlOutline | undefined {
  // js-yaml strips a byte order mark before counting positions; `yaml` counts it.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = shift === 0 ? text : text.slice(shift);
  if (unsupportedSyntax.test(body)) return undefined;
  // A byte order mark past the start is text for js-yaml, nothing for `yaml`, which also
  // rejects one right before a `-`.
  if (body.includes('\ufeff') || (shift === 1 && body.startsWith('-'))) return undefined;
  const stack: Frame[] = [{ open: 0, children: [] }];
  const listener = (event: EventType, state: State): void => {
    const loader = state as unknown as LoaderState;
    if (event === 'open') {
      stack.push({ open: loader.position + shift, children: [] });
      return;
    }
    const frame = stack.pop();
    const parent = stack[stack.length - 1];
    if (frame === undefined || parent === undefined) throw new UnsureError();
    parent.children.push({ node: closeNode(frame, loader, text, shift), open: frame.open, result: loader.result });
  };
  try {
    load(text, { schema: FAILSAFE_SCHEMA, json: false, listener, onWarning: () => { throw new UnsureError(); } });
  } catch {
    return undefined;
  }
  const documentChildren = stack[0]?.children ?? [];
  if (stack.length !== 1 || documentChildren.length > 1) return undefined;
  const root = documentChildren[0]?.node;
  // A scalar document (no config at all) is left to the reference: at the root, block scalars
  // take their indentation differently in each.
  if (root?.kind === 'scalar') return undefined;
  return { root: root === undefined || root.kind === 'empty' ? null : root };
}

function closeNode(frame: Frame, state: LoaderState, text: string, shift: number): OutlineNode {
  const { kind, result } = state;
  const children = frame.children;
  if (state.anchor !== null) throw new UnsureError();
  if (kind === null) {
    // A node without content; a non-null result here is an alias.
    if (result !== null || state.tag !== null || children.some((child) => child.node.kind !== 'empty')) throw new UnsureError();
    return { kind: 'empty', start: findEmptyStart(text, frame.open) };
  }
  const start = skipSeparation(text, frame.open);
  const only = children.length === 1 ? children[0] : undefined;
  // js-yaml reads a block mapping's would-be key and keeps it as the node when no `:` follows.
  if (only !== undefined && only.result === result && only.node.kind !== 'empty') {
    if (only.node.start !== start || (only.node.kind === 'scalar') !== (kind === 'scalar')) throw new UnsureError();
    return only.node;
  }
  // Before a block scalar, js-yaml's attempt at a block mapping reports an empty node.
  if (kind === 'scalar') return closeScalar(children.every((child) => child.node.kind === 'empty'), state, text, start, shift);
  if (state.tag !== null) throw new UnsureError();
  if (kind === 'mapping') return closeMap(children, result, text, start, state.position + shift);
  if (kind === 'sequence') return closeList(children, result, text, start, state.position + shift);
  throw new UnsureError();
}

function closeScalar(onlyEmptyChildren: boolean, state: LoaderState, text: string, start: number, shift: number): OutlineScalar {
  const value = state.result;
  if (!onlyEmptyChildren || typeof value !== 'string') throw new UnsureError();
  const first = text.charCodeAt(start);
  const quoted = first === 0x22 || first === 0x27;
  const quotedOrBlock = quoted || first === 0x7c || first === 0x3e;
  // js-yaml takes `"a"#b` for a comment after the scalar; `yaml` wants a space before `#`.
  if (quoted && text.charCodeAt(state.position + shift) === 0x23) throw new UnsureError();
  // '?' is js-yaml's mark of a plain scalar; null is a quoted or block one; anything else a tag.
  if (state.tag === '?') {
    if (quotedOrBlock || value.charCodeAt(0) !== first) throw new UnsureError();
    return { kind: 'scalar', start, text: value, plain: true };
  }
  if (state.tag !== null || !quotedOrBlock) throw new UnsureError();
  // An explicit indentation indicator (`|2`) counts from a different parent indentation in
  // each; keep chomping (`|+`) keeps the line break js-yaml appends to a text without one.
  if (!quoted && (isBlockHeaderOption(text.charCodeAt(start + 1)) || isBlockHeaderOption(text.charCodeAt(start + 2)))) throw new UnsureError();
  return { kind: 'scalar', start, text: value, plain: false };
}

function closeMap(children: readonly Collected[], result: unknown, text: string, start: number, end: number): OutlineMap {
  const flow = text.charCodeAt(start) === 0x7b;
  // A flow entry without `:` (`{a, b: 1}`) reports no value node: pairs and keys would not match.
  if (children.length % 2 !== 0 || typeof result !== 'object' || result === null || Object.keys(result).length !== children.length / 2) throw new UnsureError();
  const keys: OutlineScalar[] = [];
  const values: OutlineNode[] = [];
  for (let i = 0; i < children.length; i += 2) {
    const key = children[i];
    const value = children[i + 1];
    if (key?.node.kind !== 'scalar' || value === undefined || value.open - key.node.start > maxKeySpan || value.node.start < 0) throw new UnsureError();
    keys.push(key.node);
    values.push(value.node);
  }
  if (flow) checkFlowEnd(text, end);
  else if (keys[0]?.start !== start) throw new UnsureError();
  return { kind: 'map', start, keys, values };
}

function closeList(children: readonly Collected[], result: unknown, text: string, start: number, end: number): OutlineList {
  const first = text.charCodeAt(start);
  // An empty block item (`-` then a line break) reports no node, a flow pair (`[a: 1]`) two.
  if (!Array.isArray(result) || result.length !== children.length || (first !== 0x2d && first !== 0x5b)) throw new UnsureError();
  if (children.some((child) => child.node.kind === 'empty')) throw new UnsureError();
  if (first === 0x5b) checkFlowEnd(text, end);
  return { kind: 'list', start, items: children.map((child) => child.node) };
}

// `yaml` warns when a flow collection's `]`/`}` starts a line at its parent's indentation,
// and wants a space between the bracket and a comment.
function checkFlowEnd(text: string, end: number): void {
  if (text.charCodeAt(end) === 0x23) throw new UnsureError();
  let i = end - 2;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i--;
  if (i < 0 || text.charCodeAt(i) === 0x0a) throw new UnsureError();
}

/** The first character of a node js-yaml opened at `from`: past spaces, line breaks and comments. */
function skipSeparation(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x23 && isSeparator(text.charCodeAt(i - 1))) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
    } else return i;
  }
}

/**
 * Where `yaml` places an empty value: past the spaces after its `:`, on the same line. js-yaml
 * may open it further (in flow, past line breaks); -1 when no `:` precedes it but space.
 */
function findEmptyStart(text: string, open: number): number {
  let i = open - 1;
  while (i >= 0 && isSeparator(text.charCodeAt(i))) i--;
  if (text.charCodeAt(i) !== 0x3a) return -1;
  i++;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  return i;
}

function isBlockHeaderOption(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2b;
}

function isSeparator(c: number): boolean {
  // NaN (before the text's start) and a byte order mark count as a line start.
  return Number.isNaN(c) || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff;
}
