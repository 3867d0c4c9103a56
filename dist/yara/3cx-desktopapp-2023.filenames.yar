/*
   File-name rules (external variables filename and filepath) compiled by iocc from rule 3cx-desktopapp-2023. Edit the rule, not this file.
*/

rule MAL_3cx_desktopapp_2023_Filename_Win_3cxdesktopapp_18_12_407_msi_1 {
   meta:
      description = "Detects the installer 3cxdesktopapp-18.12.407.msi (Windows 18.12.407) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its file name; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 75
      id = "54fc3e6f-f7e2-5eb0-8842-23e30b39e412"
      hash = "aa124a4b4df12b34e74ee7f6c683b2ebec4ce9a8edcf9be345823b4fdcf5d868"
      file_name = "3cxdesktopapp-18.12.407.msi"
      os = "windows"
      version = "18.12.407"
      role = "installer"
      comment = "CrowdStrike, Sophos, SigmaHQ, signature-base, Volexity, Elastic"
   condition:
      filename iequals "3cxdesktopapp-18.12.407.msi"
}

rule MAL_3cx_desktopapp_2023_Filename_Win_3cxdesktopapp_18_12_416_msi_2 {
   meta:
      description = "Detects the installer 3cxdesktopapp-18.12.416.msi (Windows 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its file name; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 75
      id = "4a4fd2b1-9566-5ae8-89be-4f96ae5adfe1"
      hash = "59e1edf4d82fae4978e97512b0331b7eb21dd4b838b850ba46794d9c7a2c0983"
      hash = "bfecb8ce89a312d2ef4afc64a63847ae11c6f69e"
      hash = "0eeb1c0133eb4d571178b2d9d14ce3e9"
      file_name = "3cxdesktopapp-18.12.416.msi"
      os = "windows"
      version = "18.12.416"
      role = "installer"
      comment = "CrowdStrike, Sophos, Volexity (SHA1/MD5 on the same row), SigmaHQ, signature-base, Elastic"
   condition:
      filename iequals "3cxdesktopapp-18.12.416.msi"
}

rule MAL_3cx_desktopapp_2023_Filename_MacOS_3CXDesktopApp_18_11_1213_dmg_3 {
   meta:
      description = "Detects the installer 3CXDesktopApp-18.11.1213.dmg (macOS 18.11.1213) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its file name; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 75
      id = "118b3879-2f0f-5e05-9e7c-672042f2ef56"
      hash = "5407cda7d3a75e7b1e030b1f33337a56f293578ffa8b3ae19c671051ed314290"
      file_name = "3CXDesktopApp-18.11.1213.dmg"
      os = "macos"
      version = "18.11.1213"
      role = "installer"
      comment = "CrowdStrike table, copied by Elastic and signature-base (single origin)"
   condition:
      filename iequals "3CXDesktopApp-18.11.1213.dmg"
}
