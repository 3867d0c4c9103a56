// The text of a new rule (`iocc new`): every required field, those only the author knows as a TODO
// placeholder that validation refuses, and a commented example of each kind of indicator.

/** A value left as the scaffold wrote it: the loader refuses it until it is replaced. */
export const placeholderWord = /\bTODO\b/;

export function ruleScaffold(id: string, date: string, schemaRef: string): string {
  return `# yaml-language-server: $schema=${schemaRef}
# A new iocc rule. \`iocc validate\` fails until every TODO is replaced; then uncomment the examples that
# fit and put the values from your sources in them. The full format: iocc's README, "The rule format".
iocc: 1
id: ${id}
title: TODO name the threat and when, e.g. "3CX DesktopApp supply-chain compromise (March 2023)"
description: TODO what it is, and what a hit means for the person who sees it
author: TODO your name or team
date: ${date}
status: experimental             # experimental | test | stable | deprecated | revoked
severity: TODO                   # informational | low | medium | high | critical
tlp: TODO                        # clear | green | amber | amber+strict | red
references: []                   # the reports the indicators come from: [https://…]
# attack: [T1195.002]            # ATT&CK technique ids and tactic names
# cve: [CVE-2023-29059]
response:
  action: audit                  # audit | warn | block | block-and-remediate | allow

# files:                         # each entry needs a hash or a name
#   - name: TODO.exe
#     sha256: TODO               # sha1 and md5 too
#     os: windows                # windows | macos | linux
#     role: payload              # installer | application | library | payload | other
#     version: "TODO"            # the affected build, quoted
#     paths: ['%LOCALAPPDATA%\\TODO\\TODO.exe']
#     confidence: high           # high | medium | low
#     comment: TODO which sources list it
# files_from:                    # a CSV (sha256,name,os,… header) or one hash per line, beside this file
#   - {path: TODO.csv, os: windows, role: payload}
# software:                      # installed product or package versions
#   - {name: TODO, ecosystem: npm, versions: ["TODO"], fixed_in: "TODO"}
# network:
#   domains: [TODO]
#   urls: [https://TODO]
#   ips: [TODO]
# benign:                        # values that must never become indicators (the vendor's own domain)
#   domains: [TODO]
`;
}
