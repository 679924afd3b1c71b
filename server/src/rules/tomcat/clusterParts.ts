/** The parts of one <Cluster>, as the cluster-structure rules look at them. */
import type { XmlElement } from '../../syntax/xml/xmlDocument';
import { attributeValue, childElements, firstChild } from '../../syntax/xml/xmlQuery';

export const DELTA_MANAGER = 'org.apache.catalina.ha.session.DeltaManager';

export interface ClusterParts {
  cluster: XmlElement;
  /** The class of the Cluster's Manager template; SimpleTcpCluster's default is DeltaManager. */
  managerClass: string;
  manager?: XmlElement;
  channel?: XmlElement;
  valves: XmlElement[];
  clusterListeners: XmlElement[];
  interceptors: XmlElement[];
  deployer?: XmlElement;
  /** The Engine the cluster belongs to (its own parent, or the Host's). */
  engine?: XmlElement;
}

export function clusterParts(cluster: XmlElement): ClusterParts {
  const manager = firstChild(cluster, 'Manager');
  const channel = firstChild(cluster, 'Channel');
  let engine: XmlElement | undefined;
  for (let p = cluster.parent; p; p = p.parent) if (p.name === 'Engine') { engine = p; break; }
  return {
    cluster,
    manager,
    managerClass: (manager && attributeValue(manager, 'className')) ?? DELTA_MANAGER,
    channel,
    valves: childElements(cluster, 'Valve'),
    clusterListeners: childElements(cluster, 'ClusterListener'),
    interceptors: channel ? childElements(channel, 'Interceptor') : [],
    deployer: firstChild(cluster, 'Deployer'),
    engine,
  };
}

export function classOf(element: XmlElement): string {
  return attributeValue(element, 'className') ?? '';
}

/** Range of an element's className value, or of its name when it has none. */
export function classRange(element: XmlElement): { start: number; end: number } {
  const attr = element.attributes.find((a) => a.name === 'className');
  return attr ? { start: attr.valueStart, end: attr.valueEnd } : { start: element.nameStart, end: element.nameEnd };
}
