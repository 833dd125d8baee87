import { api } from './api.js';

// The UI's strings, in the language of the launch (English as the fallback), and a small
// formatter for them. A string is plain text with arguments {0}, {1}, … and, where a number
// changes the words, an ICU-style plural choice:
//
//   ui.thread.replies={0, plural, one {# reply} other {# replies}}
//
// The choice follows the language's own rules through Intl.PluralRules (French says "0 réponse",
// "1 réponse", "2 réponses"; German "1 Antwort", "2 Antworten"); `=0 {…}` matches a value exactly,
// and # is the number formatted for the language (10,000 · 10 000 · 10.000). Numbers given as
// plain {0} arguments are formatted the same way.

let strings = {};

export async function loadStrings() {
  const lang = document.documentElement.lang;
  const bundle = await api(lang ? `/api/i18n?locale=${encodeURIComponent(lang)}` : '/api/i18n');
  strings = bundle.strings;
  document.documentElement.lang = bundle.locale;
  return bundle.locale;
}

export function locale() {
  return document.documentElement.lang || undefined;
}

export function formatNumber(value) {
  return new Intl.NumberFormat(locale()).format(value);
}

// t('key', 'a', 2) fills {0}, {1}, … and plural choices; an unknown key shows as itself.
export function t(key, ...args) {
  return format(strings[key] ?? key, args);
}

// Whether the bundle has a key (for optional strings such as a problem type's own sentence).
export function has(key) {
  return Object.prototype.hasOwnProperty.call(strings, key);
}

export function format(pattern, args = []) {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const open = pattern.indexOf('{', i);
    if (open < 0) { out += pattern.slice(i); break; }
    out += pattern.slice(i, open);
    const close = matching(pattern, open);
    if (close < 0) { out += pattern.slice(open); break; }
    out += argument(pattern.slice(open + 1, close), args);
    i = close + 1;
  }
  return out;
}

function matching(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}') { depth -= 1; if (depth === 0) return i; }
  }
  return -1;
}

function argument(inner, args) {
  const [indexText, kind, ...rest] = inner.split(',');
  const value = args[Number(indexText.trim())];
  if (kind !== undefined && kind.trim() === 'plural') return plural(rest.join(','), value, args);
  if (value === undefined || value === null) return '';
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

// "one {# reply} other {# replies}" with the value: the branch for =value, else for its plural
// category, else `other`; inside it, # is the formatted number and {n} are arguments again.
function plural(choices, value, args) {
  const branches = {};
  let i = 0;
  while (i < choices.length) {
    const open = choices.indexOf('{', i);
    if (open < 0) break;
    const close = matching(choices, open);
    if (close < 0) break;
    branches[choices.slice(i, open).trim()] = choices.slice(open + 1, close);
    i = close + 1;
  }
  // A number, or a number already formatted by the caller ("10,000"): the words follow its value.
  const number = typeof value === 'number' ? value : Number(String(value ?? '').replace(/[^\d.-]/g, ''));
  const shown = typeof value === 'number' ? formatNumber(value) : String(value ?? '');
  const category = Number.isFinite(number) ? new Intl.PluralRules(locale()).select(number) : 'other';
  const chosen = branches[`=${number}`] ?? branches[category] ?? branches.other ?? '';
  return format(chosen.replace(/#/g, shown), args);
}
