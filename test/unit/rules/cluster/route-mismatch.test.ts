import { routeMismatch } from '../../../../server/src/rules/cluster/route-mismatch';
import {
  ajpConnector, ajpWorkers, httpConnector, httpdBalancer, nginxConf, nodeAddresses, routedMembers, serverXml, tomcatHosts, tomcatNodes,
  workersProperties,
} from '../../../support/clusterConfigs';
import { clusterRuleTester } from '../../../support/clusterRuleTester';

const server = (route: string | undefined): string => serverXml({ jvmRoute: route, connectors: [httpConnector(), ajpConnector()] });

/** The httpd balancer of the route-mismatch docs, routing by the JSESSIONID suffix. */
const httpd = (routes: string[]): string => httpdBalancer({ members: routedMembers(routes), proxyPassReverse: true });
/** httpd's ROUTEID recipe: sticky by a cookie httpd sets itself, so routes need not be jvmRoutes. */
const routeIdCookie = `Header add Set-Cookie "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED
${httpdBalancer({ members: routedMembers(['1', '2', '3']), proxySet: 'stickysession=ROUTEID', proxyPassReverse: true })}`;
/** mod_jk workers node1 (route tomcat1) and node2 (route `route2`) from a worker.template on 8009. */
const workers = (route2: string, stickySession?: string): string =>
  workersProperties({
    workers: [
      { name: 'node1', host: '10.0.0.11', route: 'tomcat1' },
      { name: 'node2', host: '10.0.0.12', route: route2 },
    ],
    statusWorker: 'status',
    template: { port: '8009', socketConnectTimeout: '5000' },
    stickySession,
  });
const hosts = tomcatHosts(3);
const three = tomcatNodes(3, server);

