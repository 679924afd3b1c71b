/**
 * The path patterns that make a file one of ours, as data: the VS Code
 * manifest (`contributes.languages`), the client's document selector and the
 * classifier all come from this list (a test keeps package.json in step).
 */
export const TOMCAT_XML_PATTERNS = [
  '**/server.xml',
  '**/context.xml',
  '**/context.xml.default',
  '**/WEB-INF/web.xml',
  '**/conf/web.xml',
  '**/conf/*/*/*.xml', // conf/<engine>/<host>/<app>.xml
] as const;

export const NGINX_FILENAMES = ['nginx.conf'] as const;
export const NGINX_PATTERNS = ['**/nginx/**/*.conf', '**/nginx/sites-available/*', '**/nginx/sites-enabled/*', '**/*.nginx'] as const;

export const HTTPD_FILENAMES = ['httpd.conf', 'apache2.conf', '.htaccess'] as const;
export const HTTPD_PATTERNS = [
  '**/httpd/**/*.conf',
  '**/apache2/**/*.conf',
  '**/apache/**/*.conf',
  '**/apache2/sites-available/*',
  '**/apache2/sites-enabled/*',
] as const;

export const MODJK_PATTERNS = ['**/workers.properties'] as const;

/** The workspace settings file. */
export const SETTINGS_PATTERN = '**/.tomcat-cluster.json';

/**
 * Files the models are built from: the client watches them for the server
 * (jars, release notes and Tomcat XML for the nodes; nginx configurations and
 * what they include).
 */
export const WATCHED_PATTERNS = ['**/*.jar', '**/*.xml', '**/RELEASE-NOTES', '**/RUNNING.txt', '**/*.conf', '**/mime.types', '**/sites-enabled/*', '**/workers.properties', '**/.htaccess'] as const;
