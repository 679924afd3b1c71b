/**
 * Hover at every offset of a document of each language, and in every
 * truncation of it: it never throws, and a result's range always holds the
 * cursor and lies inside the text.
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hover } from '../../../../server/src/features/hover';
import type { FileLanguage } from '../../../../server/src/workspace/fileKind';
import { contextXml, DOCS_CLUSTER, msmManager, serverXml } from '../../../support/tomcatXml';

const SAMPLES: Record<FileLanguage | 'tomcat-xml (well-formed)', string> = {
  'tomcat-xml (well-formed)': serverXml({ inEngine: DOCS_CLUSTER }),
  // Two documents glued together: not well-formed, read by the forgiving scan.
  'tomcat-xml':
    serverXml({ inEngine: DOCS_CLUSTER }) +
    contextXml(msmManager('memcachedNodes="n1:10.0.0.1:11211" transcoderFactoryClass="de.javakaffee.web.msm.serializer.kryo.KryoTranscoderFactory" memcachedProtocol="binary"')) +
    '<!DOCTYPE x [ <!ENTITY a "b"> ]><?pi x?><![CDATA[<Cluster>]]><!-- <Manager> -->',
  nginx: `events { worker_connections 1024; }
http {
    upstream tomcats { hash $cookie_JSESSIONID consistent; server 10.0.0.11:8080 weight=2 max_fails=3; server "10.0.0.12:8080" backup; }
    map $uri $x { default 0; ~^/a 1; }
    server { listen 80; location / { proxy_pass http://tomcats; } } # comment
}
`,
  httpd: `LoadModule proxy_module modules/mod_proxy.so
<Proxy "balancer://tomcats">
    BalancerMember "http://10.0.0.11:8080" "route=node1" loadfactor=2 \\
        retry=10
    ProxySet stickysession=JSESSIONID|jsessionid lbmethod=byrequests
</Proxy>
# ProxyPass /x balancer://tomcats/
ProxyPass "/app" "balancer://tomcats/app" stickysession=JSESSIONID
`,
  modjk: `# workers
worker.list=lb, jkstatus
worker.lb.type=lb
worker.lb.balance_workers=node1 node2 # trailing comment
worker.lb.method=Busyness
worker.node1.host=10.0.0.11
worker.node1.reference=worker.template
bad line
workers.tomcat_home=/opt/tomcat
`,
};

function check(language: FileLanguage, text: string, offsets: Iterable<number>): number {
  const document = TextDocument.create('untitled:sample', 'plaintext', 1, text);
  let hovered = 0;
  for (const offset of offsets) {
    const result = hover({ document, language, offset, settings: {} });
    if (!result) continue;
    hovered++;
    assert.ok(result.start <= offset && offset < result.end, `${language} at ${offset}: range ${result.start}-${result.end}`);
    assert.ok(result.start >= 0 && result.end <= text.length, `${language} at ${offset}: range inside the text`);
    assert.ok(result.markdown.trim().length > 0);
  }
  return hovered;
}

for (const [label, text] of Object.entries(SAMPLES)) {
  const language = label.split(' ')[0] as FileLanguage;
  test(`${label}: every offset`, () => {
    const hovered = check(language, text, Array.from({ length: text.length + 1 }, (_, i) => i));
    assert.ok(hovered > text.length / 10, `${hovered} offsets hovered`);
  });
  test(`${label}: every truncation`, () => {
    for (let cut = 0; cut <= text.length; cut += 3) {
      const prefix = text.slice(0, cut);
      check(language, prefix, [0, Math.floor(cut / 2), Math.max(0, cut - 2), cut]);
    }
  });
}
