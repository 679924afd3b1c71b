/**
 * The pieces the cluster model is built from, each read once and kept until a
 * file under it changes: a ClusterNode per CATALINA_BASE, the balancers of
 * each nginx file, httpd configuration and workers.properties. Rebuilding the
 * model after an edit re-reads only what the edit touched, then assembles
 * (linear in the number of nodes and members).
 */
import * as path from 'node:path';
import { parseNginxText } from '../nginx/nginxConfig';
import type { NginxFile } from '../../syntax/nginx/nginxParser';
import type { HttpdConfigs } from '../httpd/httpdConfig';
import { isHttpdMainConfig } from '../httpd/httpdConfig';
import { parseHttpd, type HttpdFile } from '../../syntax/httpd/httpdParser';
import { parseWorkers } from '../../syntax/modjk/workersParser';
import type { TomcatNodes } from '../tomcat/nodes';
import type { FileSource } from '../../workspace/fileSource';
import type { ClassifiedFile } from '../../workspace/workspaceFiles';
import { maxFileSizeBytes, type Settings } from '../../workspace/settings';
import { httpdBalancers, modjkBalancers, nginxBalancers, type ClusterBalancer } from './clusterBalancer';
import { clusterNodeOf, xmlFileCache, type ClusterNode } from './clusterNode';
import { buildClusterModel, type ClusterModel } from './clusterModel';

export class ClusterSources {
  private readonly nodesByBase = new Map<string, ClusterNode>();
  private readonly balancersByFile = new Map<string, ClusterBalancer[]>();

  constructor(
    readonly files: FileSource,
    readonly tomcatNodes: TomcatNodes,
    readonly httpdConfigs: HttpdConfigs,
    readonly settings: () => Settings,
    /** An nginx file's tree when a configuration already parsed it (no second parse of a large file). */
    readonly nginxTree: (filePath: string) => NginxFile | undefined = () => undefined,
  ) {}

  /** Forgets what a changed file can affect (everything when unsure). */
  invalidate(changedPath?: string): void {
    if (!changedPath) {
      this.nodesByBase.clear();
      this.balancersByFile.clear();
      return;
    }
    for (const base of [...this.nodesByBase.keys()]) {
      if (changedPath === base || changedPath.startsWith(base + path.sep)) this.nodesByBase.delete(base);
    }
    this.balancersByFile.delete(changedPath);
    // An httpd file's balancers are those of the configurations it is part of.
    for (const key of [...this.balancersByFile.keys()]) if (key.startsWith('httpd:')) this.balancersByFile.delete(key);
  }

  model(files: ClassifiedFile[]): ClusterModel {
    // A file above the size limit gets syntax checks only: the model is built without it. Only the files the
    // model is built from are measured, and a balancer file only when its pieces are not cached already.
    const limit = maxFileSizeBytes(this.settings());
    const small = (p: string): boolean => (this.files.size(p) ?? 0) <= limit;
    const xml = xmlFileCache(this.files);
    const nodes: ClusterNode[] = [];
    const seenBases = new Set<string>();
    for (const f of files) {
      if (f.language !== 'tomcat-xml' || path.basename(f.path) !== 'server.xml' || !small(f.path)) continue;
      const tomcatNode = this.tomcatNodes.nodeFor(f.path);
      if (!tomcatNode || seenBases.has(tomcatNode.base)) continue;
      seenBases.add(tomcatNode.base);
      let node = this.nodesByBase.get(tomcatNode.base);
      if (!node || node.node !== tomcatNode) {
        node = clusterNodeOf(tomcatNode, xml);
        this.nodesByBase.set(tomcatNode.base, node);
      }
      nodes.push(node);
    }

    const balancers: ClusterBalancer[] = [];
    const cached = (key: string, make: () => ClusterBalancer[]): ClusterBalancer[] => {
      let list = this.balancersByFile.get(key);
      if (!list) this.balancersByFile.set(key, (list = make()));
      return list;
    };
    // A loop, not push(...): a file of 130,000 balancers as arguments would overflow the stack.
    const add = (found: typeof balancers): void => {
      for (const b of found) balancers.push(b);
    };
    const inMainConfig = new Set<string>();
    for (const main of files.filter((f) => f.language === 'httpd' && isHttpdMainConfig(f.path) && small(f.path)).map((f) => f.path)) {
      const config = this.httpdConfigs.config(main);
      for (const p of config.files.keys()) inMainConfig.add(p);
      add(cached(`httpd:${main}`, () => httpdBalancers(config.files)));
    }
    for (const f of files) {
      if (f.language === 'nginx') {
        add(cached(f.path, () => (small(f.path) ? nginxBalancers(f.path, this.nginxTree(f.path) ?? parseNginxText(this.files.readText(f.path) ?? '')) : [])));
      } else if (f.language === 'modjk' && path.basename(f.path) === 'workers.properties') {
        add(cached(f.path, () => (small(f.path) ? modjkBalancers(f.path, parseWorkers(this.files.readText(f.path) ?? '')) : [])));
      } else if (f.language === 'httpd' && !inMainConfig.has(f.path)) {
        // A file no main configuration includes (a conf.d file alone in the workspace) is a configuration of its own.
        add(cached(`httpd:${f.path}`, () => (small(f.path) ? httpdBalancers(new Map<string, HttpdFile>([[f.path, parseHttpd(this.files.readText(f.path) ?? '')]])) : [])));
      }
    }

    const settings = this.settings();
    const texts = new Map<string, string | undefined>();
    return buildClusterModel(
      nodes,
      balancers,
      (node) => settings.nodes?.[node.key]?.host,
      (p) => {
        if (!texts.has(p)) texts.set(p, this.files.readText(p));
        return texts.get(p);
      },
    );
  }
}
