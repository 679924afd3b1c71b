/**
 * Hover in Apache httpd configurations: on a directive or section name its
 * entry in schemas/httpd/directives.json (module, where it is allowed, its
 * arguments); on a `key=` parameter of BalancerMember, ProxySet or ProxyPass
 * its entry in schemas/httpd/proxy-parameters.json, at the level the line
 * sets (balancer or member), with a warning when httpd refuses it there.
 */
import params from '../../../../schemas/httpd/proxy-parameters.json';
import type { FeatureContext, HoverResult } from '../featureContext';
import { httpdDirective, httpdSection, shapeCounts, type ArgShape, type HttpdDirectiveInfo } from '../../model/httpd/directives';
import { allDirectives, parseHttpd, type HttpdArg, type HttpdDirective } from '../../syntax/httpd/httpdParser';
import { httpdDirectiveUrl } from './docLinks';
import { code, prose, render } from './markdown';

const BALANCER_DOCS = params.balancer as Record<string, string>;
const WORKER_DOCS = params.worker as Record<string, string>;

type Level = 'balancer' | 'worker';

function contextText(info: HttpdDirectiveInfo): string {
  const where = info.context === 'server' ? 'server config, virtual host' : info.context === 'directory' ? 'directory' : 'server config, virtual host, directory';
  return info.htaccess ? `${where}, .htaccess${info.override ? ` (AllowOverride ${info.override})` : ''}` : where;
}

function argumentsText(shape: ArgShape | undefined): string | undefined {
  if (!shape) return undefined;
  if (shape === 'FLAG') return '`On` | `Off`';
  if (shape === 'RAW') return 'free form';
  const [min, max] = shapeCounts(shape);
  if (max === undefined) return `${min} or more`;
  if (min === max) return String(min);
  return `${min} to ${max}`;
}

function directiveMarkdown(name: string, info: HttpdDirectiveInfo): string {
  const title = info.section ? code(`<${info.name}>`) : info.name;
  return render({
    title: `**${title}** · ${code(info.module)}`,
    paragraphs: [prose(info.description.charAt(0).toUpperCase() + info.description.slice(1)) + (/[.!?]$/.test(info.description) ? '' : '.')],
    facts: [
      ['Context', contextText(info)],
      ['Arguments', argumentsText(info.args)],
      ['Section', info.section ? 'yes' : undefined],
    ],
    links: [{ label: `httpd documentation: ${info.section ? code(`<${info.name}>`) : info.name}`, url: httpdDirectiveUrl(info.module, name) }],
  });
}

function infoFor(directive: HttpdDirective): HttpdDirectiveInfo | undefined {
  return directive.children ? httpdSection(directive.name) ?? httpdDirective(directive.name) : httpdDirective(directive.name);
}

function enclosing(d: HttpdDirective, section: string): HttpdDirective | undefined {
  for (let p = d.parent; p; p = p.parent) if (p.name.toLowerCase() === section) return p;
  return undefined;
}

const isBalancerUrl = (v: string | undefined): boolean => !!v && /^balancer:\/\//i.test(v);

/** The level a line's parameters set: a balancer's (ProxySet on a balancer, ProxyPass to one) or a worker's (a member, or any other URL). */
function parameterLevel(d: HttpdDirective): Level | undefined {
  const name = d.name.toLowerCase();
  if (name === 'balancermember') return 'worker';
  if (name === 'proxyset') {
    if (isBalancerUrl(d.args[0]?.value)) return 'balancer';
    if (d.args[0]?.value.includes('://')) return 'worker';
    return isBalancerUrl(enclosing(d, 'proxy')?.args[0]?.value) ? 'balancer' : 'worker';
  }
  if (name === 'proxypass' || name === 'proxypassmatch') {
    const url = d.args.find((a) => a.value.includes('://'));
    return isBalancerUrl(url?.value) ? 'balancer' : 'worker';
  }
  return undefined;
}

function parameterHover(d: HttpdDirective, arg: HttpdArg, offset: number): HoverResult | undefined {
  const level = parameterLevel(d);
  const eq = arg.value.indexOf('=');
  if (!level || eq <= 0) return undefined;
  const key = arg.value.slice(0, eq).toLowerCase();
  const here = level === 'balancer' ? BALANCER_DOCS : WORKER_DOCS;
  const there = level === 'balancer' ? WORKER_DOCS : BALANCER_DOCS;
  const doc = here[key] ?? there[key];
  if (!doc) return undefined;
  const own = key in here;
  const directiveName = d.name;
  const notes: string[] = [];
  if (!own) {
    notes.push(
      level === 'worker'
        ? `⚠ ${code(key + '=')} is a balancer parameter: httpd refuses it on ${code(directiveName)} here ("unknown Worker parameter"); set it with ${code('ProxySet')} in the ${code('<Proxy balancer://…>')} section or on the ${code('ProxyPass')} line.`
        : `⚠ ${code(key + '=')} is a member (worker) parameter: httpd refuses it on a balancer ("unknown Balancer parameter"); set it on each ${code('BalancerMember')}.`,
    );
  }
  const keyStart = arg.start + (arg.quote ? 1 : 0);
  const keyEnd = keyStart + eq + 1;
  return {
    markdown: render({
      title: `**${key}=** · ${own ? level : level === 'balancer' ? 'worker' : 'balancer'} parameter of ${code(directiveName)}`,
      paragraphs: [prose(doc)],
      facts: [['Value', code(arg.value.slice(eq + 1))]],
      notes,
      links: [{ label: 'httpd documentation: ProxyPass parameters', url: httpdDirectiveUrl('mod_proxy', 'ProxyPass') }],
    }),
    // The key (from the opening quote, when the cursor is on it) or the value (to the closing quote).
    start: offset < keyEnd ? Math.min(keyStart, offset) : keyEnd,
    end: offset < keyEnd ? keyEnd : arg.end,
  };
}

export function httpdHover(ctx: FeatureContext): HoverResult | undefined {
  const file = parseHttpd(ctx.document.getText());
  const offset = ctx.offset;
  for (const d of allDirectives(file.directives)) {
    if (offset >= d.nameStart && offset < d.nameEnd) {
      const info = infoFor(d);
      return info ? { markdown: directiveMarkdown(d.name, info), start: d.nameStart, end: d.nameEnd } : undefined;
    }
    if (d.closeStart !== undefined && d.closeEnd !== undefined && d.closeEnd > d.closeStart) {
      const nameStart = d.closeStart + 2;
      const nameEnd = nameStart + d.name.length;
      if (offset >= nameStart && offset < nameEnd) {
        const info = infoFor(d);
        return info ? { markdown: directiveMarkdown(d.name, info), start: nameStart, end: nameEnd } : undefined;
      }
    }
    const arg = d.args.find((a) => offset >= a.start && offset < a.end);
    if (arg) return parameterHover(d, arg, offset);
  }
  return undefined;
}