clusterRuleTester(routeMismatch, {
  valid: [
    {
      name: 'httpd stickysession=JSESSIONID|jsessionid with route = jvmRoute on every member',
      files: { 'lb/httpd.conf': httpd(['tomcat1', 'tomcat2', 'tomcat3']), ...three },
      settings: hosts,
    },
    {
      name: "httpd's ROUTEID cookie recipe: routes 1, 2, 3 differ from the jvmRoutes, and that is fine",
      files: { 'lb/httpd.conf': routeIdCookie, ...three },
      settings: hosts,
    },
    {
      name: 'mod_jk workers named after the jvmRoutes (the route defaults to the worker name)',
      files: {
        'lb/workers.properties': workersProperties({ workers: ajpWorkers(2) }),
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2'),
      },
      settings: hosts,
    },
    {
      name: 'mod_jk workers with another name and worker.<name>.route = jvmRoute',
      files: { 'lb/workers.properties': workers('tomcat2'), 'tomcat1/conf/server.xml': server('tomcat1'), 'tomcat2/conf/server.xml': server('tomcat2') },
      settings: hosts,
    },
    {
      name: 'mod_jk with sticky_session=false does not route by the suffix',
      files: {
        'lb/workers.properties': workers('tomcatB', 'false'),
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2'),
      },
      settings: hosts,
    },
    {
      name: 'nginx ip_hash does not route by the suffix: the jvmRoutes need no member route',
      files: {
        'lb/nginx.conf': nginxConf({ upstreams: [{ method: 'ip_hash', servers: nodeAddresses(2) }] }),
        'tomcat1/conf/server.xml': server('t1'),
        'tomcat2/conf/server.xml': server('t2'),
      },
      settings: hosts,
    },
    {
      name: 'no node has a jvmRoute at all: silent (tomcat/jvmroute-missing says it)',
      files: {
        'lb/httpd.conf': httpd(['tomcat1', 'tomcat2']),
        'tomcat1/conf/server.xml': server(undefined),
        'tomcat2/conf/server.xml': server(undefined),
      },
      settings: hosts,
    },
  ],
  invalid: [
    {
      name: 'httpd member route=tomcat-3 for the node on jvmRoute tomcat3: on the route (fixed to tomcat3) and on the jvmRoute',
      files: { 'lb/httpd.conf': httpd(['tomcat1', 'tomcat2', 'tomcat-3']), ...three },
      settings: hosts,
      findings: [
        {
          file: 'lb/httpd.conf',
          at: 'tomcat-3',
          message: /route "tomcat-3" of httpd balancer "tcsrvs" matches no node's jvmRoute \("tomcat1", "tomcat2", "tomcat3"\).*node tomcat3 creates \("\.tomcat3"\)/,
          related: ['tomcat3/conf/server.xml'],
          fixed: httpd(['tomcat1', 'tomcat2', 'tomcat3']),
        },
        {
          file: 'tomcat3/conf/server.xml',
          at: 'tomcat3',
          message: /jvmRoute "tomcat3" of node tomcat3 is no route of httpd balancer "tcsrvs" \("tomcat1", "tomcat2", "tomcat-3"\)/,
          related: ['lb/httpd.conf'],
        },
      ],
    },
    {
      name: 'httpd stickysession given on the ProxyPass line, member routes in upper case',
      files: {
        'lb/httpd.conf': `<Proxy "balancer://shop">
    BalancerMember "ajp://10.0.0.11:8009" route=TOMCAT1
    BalancerMember "ajp://10.0.0.12:8009" route=tomcat2
</Proxy>
ProxyPass "/shop" "balancer://shop/shop" stickysession=JSESSIONID|jsessionid scolonpathdelim=On
`,
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2'),
      },
      settings: hosts,
      findings: [
        {
          file: 'lb/httpd.conf',
          at: 'TOMCAT1',
          message: /route "TOMCAT1" of httpd balancer "shop" matches no node's jvmRoute/,
          fixed: `<Proxy "balancer://shop">
    BalancerMember "ajp://10.0.0.11:8009" route=tomcat1
    BalancerMember "ajp://10.0.0.12:8009" route=tomcat2
</Proxy>
ProxyPass "/shop" "balancer://shop/shop" stickysession=JSESSIONID|jsessionid scolonpathdelim=On
`,
        },
        { file: 'tomcat1/conf/server.xml', at: 'tomcat1', message: /jvmRoute "tomcat1" of node tomcat1 is no route of httpd balancer "shop"/ },
      ],
    },
    {
      name: 'mod_jk worker.node2.route=tomcatB for the node on jvmRoute tomcat2: the route line is fixed',
      files: { 'lb/workers.properties': workers('tomcatB'), 'tomcat1/conf/server.xml': server('tomcat1'), 'tomcat2/conf/server.xml': server('tomcat2') },
      settings: hosts,
      findings: [
        {
          file: 'lb/workers.properties',
          at: 'tomcatB',
          message: /route "tomcatB" of mod_jk lb worker "loadbalancer" matches no node's jvmRoute/,
          related: ['tomcat2/conf/server.xml'],
          fixed: workers('tomcat2'),
        },
        {
          file: 'tomcat2/conf/server.xml',
          at: 'tomcat2',
          message: /jvmRoute "tomcat2" of node tomcat2 is no route of mod_jk lb worker "loadbalancer" \("tomcat1", "tomcatB"\)/,
          related: ['lb/workers.properties'],
        },
      ],
    },
    {
      name: 'nginx sticky route: a server without route= and a route no node has',
      files: {
        'lb/nginx.conf': `http {
  map $cookie_jsessionid $route_cookie {
    ~.+\\.(?P<route>\\w+)$ $route;
  }
  upstream tomcats {
    zone tomcats 64k;
    server 10.0.0.11:8080 route=tomcat1;
    server 10.0.0.12:8080;
    server 10.0.0.13:8080 route=t3;
    sticky route $route_cookie;
  }
}
`,
        ...three,
      },
      settings: hosts,
      findings: [
        {
          file: 'lb/nginx.conf',
          at: '10.0.0.12:8080',
          message: /nginx upstream "tomcats" routes by the session id suffix, but member 10\.0\.0\.12:8080 has no route= \(its node's jvmRoute is "tomcat2"\)/,
          related: ['tomcat2/conf/server.xml'],
        },
        { file: 'lb/nginx.conf', at: 't3', message: /route "t3" of nginx upstream "tomcats" matches no node's jvmRoute/, related: ['tomcat3/conf/server.xml'] },
        { file: 'tomcat2/conf/server.xml', at: 'tomcat2', message: /jvmRoute "tomcat2" of node tomcat2 is no route of nginx upstream "tomcats" \("tomcat1", "t3"\)/ },
        { file: 'tomcat3/conf/server.xml', at: 'tomcat3', message: /jvmRoute "tomcat3" of node tomcat3 is no route of nginx upstream "tomcats"/ },
      ],
    },
    {
      // design.md: a member matched to no node stays out of the cross-file rules (its node is not in the workspace).
      name: 'a member for a host with no node in the workspace, whose route no node has: nothing to compare, no finding',
      files: { 'lb/httpd.conf': httpd(['tomcat1', 'tomcat2', 'tomcat4']), 'tomcat1/conf/server.xml': server('tomcat1'), 'tomcat2/conf/server.xml': server('tomcat2') },
      settings: hosts,
      findings: [],
    },
  ],
});

// Review cases: swapped routes, and a mod_jk member whose route is its worker name.
clusterRuleTester(routeMismatch, {
  valid: [
    {
      name: 'mod_jk workers named after the jvmRoutes, matched by address: no finding',
      files: {
        'lb/workers.properties': 'worker.list=lb\nworker.lb.type=lb\nworker.lb.balance_workers=tomcat1,tomcat2\nworker.tomcat1.host=10.0.0.11\nworker.tomcat1.port=8009\nworker.tomcat2.host=10.0.0.12\nworker.tomcat2.port=8009\n',
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2'),
      },
      settings: tomcatHosts(2),
    },
  ],
  invalid: [
    {
      name: 'swapped routes: every route exists, but each member carries the other node’s',
      files: {
        'lb/httpd.conf': httpd(['tomcat2', 'tomcat1']),
        'tomcat1/conf/server.xml': server('tomcat1'),
        'tomcat2/conf/server.xml': server('tomcat2'),
      },
      settings: tomcatHosts(2),
      findings: [
        { file: 'lb/httpd.conf', at: 'tomcat2', message: /is for member 10\.0\.0\.11:8080, which is node tomcat1 with jvmRoute "tomcat1".*sent to node tomcat2/, fixed: httpd(['tomcat1', 'tomcat2']) },
        { file: 'lb/httpd.conf', at: 'tomcat1', message: /is for member 10\.0\.0\.12:8080, which is node tomcat2/ },
      ],
    },
    {
      name: 'a mod_jk worker named worker1 for the node on jvmRoute tomcat1: reported, and no fix that renames the worker',
      files: {
        'lb/workers.properties': 'worker.list=lb\nworker.lb.type=lb\nworker.lb.balance_workers=worker1\nworker.worker1.host=10.0.0.11\nworker.worker1.port=8009\n',
        'tomcat1/conf/server.xml': server('tomcat1'),
      },
      settings: tomcatHosts(1),
      findings: [
        { file: 'lb/workers.properties', at: 'worker1', message: /route "worker1" of mod_jk lb worker "lb" matches no node's jvmRoute/, noFix: true },
        { file: 'tomcat1/conf/server.xml', at: 'tomcat1', message: /is no route of mod_jk lb worker "lb"/ },
      ],
    },
  ],
});

// Regression case: mod_jk workers that take their port from a template (reference=) are matched by address.
const templateWorkers = (route1: string, route2: string): string =>
  workersProperties({
    workers: [
      { name: 'w1', host: '10.0.0.11', route: route1 },
      { name: 'w2', host: '10.0.0.12', route: route2 },
    ],
    template: { port: '8109' },
  });
const ajp8109 = (route: string): string => serverXml({ jvmRoute: route, connectors: [httpConnector(), ajpConnector({ port: '8109' })] });
clusterRuleTester(routeMismatch, {
  valid: [
    {
      name: 'mod_jk workers on the template port 8109 with route = jvmRoute',
      files: { 'lb/workers.properties': templateWorkers('tomcat1', 'tomcat2'), 'tomcat1/conf/server.xml': ajp8109('tomcat1'), 'tomcat2/conf/server.xml': ajp8109('tomcat2') },
      settings: tomcatHosts(2),
    },
  ],
  invalid: [
    {
      name: 'mod_jk workers on the template port 8109 with swapped routes: matched by host and template port, both routes told',
      files: { 'lb/workers.properties': templateWorkers('tomcat2', 'tomcat1'), 'tomcat1/conf/server.xml': ajp8109('tomcat1'), 'tomcat2/conf/server.xml': ajp8109('tomcat2') },
      settings: tomcatHosts(2),
      findings: [
        {
          file: 'lb/workers.properties',
          at: 'tomcat2',
          message: /route "tomcat2" of mod_jk lb worker "loadbalancer" is for member 10\.0\.0\.11:8109, which is node tomcat1 with jvmRoute "tomcat1"/,
          fixed: templateWorkers('tomcat1', 'tomcat2'),
        },
        { file: 'lb/workers.properties', at: 'tomcat1', message: /route "tomcat1" of mod_jk lb worker "loadbalancer" is for member 10\.0\.0\.12:8109, which is node tomcat2/ },
      ],
    },
  ],
});

// An httpd member without route=: httpd/member-route-missing reports it on the file alone; with its node known,
// this rule adds the route it needs as a quick fix.
const memberWithoutRoute = httpdBalancer({ members: [['http://10.0.0.11:8080', 'tomcat1'], 'http://10.0.0.12:8080'], proxyPassReverse: true });
clusterRuleTester(routeMismatch, {
  valid: [
    {
      name: 'an httpd member without route= whose node has no jvmRoute: left to httpd/member-route-missing and tomcat/jvmroute-missing',
      files: { 'lb/httpd.conf': memberWithoutRoute, 'tomcat1/conf/server.xml': server('tomcat1'), 'tomcat2/conf/server.xml': server(undefined) },
      settings: tomcatHosts(2),
    },
  ],
  invalid: [
    {
      name: 'an httpd member without route= for the node on jvmRoute tomcat2: the fix adds route=tomcat2 after the URL',
      files: { 'lb/httpd.conf': memberWithoutRoute, 'tomcat1/conf/server.xml': server('tomcat1'), 'tomcat2/conf/server.xml': server('tomcat2') },
      settings: tomcatHosts(2),
      findings: [
        { file: 'lb/httpd.conf', at: 'http://10.0.0.12:8080', message: /has no route= \(its node's jvmRoute is "tomcat2"\)/, fixed: memberWithoutRoute.replace('"http://10.0.0.12:8080"', '"http://10.0.0.12:8080" route=tomcat2') },
        { file: 'tomcat2/conf/server.xml', at: 'tomcat2', message: /is no route of httpd balancer "tcsrvs"/ },
      ],
    },
  ],
});
