/**
 * Explanations written out in Khmer and English from the web app's own dictionaries, so the CLI and API
 * readers see the same sentences as the screens (one source of wording, checked by the i18n test).
 */
import en from '../../../web/i18n/en.json' with { type: 'json' };
import km from '../../../web/i18n/km.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };

function lookup(tree: Tree, key: string): string | null {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return null;
    node = node[part];
  }
  return typeof node === 'string' ? node : null;
}

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));

export function reasonText(key: string, params: Record<string, string | number>): { km: string; en: string } {
  return {
    km: fill(lookup(km as Tree, key) ?? key, params),
    en: fill(lookup(en as Tree, key) ?? key, params),
  };
}
