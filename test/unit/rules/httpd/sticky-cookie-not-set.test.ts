import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { routesBySessionId } from '../../../../server/src/model/httpd/balancers';
import { stickyCookieNotSet } from '../../../../server/src/rules/httpd/sticky-cookie-not-set';
import { ruleTester } from '../../../support/ruleTester';
import { RECIPE } from './shared';

const proxy = (sticky: string) => `<Proxy balancer://c>\n  BalancerMember http://a:8080 route=n1\n  ProxySet stickysession=${sticky}\n</Proxy>\n`;

ruleTester(stickyCookieNotSet, 'httpd', {
  valid: [
    { name: 'the ROUTEID recipe (seed 000)', text: RECIPE },
    { name: 'stickysession on JSESSIONID needs no Header', text: proxy('JSESSIONID|jsessionid') },
    { name: 'stickysession=JSESSIONID alone (the cookie) needs no Header', text: proxy('JSESSIONID') },
    { name: 'stickysession=jsessionid alone (the URL parameter spelling) needs no Header', text: proxy('jsessionid') },
  ],
  invalid: [
    {
      name: 'ROUTEID without the Header line',
      text: proxy('ROUTEID'),
      findings: [{ at: 'stickysession=ROUTEID', message: /no Header line sets the cookie "ROUTEID"/ }],
    },
    {
      name: 'the Header line sets routeid, stickysession names ROUTEID: httpd compares cookie names case-sensitively',
      text: RECIPE.replace('"ROUTEID=', '"routeid='),
      findings: [{ at: 'stickysession=ROUTEID', message: /sets the cookie "routeid": httpd compares cookie names case-sensitively/ }],
    },
    {
      name: 'stickysession=JSessionId is not Tomcat\'s JSESSIONID cookie',
      text: proxy('JSessionId'),
      findings: [{ at: 'stickysession=JSessionId', message: /no Header line sets the cookie "JSessionId"/ }],
    },
  ],
});

test('routesBySessionId: JSESSIONID and jsessionid, in either place, exactly', () => {
  assert.equal(routesBySessionId({ cookie: 'JSESSIONID', urlParam: 'jsessionid' }), true);
  assert.equal(routesBySessionId({ cookie: 'JSESSIONID' }), true);
  assert.equal(routesBySessionId({ cookie: 'jsessionid' }), true);
  assert.equal(routesBySessionId({ cookie: 'ROUTEID', urlParam: 'jsessionid' }), true);
  assert.equal(routesBySessionId({ cookie: 'JSessionId' }), false);
  assert.equal(routesBySessionId({ cookie: 'ROUTEID' }), false);
  assert.equal(routesBySessionId({}), false);
});
