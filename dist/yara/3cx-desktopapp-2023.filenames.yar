/*
   File-name rules (external variables filename and filepath) compiled by iocc from rule 3cx-desktopapp-2023. Edit the rule, not this file.
*/

rule MAL_3cx_desktopapp_2023_Filename_Win_3cxdesktopapp_18_12_407_msi_1 {
   meta:
      description = "Detects the installer 3cxdesktopapp-18.12.407.msi (Windows 18.12.407) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its file name; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.3cx.com/blog/news/mandiant-initial-results/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.sentinelone.com/blog/smoothoperator-ongoing-campaign-trojanizes-3cx-software-in-software-supply-chain-attack/"
      reference = "https://objective-see.org/blog/blog_0x73.html"
      reference = "https://nvd.nist.gov/vuln/detail/CVE-2023-29059"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 75
      id = "54fc3e6f-f7e2-5eb0-8842-23e30b39e412"
      hash = "aa124a4b4df12b34e74ee7f6c683b2ebec4ce9a8edcf9be345823b4fdcf5d868"
      hash = "bea77d1e59cf18dce22ad9a2fad52948fd7a9efa"
      hash = "f3d4144860ca10ba60f7ef4d176cc736"
      file_name = "3cxdesktopapp-18.12.407.msi"
      os = "windows"
      version = "18.12.407"
      role = "installer"
      comment = "W1. SHA256: CrowdStrike, Sophos, SigmaHQ, Nextron, Volexity, Elastic (grade A). SHA1/MD5 paired by elimination from the SigmaHQ list (inferred)."
   condition:
      filename iequals "3cxdesktopapp-18.12.407.msi"
}

rule MAL_3cx_desktopapp_2023_Filename_Win_3cxdesktopapp_18_12_416_msi_2 {
   meta:
      description = "Detects the installer 3cxdesktopapp-18.12.416.msi (Windows 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its file name; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.3cx.com/blog/news/mandiant-initial-results/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.sentinelone.com/blog/smoothoperator-ongoing-campaign-trojanizes-3cx-software-in-software-supply-chain-attack/"
      reference = "https://objective-see.org/blog/blog_0x73.html"
      reference = "https://nvd.nist.gov/vuln/detail/CVE-2023-29059"
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
      comment = "W2. CrowdStrike, Sophos, Volexity (SHA1/MD5 on the same row), SigmaHQ, Nextron, Elastic (grade A)."
   condition:
      filename iequals "3cxdesktopapp-18.12.416.msi"
}

rule MAL_3cx_desktopapp_2023_Filename_Win_3CXDesktopApp_18_12_416_full_nupkg_3 {
   meta:
      description = "Detects the installer 3CXDesktopApp-18.12.416-full.nupkg (Windows 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its file name; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.3cx.com/blog/news/mandiant-initial-results/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.sentinelone.com/blog/smoothoperator-ongoing-campaign-trojanizes-3cx-software-in-software-supply-chain-attack/"
      reference = "https://objective-see.org/blog/blog_0x73.html"
      reference = "https://nvd.nist.gov/vuln/detail/CVE-2023-29059"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 65
      id = "afa7f6b6-2154-5cb6-8de0-ce88679b8ec4"
      hash = "7c55c3dfa373b6b342390938029cb76ef31f609d9a07780772c6010a4297e321"
      file_name = "3CXDesktopApp-18.12.416-full.nupkg"
      os = "windows"
      version = "18.12.416"
      role = "installer"
      comment = "W12. Squirrel update package of the trojanised build; Nextron only (grade B)."
   condition:
      filename iequals "3CXDesktopApp-18.12.416-full.nupkg"
}

rule MAL_3cx_desktopapp_2023_Filename_MacOS_3CXDesktopApp_18_11_1213_dmg_4 {
   meta:
      description = "Detects the installer 3CXDesktopApp-18.11.1213.dmg (macOS 18.11.1213) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its file name; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.3cx.com/blog/news/mandiant-initial-results/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.sentinelone.com/blog/smoothoperator-ongoing-campaign-trojanizes-3cx-software-in-software-supply-chain-attack/"
      reference = "https://objective-see.org/blog/blog_0x73.html"
      reference = "https://nvd.nist.gov/vuln/detail/CVE-2023-29059"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 75
      id = "118b3879-2f0f-5e05-9e7c-672042f2ef56"
      hash = "5407cda7d3a75e7b1e030b1f33337a56f293578ffa8b3ae19c671051ed314290"
      file_name = "3CXDesktopApp-18.11.1213.dmg"
      os = "macos"
      version = "18.11.1213"
      role = "installer"
      comment = "M1. CrowdStrike table, copied by Elastic and Nextron (grade A-, single origin)."
   condition:
      filename iequals "3CXDesktopApp-18.11.1213.dmg"
}

