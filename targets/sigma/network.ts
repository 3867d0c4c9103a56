// The network log sources: DNS queries, network connections and proxy logs for a rule's domains, URLs
// and IPs. A domain matches itself and its subdomains, never as a bare substring.
import { networkObservableId } from '../../src/model/observables.js';
import type { NetworkIndicator, Rule } from '../../src/model/types.js';
import { ipv6Full } from '../../src/values/ip.js';
import { literal } from './escape.js';
import { splittable, type Selection } from './fields.js';
import type { Planner } from './plan.js';
import { sources } from './sources.js';

const networkId = (n: NetworkIndicator): string => networkObservableId(n.kind, n.value);
/**
 * An address as Sysmon writes DestinationIp: IPv6 with all eight groups, no leading zeros and no `::`
 * (`fe80:0:0:0:8165:712:b68f:7ccc`, `0:0:0:0:0:0:0:1`), so a compressed value would never equal it.
 */
const sysmonIp = (n: NetworkIndicator): string => (n.ip?.version === 6 ? ipv6Full(n.value) : n.value);
const ids = (ns: readonly NetworkIndicator[]): string[] => ns.map(networkId);

const domainSelections = (field: string, domains: readonly NetworkIndicator[]): Selection[] => [
  {
    name: 'selection_domain',
    fields: [
      splittable(
        field,
        domains.map((d) => [d.value, networkId(d)] as const),
      ),
    ],
  },
  {
    name: 'selection_subdomain',
    fields: [
      splittable(
        `${field}|endswith`,
        domains.map((d) => [`.${d.value}`, networkId(d)] as const),
      ),
    ],
  },
];

function urlSelections(urls: readonly NetworkIndicator[]): Selection[] {
  const byHost = new Map<string, (readonly [string, string])[]>();
  for (const u of urls) {
    const rest = u.value.replace(/^[a-z]+:\/\/[^/?#]*/i, '');
    const list = byHost.get(u.host ?? '');
    const entry = [rest === '/' ? '' : rest, networkId(u)] as const;
    if (list === undefined) byHost.set(u.host ?? '', [entry]);
    else list.push(entry);
  }
  return [...byHost.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([host, paths], i) => ({
      name: `selection_url_${i + 1}`,
      // A URL of the host's root matches every request to the host: the path list is left out then.
      fields: paths.some(([p]) => p === '')
        ? [{ key: 'cs-host', values: [literal(host)], ids: [paths.map(([, id]) => id)] }]
        : [{ key: 'cs-host', values: [literal(host)] }, splittable('c-uri|contains', paths)],
    }));
}

export function planNetwork(p: Planner, rule: Rule): void {
  p.add(sources.dns_query_win, domainSelections('QueryName', rule.domains), ids(rule.domains), false);
  const single = rule.ips.filter((i) => i.ip?.prefix === undefined);
  const ranges = rule.ips.filter((i) => i.ip?.prefix !== undefined);
  // No domains here: Sysmon fills DestinationHostname by a reverse lookup of the destination IP, which
  // rarely gives back the name that was requested. The DNS query and proxy rules carry the domains.
  p.add(
    sources.net_connection_win,
    [
      {
        name: 'selection_ip',
        fields: [
          splittable(
            'DestinationIp',
            single.map((i) => [sysmonIp(i), networkId(i)] as const),
          ),
        ],
      },
      {
        name: 'selection_range',
        fields: [
          splittable(
            'DestinationIp|cidr',
            ranges.map((i) => [i.value, networkId(i)] as const),
          ),
        ],
      },
    ],
    ids(rule.ips),
    false,
  );
  p.add(
    sources.proxy,
    [...domainSelections('cs-host', rule.domains), ...urlSelections(rule.urls)],
    [...ids(rule.domains), ...ids(rule.urls)],
    false,
  );
}
