import type { FieldViolation } from './validation';

/**
 * Text no field may hold: a NUL character (Postgres refuses the byte, and no form types it) or a
 * lone UTF-16 surrogate (`"\ud800"` in JSON: half a character, which would be stored as U+FFFD).
 * Checked on every string of a request, query and path parameters included, before validation.
 */
export function textViolations(value: unknown, path = ''): FieldViolation[] {
  if (isClean(value, 0)) return [];
  const violations: FieldViolation[] = [];
  walk(value, path, violations, 0);
  return violations;
}

const MAX_DEPTH = 64;

/**
 * Keys that reach an object's prototype in JavaScript. class-transformer drops them silently
 * (so the whitelist never sees them); they are refused instead, like any unknown field.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const PROTOTYPE_KEY = {
  rule: 'noPrototypeKey',
  message: 'is not a field: prototype keys (__proto__, constructor, prototype) are refused',
  messageZh: '不是可接受的字段：原型属性名（__proto__、constructor、prototype）一律拒绝',
};

/**
 * The common case, answered without building field paths or copying entries: nothing to refuse.
 * Every RPC payload a service validates passes here (validatePlain), so it stays cheap.
 */
function isClean(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return true;
  if (typeof value === 'string') return !value.includes('\u0000') && isWellFormed(value);
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!isClean(value[i], depth + 1)) return false;
    return true;
  }
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key) || !isClean(key, depth)) return false;
    if (!isClean((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

function walk(value: unknown, path: string, out: FieldViolation[], depth: number): void {
  if (out.length >= 20 || depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) out.push({ field: path || '(root)', ...problem });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, join(path, String(i)), out, depth + 1));
    return;
  }
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) out.push({ field: join(path, '(key)'), ...keyProblem });
      else if (PROTOTYPE_KEYS.has(key)) out.push({ field: join(path, key), ...PROTOTYPE_KEY });
      walk(item, join(path, key), out, depth + 1);
    }
  }
}

function textProblem(text: string): Omit<FieldViolation, 'field'> | null {
  if (text.includes('\u0000')) {
    return {
      rule: 'noNulCharacter',
      message: 'must not contain a NUL character (U+0000)',
      messageZh: '不得包含空字符（U+0000）',
    };
  }
  if (!isWellFormed(text)) {
    return {
      rule: 'wellFormedText',
      message: 'must be well-formed text: it holds half of a character (a lone surrogate)',
      messageZh: '文本格式不正确：含有不完整的字符（孤立代理项）',
    };
  }
  return null;
}

const nativeIsWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean })
  .isWellFormed;

/** String.prototype.isWellFormed (Node 20+), spelled out where the runtime lacks it. */
function isWellFormed(text: string): boolean {
  if (nativeIsWellFormed) return nativeIsWellFormed.call(text);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return false;
    }
  }
  return true;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
