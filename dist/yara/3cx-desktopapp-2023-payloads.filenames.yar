/*
   File-name rules (external variables filename and filepath) compiled by iocc from rule 3cx-desktopapp-2023-payloads. Edit the rule, not this file.
*/

rule MAL_3cx_desktopapp_2023_payloads_Filename_MacOS_UpdateAgent_1 {
   meta:
      description = "Detects the payload UpdateAgent (macOS) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its file name in a known folder; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 90
      id = "05a867ba-335f-5925-a54f-cbf3ca950dc2"
      file_name = "UpdateAgent"
      os = "macos"
      role = "payload"
      comment = "The same file by its location: no clean 3CX install has an UpdateAgent there (Elastic, NCSC, Nextron, Objective-See), so it is found even if its hash changes."
   condition:
      filename iequals "UpdateAgent" and (filepath iendswith "/Library/Application Support/3CX Desktop App")
}
