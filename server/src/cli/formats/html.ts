/** `--format html`: the cluster report as one self-contained file, links relative to the checked folder. */
import type { ClusterModel } from '../../model/cluster/clusterModel';
import { clusterReportHtml } from '../../features/clusterReport';
import type { CheckReport } from '../report';

export function formatHtml(report: CheckReport, cluster: ClusterModel): string {
  return clusterReportHtml({ root: report.root, cluster, findings: report.findings, files: report.files.length, linkMode: 'file' });
}
