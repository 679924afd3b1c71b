import { serverXml } from '../../../support/tomcatXml';

export const C = 'org.apache.catalina.ha';
export const I = 'org.apache.catalina.tribes.group.interceptors';

/** A Cluster (in the Engine, or the Host with `inHost`) holding `inner`. */
export function clusterWith(inner: string, options: { inHost?: boolean; engineAttributes?: string } = {}): string {
  const cluster = `<Cluster className="${C}.tcp.SimpleTcpCluster">\n${inner}\n</Cluster>`;
  return serverXml({ ...(options.inHost ? { inHost: cluster } : { inEngine: cluster }), engineAttributes: options.engineAttributes });
}

export function interceptors(...names: string[]): string {
  return `<Channel className="org.apache.catalina.tribes.group.GroupChannel">${names.map((n) => `<Interceptor className="${I}.${n}"/>`).join('')}</Channel>`;
}
