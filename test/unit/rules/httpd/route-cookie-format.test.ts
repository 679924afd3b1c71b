import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from '../../../../server/src/engine/checkDocument';
import { routeCookieFormat } from '../../../../server/src/rules/httpd/route-cookie-format';
import { ruleTester } from '../../../support/ruleTester';
import { RECIPE } from './shared';

ruleTester(routeCookieFormat, 'httpd', {
  valid: [
    { name: 'the documented recipe', text: RECIPE },
    { name: 'text before the first dot: ROUTEID=x.%{BALANCER_WORKER_ROUTE}e (the route is what follows the first ".")', text: RECIPE.replace('ROUTEID=.%', 'ROUTEID=x.%') },
  ],
  invalid: [
    { name: 'without the leading dot', text: RECIPE.replace('ROUTEID=.%', 'ROUTEID=%'), findings: [{ at: '%{BALANCER_WORKER_ROUTE}e', message: /needs a "\." before it/ }] },
    { name: 'text without a dot before the route', text: RECIPE.replace('ROUTEID=.%', 'ROUTEID=x%'), findings: [{ at: '%{BALANCER_WORKER_ROUTE}e', message: /needs a "\." before it/ }] },
    { name: 'an earlier dot than the one before the route', text: RECIPE.replace('ROUTEID=.%', 'ROUTEID=a.b.%'), findings: [{ at: '%{BALANCER_WORKER_ROUTE}e', message: /after the first "\." of the cookie value, and in "a\.b\.%\{BALANCER_WORKER_ROUTE\}e" that is not/ }] },
    { name: 'another cookie than stickysession', text: RECIPE.replace('"ROUTEID=', '"ROUTE_ID='), findings: [{ at: '"ROUTE_ID=.%{BALANCER_WORKER_ROUTE}e; path=/"', message: /sets the cookie "ROUTE_ID", but stickysession names "ROUTEID"/ }] },
    { name: 'the stickysession cookie in another case (httpd compares names case-sensitively)', text: RECIPE.replace('"ROUTEID=', '"RouteId='), findings: [{ at: '"RouteId=.%{BALANCER_WORKER_ROUTE}e; path=/"', message: /sets the cookie "RouteId", but stickysession names "ROUTEID"/ }] },
    { name: 'without env=BALANCER_ROUTE_CHANGED', text: RECIPE.replace(' env=BALANCER_ROUTE_CHANGED', ''), findings: [{ at: 'Header', message: /env=BALANCER_ROUTE_CHANGED/ }] },
  ],
});

/** The text after applying the findings' fixes (one line edits), or undefined for a finding without one. */
function fixed(text: string): (string | undefined)[] {
  const document = TextDocument.create('untitled:httpd.conf', 'apacheconf', 1, text);
  const rules = { xml: [], tomcat: [], nginx: [], httpd: [routeCookieFormat], modjk: [], cluster: [] };
  return checkDocument(document, 'httpd', { rules }).map((f) => f.fix && TextDocument.applyEdits(document, f.fix.edits.map((e) => ({ range: e.range, newText: e.newText }))));
}

test('httpd/route-cookie-format: the "Add the ." fix puts the dot right before the route, and never makes ".."', () => {
  assert.deepEqual(fixed(RECIPE.replace('ROUTEID=.%', 'ROUTEID=%')), [RECIPE]);
  assert.deepEqual(fixed(RECIPE.replace('ROUTEID=.%', 'ROUTEID=x%')), [RECIPE.replace('ROUTEID=.%', 'ROUTEID=x.%')]);
  // A dot already in the value: no fix (another dot would only make "..").
  assert.deepEqual(fixed(RECIPE.replace('ROUTEID=.%', 'ROUTEID=a.b.%')), [undefined]);
  assert.deepEqual(fixed(RECIPE.replace('ROUTEID=.%', 'ROUTEID=x.%')), []);
  for (const out of fixed(RECIPE.replace('ROUTEID=.%', 'ROUTEID=%'))) assert.ok(!out?.includes('..'));
});
