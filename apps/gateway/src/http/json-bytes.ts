/** How deep a request body's JSON may nest; the deepest DTO nests four levels. */
export const MAX_JSON_DEPTH = 32;

export type JsonBytesCheck =
  | { ok: true }
  | { ok: false; code: 'INVALID_UTF8' | 'JSON_TOO_DEEP'; message: string; messageZh: string };

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const OPEN = new Set([0x7b, 0x5b]); // { [
const CLOSE = new Set([0x7d, 0x5d]); // } ]
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * A request body's bytes, before they are parsed: strict UTF-8 (an invalid, overlong or cut-off
 * sequence is refused, not turned into U+FFFD), and JSON nesting no deeper than `maxDepth`, found
 * by one pass over the bytes, so a 40,000-level body never reaches the parser or the validator.
 */
export function checkJsonBytes(bytes: Uint8Array, maxDepth = MAX_JSON_DEPTH): JsonBytesCheck {
  try {
    STRICT_UTF8.decode(bytes);
  } catch {
    return {
      ok: false,
      code: 'INVALID_UTF8',
      message: 'the request body is not valid UTF-8',
      messageZh: '请求内容不是有效的 UTF-8 编码',
    };
  }
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (OPEN.has(byte)) {
      if (++depth > maxDepth) {
        return {
          ok: false,
          code: 'JSON_TOO_DEEP',
          message: `the request body nests deeper than ${maxDepth} levels`,
          messageZh: `请求内容嵌套超过 ${maxDepth} 层`,
        };
      }
    } else if (CLOSE.has(byte)) {
      depth--;
    }
  }
  return { ok: true };
}
