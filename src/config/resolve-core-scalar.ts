// The YAML 1.2 core schema's reading of a plain scalar, tag by tag in the order the `yaml`
// package tries them, so the fast reading decodes `0x1F`, `1e3`, `.inf`, `~` or `2024-01-01`
// exactly as the reference does (dates stay text; integers are numbers, not bigints).

export type CoreScalar = string | number | boolean | null;

const nullPattern = /^(?:~|[Nn]ull|NULL)?$/;
const boolPattern = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const octalPattern = /^0o[0-7]+$/;
const decimalPattern = /^[-+]?[0-9]+$/;
const hexPattern = /^0x[0-9a-fA-F]+$/;
const specialFloatPattern = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const exponentPattern = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const floatPattern = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

export function resolveCoreScalar(text: string): CoreScalar {
  // Every non-text form starts with one of ~ n N t T f F + - . or a digit.
  const first = text.charCodeAt(0);
  const maybeTyped = text === '' || first === 0x7e || first === 0x2b || first === 0x2d || first === 0x2e || (first >= 0x30 && first <= 0x39) || /^[nNtTfF]/.test(text);
  if (!maybeTyped) return text;
  if (nullPattern.test(text)) return null;
  if (boolPattern.test(text)) return first === 0x74 || first === 0x54;
  if (octalPattern.test(text)) return parseInt(text.substring(2), 8);
  if (decimalPattern.test(text)) return parseInt(text, 10);
  if (hexPattern.test(text)) return parseInt(text.substring(2), 16);
  if (specialFloatPattern.test(text)) {
    if (text.slice(-3).toLowerCase() === 'nan') return NaN;
    return first === 0x2d ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (exponentPattern.test(text) || floatPattern.test(text)) return parseFloat(text);
  return text;
}