rule MAL_3cx_desktopapp_2023_Filename_MacOS_3CXDesktopApp_18_12_402_dmg_5 {
   meta:
      description = "Detects the installer 3CXDesktopApp-18.12.402.dmg (macOS 18.12.402) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its file name; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.3cx.com/blog/news/mandiant-initial-results/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.sentinelone.com/blog/smoothoperator-ongoing-campaign-trojanizes-3cx-software-in-software-supply-chain-attack/"
      reference = "https://objective-see.org/blog/blog_0x73.html"
      reference = "https://nvd.nist.gov/vuln/detail/CVE-2023-29059"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 65
      id = "deb7dd3c-6ed7-52a3-8e16-e551ded342f5"
      hash = "29ce6bca0ffcf5891ac6a554fdd0355dddd71fe8f6e8e3f833b5753d7bbc73d9"
      file_name = "3CXDesktopApp-18.12.402.dmg"
      os = "macos"
      version = "18.12.402"
      role = "installer"
      comment = "M7. Nextron only (grade B); 3CX confirms 18.12.402 was affected."
   condition:
      filename iequals "3CXDesktopApp-18.12.402.dmg"
}

rule MAL_3cx_desktopapp_2023_Filename_MacOS_3CXDesktopApp_18_12_407_dmg_6 {
   meta:
      description = "Detects the installer 3CXDesktopApp-18.12.407.dmg (macOS 18.12.407) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its file name; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.3cx.com/blog/news/mandiant-initial-results/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.sentinelone.com/blog/smoothoperator-ongoing-campaign-trojanizes-3cx-software-in-software-supply-chain-attack/"
      reference = "https://objective-see.org/blog/blog_0x73.html"
      reference = "https://nvd.nist.gov/vuln/detail/CVE-2023-29059"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 65
      id = "6d641cf1-20e8-5eb9-a3de-71ce123fb83e"
      hash = "7d0200959c1c9742cb0dbca92dcfe4b5e61c48476dcfdfc177d0413ed88757c3"
      file_name = "3CXDesktopApp-18.12.407.dmg"
      os = "macos"
      version = "18.12.407"
      role = "installer"
      comment = "M8. Nextron only (grade B); 3CX confirms 18.12.407 was affected."
   condition:
      filename iequals "3CXDesktopApp-18.12.407.dmg"
}

rule MAL_3cx_desktopapp_2023_Filename_MacOS_main_storage_7 {
   meta:
      description = "Detects the other .main_storage (macOS) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its file name in a known folder; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.3cx.com/blog/news/mandiant-initial-results/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.sentinelone.com/blog/smoothoperator-ongoing-campaign-trojanizes-3cx-software-in-software-supply-chain-attack/"
      reference = "https://objective-see.org/blog/blog_0x73.html"
      reference = "https://nvd.nist.gov/vuln/detail/CVE-2023-29059"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 75
      id = "46fffeb7-3271-5689-a22f-13bafaac4870"
      file_name = ".main_storage"
      os = "macos"
      role = "other"
      comment = "Created by the trojanised libffmpeg.dylib and read by UpdateAgent: Elastic, NCSC, Nextron, Objective-See."
   condition:
      filename iequals ".main_storage" and (filepath iendswith "/Library/Application Support/3CX Desktop App")
}

rule MAL_3cx_desktopapp_2023_Filename_MacOS_session_lock_8 {
   meta:
      description = "Detects the other .session-lock (macOS) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its file name in a known folder; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.3cx.com/blog/news/mandiant-initial-results/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.sentinelone.com/blog/smoothoperator-ongoing-campaign-trojanizes-3cx-software-in-software-supply-chain-attack/"
      reference = "https://objective-see.org/blog/blog_0x73.html"
      reference = "https://nvd.nist.gov/vuln/detail/CVE-2023-29059"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 65
      id = "ad189bd8-9723-5157-a98e-3cfe56f29224"
      file_name = ".session-lock"
      os = "macos"
      role = "other"
      comment = "Created by the trojanised libffmpeg.dylib: Elastic, NCSC."
   condition:
      filename iequals ".session-lock" and (filepath iendswith "/Library/Application Support/3CX Desktop App")
}
