/**
 * The extension's own command ids. They must differ from the ids the server
 * lists in executeCommandProvider (vscode-languageclient registers those
 * itself; registering one twice throws "command already exists").
 */
export const CLIENT_COMMANDS = {
  checkClusterConsistency: 'tomcatCluster.checkClusterConsistency',
  showOutput: 'tomcatCluster.showOutput',
  insertSessionStrategy: 'tomcatCluster.insertSessionStrategy',
} as const;

/** Mirrors server/src/lsp/server.ts SERVER_COMMANDS (kept apart so the client bundle does not pull in the server). */
export const SERVER_CHECK_WORKSPACE = 'tomcatCluster.server.checkWorkspace';
export const SERVER_SESSION_STRATEGIES = 'tomcatCluster.server.sessionStrategies';
