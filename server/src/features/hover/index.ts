/**
 * Hover: the documentation of the token under the cursor, from the data
 * catalogues (Tomcat, msm, nginx reference, httpd, mod_jk), with a link to
 * the official page. One module per language; undefined where there is
 * nothing to say (white space, comments, unknown names).
 */
import type { FeatureContext, HoverResult } from '../featureContext';
import { httpdHover } from './httpdHover';
import { modjkHover } from './modjkHover';
import { nginxHover } from './nginxHover';
import { tomcatHover } from './tomcatHover';

export function hover(ctx: FeatureContext): HoverResult | undefined {
  switch (ctx.language) {
    case 'tomcat-xml':
      return tomcatHover(ctx);
    case 'nginx':
      return nginxHover(ctx);
    case 'httpd':
      return httpdHover(ctx);
    case 'modjk':
      return modjkHover(ctx);
    default:
      return undefined;
  }
}
