/**
 * Completion at the cursor, for every language the product reads: each
 * language's module works out where the cursor is on the text as typed
 * (half-typed documents included) and offers what the catalogues allow
 * there; the strategy snippets (features/snippets) that fit the place
 * follow. Never throws: a part that fails gives no entries.
 */
import type { CompletionEntry, FeatureContext } from '../featureContext';
import { snippetCompletions } from '../snippets';
import { httpdCompletions } from './httpd';
import { modjkCompletions } from './modjk';
import { nginxCompletions } from './nginx';
import { tomcatXmlCompletions } from './tomcatXml';

export function completions(ctx: FeatureContext): CompletionEntry[] {
  return [...catalogueCompletions(ctx), ...snippets(ctx)];
}

function snippets(ctx: FeatureContext): CompletionEntry[] {
  try {
    return snippetCompletions(ctx);
  } catch {
    return [];
  }
}

/** What the catalogues offer at the cursor, without the snippets. */
export function catalogueCompletions(ctx: FeatureContext): CompletionEntry[] {
  try {
    switch (ctx.language) {
      case 'tomcat-xml':
        return tomcatXmlCompletions(ctx);
      case 'nginx':
        return nginxCompletions(ctx);
      case 'httpd':
        return httpdCompletions(ctx);
      case 'modjk':
        return modjkCompletions(ctx);
      default:
        return [];
    }
  } catch {
    return [];
  }
}

export { httpdCompletions, modjkCompletions, nginxCompletions, tomcatXmlCompletions };
