/*
   Hash and version-information rules compiled by iocc from rule 3cx-desktopapp-2023. Edit the rule, not this file.
*/

import "hash"
import "pe"

rule MAL_3cx_desktopapp_2023_Installer_Win_18_12_407_aa124a4b {
   meta:
      description = "Detects the installer 3cxdesktopapp-18.12.407.msi (Windows 18.12.407) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "1ea5392c-b868-5de9-b8e6-8a5cbedb0b57"
      hash = "aa124a4b4df12b34e74ee7f6c683b2ebec4ce9a8edcf9be345823b4fdcf5d868"
      hash = "bea77d1e59cf18dce22ad9a2fad52948fd7a9efa"
      hash = "f3d4144860ca10ba60f7ef4d176cc736"
      file_name = "3cxdesktopapp-18.12.407.msi"
      os = "windows"
      version = "18.12.407"
      role = "installer"
      comment = "W1. SHA256: CrowdStrike, Sophos, SigmaHQ, Nextron, Volexity, Elastic (grade A). SHA1/MD5 paired by elimination from the SigmaHQ list (inferred)."
   condition:
      (hash.sha256(0, filesize) == "aa124a4b4df12b34e74ee7f6c683b2ebec4ce9a8edcf9be345823b4fdcf5d868" or hash.sha1(0, filesize) == "bea77d1e59cf18dce22ad9a2fad52948fd7a9efa" or hash.md5(0, filesize) == "f3d4144860ca10ba60f7ef4d176cc736")
}

rule MAL_3cx_desktopapp_2023_Installer_Win_18_12_416_59e1edf4 {
   meta:
      description = "Detects the installer 3cxdesktopapp-18.12.416.msi (Windows 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "e8bca9ef-a13d-5b8d-a885-53bdd82079a0"
      hash = "59e1edf4d82fae4978e97512b0331b7eb21dd4b838b850ba46794d9c7a2c0983"
      hash = "bfecb8ce89a312d2ef4afc64a63847ae11c6f69e"
      hash = "0eeb1c0133eb4d571178b2d9d14ce3e9"
      file_name = "3cxdesktopapp-18.12.416.msi"
      os = "windows"
      version = "18.12.416"
      role = "installer"
      comment = "W2. CrowdStrike, Sophos, Volexity (SHA1/MD5 on the same row), SigmaHQ, Nextron, Elastic (grade A)."
   condition:
      (hash.sha256(0, filesize) == "59e1edf4d82fae4978e97512b0331b7eb21dd4b838b850ba46794d9c7a2c0983" or hash.sha1(0, filesize) == "bfecb8ce89a312d2ef4afc64a63847ae11c6f69e" or hash.md5(0, filesize) == "0eeb1c0133eb4d571178b2d9d14ce3e9")
}

rule MAL_3cx_desktopapp_2023_Installer_Win_18_12_416_7c55c3df {
   meta:
      description = "Detects the installer 3CXDesktopApp-18.12.416-full.nupkg (Windows 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "c79dd9d2-8c50-5c45-bdac-6b88ac93dcd5"
      hash = "7c55c3dfa373b6b342390938029cb76ef31f609d9a07780772c6010a4297e321"
      file_name = "3CXDesktopApp-18.12.416-full.nupkg"
      os = "windows"
      version = "18.12.416"
      role = "installer"
      comment = "W12. Squirrel update package of the trojanised build; Nextron only (grade B)."
   condition:
      hash.sha256(0, filesize) == "7c55c3dfa373b6b342390938029cb76ef31f609d9a07780772c6010a4297e321"
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_407_dde03348 {
   meta:
      description = "Detects the application binary 3CXDesktopApp.exe (Windows 18.12.407) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "ee25c174-7655-56a9-83be-ccc5c5635482"
      hash = "dde03348075512796241389dfea5560c20a3d2a2eac95c894e7bbed5e85a0acc"
      hash = "6285ffb5f98d35cd98e78d48b63a05af6e4e4dea"
      file_name = "3CXDesktopApp.exe"
      original_name = "3CXDesktopApp.exe"
      os = "windows"
      version = "18.12.407"
      role = "application"
      comment = "W3. CrowdStrike table client hash, SigmaHQ, Nextron, Elastic (grade A); SHA1 paired from the first SigmaHQ version and Nextron labels (inferred)."
   condition:
      (hash.sha256(0, filesize) == "dde03348075512796241389dfea5560c20a3d2a2eac95c894e7bbed5e85a0acc" or hash.sha1(0, filesize) == "6285ffb5f98d35cd98e78d48b63a05af6e4e4dea")
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_416_fad482de {
   meta:
      description = "Detects the application binary 3CXDesktopApp.exe (Windows 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "c88fab32-dea3-5b36-a7f0-834ae05b2241"
      hash = "fad482ded2e25ce9e1dd3d3ecc3227af714bdfbbde04347dbc1b21d6a3670405"
      hash = "8433a94aedb6380ac8d4610af643fb0e5220c5cb"
      file_name = "3CXDesktopApp.exe"
      original_name = "3CXDesktopApp.exe"
      os = "windows"
      version = "18.12.416"
      role = "application"
      comment = "W4. CrowdStrike table client hash, SigmaHQ, Nextron, Elastic (grade A); SHA1 paired from the first SigmaHQ version and Nextron labels (inferred)."
   condition:
      (hash.sha256(0, filesize) == "fad482ded2e25ce9e1dd3d3ecc3227af714bdfbbde04347dbc1b21d6a3670405" or hash.sha1(0, filesize) == "8433a94aedb6380ac8d4610af643fb0e5220c5cb")
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_416_5d99efa3 {
   meta:
      description = "Detects the application binary (Windows 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "72200b32-1362-5b2b-82dd-d7cd3fd04e57"
      hash = "5d99efa36f34aa6b43cd81e77544961c5c8d692c96059fef92c2df2624550734"
      os = "windows"
      version = "18.12.416"
      role = "application"
      comment = "W8. PE of the 18.12.416 build in the SigmaHQ process-creation list; named 3CXDesktopApp.exe by a community list only (grade B)."
   condition:
      hash.sha256(0, filesize) == "5d99efa36f34aa6b43cd81e77544961c5c8d692c96059fef92c2df2624550734"
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_416_a60a61bf {
   meta:
      description = "Detects the application binary (Windows 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      score = 55
      id = "42db1237-928e-5020-99b0-fedc4da9c349"
      hash = "a60a61bf844bc181d4540c9fac53203250a982e7c3ad6153869f01e19cc36203"
      os = "windows"
      version = "18.12.416"
      role = "application"
      comment = "W9. PE of the 18.12.416 build; SigmaHQ only, not named (grade C)."
   condition:
      hash.sha256(0, filesize) == "a60a61bf844bc181d4540c9fac53203250a982e7c3ad6153869f01e19cc36203"
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_407_54004dfa {
   meta:
      description = "Detects the application binary (Windows 18.12.407) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      score = 55
      id = "44420940-4173-556c-b4d5-31fada97d6f3"
      hash = "54004dfaa48ca5fa91e3304fb99559a2395301c570026450882d6aad89132a02"
      os = "windows"
      version = "18.12.407"
      role = "application"
      comment = "W10. PE of the 18.12.407 build; SigmaHQ only, not named (grade C)."
   condition:
      hash.sha256(0, filesize) == "54004dfaa48ca5fa91e3304fb99559a2395301c570026450882d6aad89132a02"
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_407_d45674f9 {
   meta:
      description = "Detects the application binary (Windows 18.12.407) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      score = 55
      id = "a9a997e9-7c98-5889-a56e-ccba536e5339"
      hash = "d45674f941be3cca2fbc1af42778043cc18cd86d95a2ecb9e6f0e212ed4c74ae"
      os = "windows"
      version = "18.12.407"
      role = "application"
      comment = "W11. PE of the 18.12.407 build; SigmaHQ only, not named (grade C)."
   condition:
      hash.sha256(0, filesize) == "d45674f941be3cca2fbc1af42778043cc18cd86d95a2ecb9e6f0e212ed4c74ae"
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_407_480dc408 {
   meta:
      description = "Detects the application binary (Windows 18.12.407) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "def3c71c-28e6-5459-ab7b-b1dfd17129a2"
      hash = "480dc408ef50be69ebcf84b95750f7e93a8a1859"
      os = "windows"
      version = "18.12.407"
      role = "application"
      comment = "A SHA1 of the SigmaHQ \"3CX Desktop 18.12.407\" list; the file is not named and no SHA256 is paired with it."
   condition:
      hash.sha1(0, filesize) == "480dc408ef50be69ebcf84b95750f7e93a8a1859"
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_407_3b43a5d8 {
   meta:
      description = "Detects the application binary (Windows 18.12.407) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "6140019c-b6d7-5979-886f-1e37b6b72ad3"
      hash = "3b43a5d8b83c637d00d769660d01333e88f5a187"
      os = "windows"
      version = "18.12.407"
      role = "application"
      comment = "A SHA1 of the SigmaHQ \"3CX Desktop 18.12.407\" list; the file is not named and no SHA256 is paired with it."
   condition:
      hash.sha1(0, filesize) == "3b43a5d8b83c637d00d769660d01333e88f5a187"
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_416_e2727157 {
   meta:
      description = "Detects the application binary (Windows 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "e10f64d7-2250-53f6-97ad-80336859ff14"
      hash = "e272715737b51c01dc2bed0f0aee2bf6feef25f1"
      os = "windows"
      version = "18.12.416"
      role = "application"
      comment = "A SHA1 of the SigmaHQ \"3CX Desktop 18.12.416\" list; the file is not named and no SHA256 is paired with it."
   condition:
      hash.sha1(0, filesize) == "e272715737b51c01dc2bed0f0aee2bf6feef25f1"
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_416_413d9cbf {
   meta:
      description = "Detects the application binary (Windows 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "809335db-83e6-5786-b7aa-8105f4b1340a"
      hash = "413d9cbfcbf8d1e8304eab0aa5484f5eec5185f5"
      os = "windows"
      version = "18.12.416"
      role = "application"
      comment = "A SHA1 of the SigmaHQ \"3CX Desktop 18.12.416\" list; the file is not named and no SHA256 is paired with it."
   condition:
      hash.sha1(0, filesize) == "413d9cbfcbf8d1e8304eab0aa5484f5eec5185f5"
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_407_bb915073 {
   meta:
      description = "Detects the application binary (Windows 18.12.407) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "78acf8b4-6d1f-52f0-8678-0b1c1e82e3ee"
      hash = "bb915073385dd16a846dfa318afa3c19"
      os = "windows"
      version = "18.12.407"
      role = "application"
      comment = "An MD5 of the SigmaHQ \"3CX Desktop 18.12.407\" list; the file is not named and no SHA256 is paired with it."
   condition:
      hash.md5(0, filesize) == "bb915073385dd16a846dfa318afa3c19"
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_407_08d79e1f {
   meta:
      description = "Detects the application binary (Windows 18.12.407) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "de610d94-9ede-5d54-bcd8-db14318a4693"
      hash = "08d79e1fffa244cc0dc61f7d2036aca9"
      os = "windows"
      version = "18.12.407"
      role = "application"
      comment = "An MD5 of the SigmaHQ \"3CX Desktop 18.12.407\" list; the file is not named and no SHA256 is paired with it."
   condition:
      hash.md5(0, filesize) == "08d79e1fffa244cc0dc61f7d2036aca9"
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_407_4965edf6 {
   meta:
      description = "Detects the application binary (Windows 18.12.407) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "7a48393e-66d8-523d-bbfb-46cbc329e75e"
      hash = "4965edf659753e3c05d800c6c8a23a7a"
      os = "windows"
      version = "18.12.407"
      role = "application"
      comment = "An MD5 of the SigmaHQ \"3CX Desktop 18.12.407\" list; the file is not named and no SHA256 is paired with it."
   condition:
      hash.md5(0, filesize) == "4965edf659753e3c05d800c6c8a23a7a"
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_416_9833a477 {
   meta:
      description = "Detects the application binary (Windows 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "38f7cb8f-967c-5ced-9281-f6573804a401"
      hash = "9833a4779b69b38e3e51f04e395674c6"
      os = "windows"
      version = "18.12.416"
      role = "application"
      comment = "An MD5 of the SigmaHQ \"3CX Desktop 18.12.416\" list; the file is not named and no SHA256 is paired with it."
   condition:
      hash.md5(0, filesize) == "9833a4779b69b38e3e51f04e395674c6"
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_416_704db918 {
   meta:
      description = "Detects the application binary (Windows 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "a674621b-8f99-50d3-b877-0675f04206ca"
      hash = "704db9184700481a56e5100fb56496ce"
      os = "windows"
      version = "18.12.416"
      role = "application"
      comment = "An MD5 of the SigmaHQ \"3CX Desktop 18.12.416\" list; the file is not named and no SHA256 is paired with it."
   condition:
      hash.md5(0, filesize) == "704db9184700481a56e5100fb56496ce"
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_416_8ee6802f {
   meta:
      description = "Detects the application binary (Windows 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "0c1d96c1-a7e7-5c89-a72c-5f5863131a50"
      hash = "8ee6802f085f7a9df7e0303e65722dc0"
      os = "windows"
      version = "18.12.416"
      role = "application"
      comment = "An MD5 of the SigmaHQ \"3CX Desktop 18.12.416\" list; the file is not named and no SHA256 is paired with it."
   condition:
      hash.md5(0, filesize) == "8ee6802f085f7a9df7e0303e65722dc0"
}

rule MAL_3cx_desktopapp_2023_Lib_Win_7986bbae {
   meta:
      description = "Detects the library ffmpeg.dll (Windows) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "9a1be0a8-facf-5515-a26b-1449d7db2815"
      hash = "7986bbaee8940da11ce089383521ab420c443ab7b15ed42aed91fd31ce833896"
      hash = "bf939c9c261d27ee7bb92325cc588624fca75429"
      hash = "74bc2d0b6680faa1a5a76b27e5479cbc"
      file_name = "ffmpeg.dll"
      os = "windows"
      role = "library"
      comment = "W5. First stage: reads and RC4-decrypts the payload appended to d3dcompiler_47.dll. Sophos, Volexity, SigmaHQ, Nextron, Elastic, Sophos Rapid Response (grade A)."
   condition:
      (hash.sha256(0, filesize) == "7986bbaee8940da11ce089383521ab420c443ab7b15ed42aed91fd31ce833896" or hash.sha1(0, filesize) == "bf939c9c261d27ee7bb92325cc588624fca75429" or hash.md5(0, filesize) == "74bc2d0b6680faa1a5a76b27e5479cbc")
}

rule MAL_3cx_desktopapp_2023_Lib_Win_c485674e {
   meta:
      description = "Detects the library ffmpeg.dll (Windows) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "5867508f-a723-5b9f-9f56-745afc646b8c"
      hash = "c485674ee63ec8d4e8fde9800788175a8b02d3f9416d0e763360fff7f8eb4e02"
      file_name = "ffmpeg.dll"
      os = "windows"
      role = "library"
      comment = "W6. \"Signed by 3CX Ltd - backdoored at entry point\" (Sophos); Sophos, Nextron, Elastic (grade A)."
   condition:
      hash.sha256(0, filesize) == "c485674ee63ec8d4e8fde9800788175a8b02d3f9416d0e763360fff7f8eb4e02"
}

rule MAL_3cx_desktopapp_2023_Lib_Win_2b5c2975 {
   meta:
      description = "Detects the library ffmpeg.dll (Windows) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "29c3a187-5a52-5f17-b172-aed90899162a"
      hash = "2b5c2975a87c3e8c3cbad3b154a9f0fd772019fecb7c5da1c80cce227060fb84"
      file_name = "ffmpeg.dll"
      os = "windows"
      role = "library"
      comment = "W14. Trojanised ffmpeg.dll variant; Nextron only (grade B)."
   condition:
      hash.sha256(0, filesize) == "2b5c2975a87c3e8c3cbad3b154a9f0fd772019fecb7c5da1c80cce227060fb84"
}

rule MAL_3cx_desktopapp_2023_Lib_Win_253f3a53 {
   meta:
      description = "Detects the library ffmpeg.dll (Windows) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      score = 55
      id = "b955f521-2620-5bd2-a49a-71659add1772"
      hash = "253f3a53796f1b0fbe64f7b05ae1d66bc2b0773588d00c3d2bf08572a497fa59"
      file_name = "ffmpeg.dll"
      os = "windows"
      role = "library"
      comment = "W13. Filed under ffmpeg_dlls/ by Nextron only (grade C)."
   condition:
      hash.sha256(0, filesize) == "253f3a53796f1b0fbe64f7b05ae1d66bc2b0773588d00c3d2bf08572a497fa59"
}

rule MAL_3cx_desktopapp_2023_Lib_Win_cc4eedb7 {
   meta:
      description = "Detects the library (Windows) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      score = 55
      id = "b142dff2-cc83-56f4-aef7-c7122d4907e1"
      hash = "cc4eedb7b1f77f02b962f4b05278fa7f8082708b5a12cacf928118520762b5e2"
      os = "windows"
      role = "library"
      comment = "W15. Loader DLL matched by the Nextron ffmpeg.dll YARA rule; not named (grade C)."
   condition:
      hash.sha256(0, filesize) == "cc4eedb7b1f77f02b962f4b05278fa7f8082708b5a12cacf928118520762b5e2"
}

rule MAL_3cx_desktopapp_2023_Lib_Win_11be1803 {
   meta:
      description = "Detects the library d3dcompiler_47.dll (Windows) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "e6a4e08b-9369-5836-ba74-3818a04235d4"
      hash = "11be1803e2e307b647a8a7e02d128335c448ff741bf06bf52b332e0bbf423b03"
      hash = "20d554a80d759c50d6537dd7097fed84dd258b3e"
      hash = "82187ad3f0c6c225e2fba0c867280cc9"
      file_name = "d3dcompiler_47.dll"
      os = "windows"
      role = "library"
      comment = "W7. Microsoft-signed DLL carrying the RC4-encrypted payload after the FE ED FA CE marker. Sophos, SigmaHQ, Nextron, Elastic, Sophos Rapid Response (grade A)."
   condition:
      (hash.sha256(0, filesize) == "11be1803e2e307b647a8a7e02d128335c448ff741bf06bf52b332e0bbf423b03" or hash.sha1(0, filesize) == "20d554a80d759c50d6537dd7097fed84dd258b3e" or hash.md5(0, filesize) == "82187ad3f0c6c225e2fba0c867280cc9")
}

rule MAL_3cx_desktopapp_2023_Installer_MacOS_18_11_1213_5407cda7 {
   meta:
      description = "Detects the installer 3CXDesktopApp-18.11.1213.dmg (macOS 18.11.1213) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "f829dd39-41af-5c78-b918-67c848ee5953"
      hash = "5407cda7d3a75e7b1e030b1f33337a56f293578ffa8b3ae19c671051ed314290"
      file_name = "3CXDesktopApp-18.11.1213.dmg"
      os = "macos"
      version = "18.11.1213"
      role = "installer"
      comment = "M1. CrowdStrike table, copied by Elastic and Nextron (grade A-, single origin)."
   condition:
      hash.sha256(0, filesize) == "5407cda7d3a75e7b1e030b1f33337a56f293578ffa8b3ae19c671051ed314290"
}

rule MAL_3cx_desktopapp_2023_Installer_MacOS_18_12_402_29ce6bca {
   meta:
      description = "Detects the installer 3CXDesktopApp-18.12.402.dmg (macOS 18.12.402) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "612bf385-2d0b-55b6-8ce0-175b627e32eb"
      hash = "29ce6bca0ffcf5891ac6a554fdd0355dddd71fe8f6e8e3f833b5753d7bbc73d9"
      file_name = "3CXDesktopApp-18.12.402.dmg"
      os = "macos"
      version = "18.12.402"
      role = "installer"
      comment = "M7. Nextron only (grade B); 3CX confirms 18.12.402 was affected."
   condition:
      hash.sha256(0, filesize) == "29ce6bca0ffcf5891ac6a554fdd0355dddd71fe8f6e8e3f833b5753d7bbc73d9"
}

rule MAL_3cx_desktopapp_2023_Installer_MacOS_18_12_407_7d020095 {
   meta:
      description = "Detects the installer 3CXDesktopApp-18.12.407.dmg (macOS 18.12.407) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "ad1b1743-3e88-56e4-ac9d-a655697c4534"
      hash = "7d0200959c1c9742cb0dbca92dcfe4b5e61c48476dcfdfc177d0413ed88757c3"
      file_name = "3CXDesktopApp-18.12.407.dmg"
      os = "macos"
      version = "18.12.407"
      role = "installer"
      comment = "M8. Nextron only (grade B); 3CX confirms 18.12.407 was affected."
   condition:
      hash.sha256(0, filesize) == "7d0200959c1c9742cb0dbca92dcfe4b5e61c48476dcfdfc177d0413ed88757c3"
}

rule MAL_3cx_desktopapp_2023_Installer_MacOS_18_12_416_e6bbc338 {
   meta:
      description = "Detects the installer 3cxdesktopapp-latest.dmg (macOS 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "7ad56704-3e9c-5e26-b819-6154afe4b751"
      hash = "e6bbc33815b9f20b0cf832d7401dd893fbc467c800728b5891336706da0dbcec"
      hash = "3dc840d32ce86cebf657b17cef62814646ba8e98"
      hash = "d5101c3b86d973a848ab7ed79cd11e5a"
      file_name = "3cxdesktopapp-latest.dmg"
      os = "macos"
      version = "18.12.416"
      role = "installer"
      comment = "M2. CrowdStrike (3cxdesktopapp-latest.dmg), Sophos (3CXDesktopApp-18.12.416.dmg), Volexity (SHA1/MD5), Nextron, Elastic (grade A)."
   condition:
      (hash.sha256(0, filesize) == "e6bbc33815b9f20b0cf832d7401dd893fbc467c800728b5891336706da0dbcec" or hash.sha1(0, filesize) == "3dc840d32ce86cebf657b17cef62814646ba8e98" or hash.md5(0, filesize) == "d5101c3b86d973a848ab7ed79cd11e5a")
}

rule MAL_3cx_desktopapp_2023_App_MacOS_18_11_1213_92005051 {
   meta:
      description = "Detects the application binary 3CX Desktop App (macOS 18.11.1213) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "d4fbf73b-c2b1-5605-b591-07fc717e0a48"
      hash = "92005051ae314d61074ed94a52e76b1c3e21e7f0e8c1d1fdd497a006ce45fa61"
      file_name = "3CX Desktop App"
      os = "macos"
      version = "18.11.1213"
      role = "application"
      comment = "M3. CrowdStrike table client hash, copied by Elastic and Nextron (grade A-); the in-bundle path is the standard Electron location (no source states it)."
   condition:
      hash.sha256(0, filesize) == "92005051ae314d61074ed94a52e76b1c3e21e7f0e8c1d1fdd497a006ce45fa61"
}

rule MAL_3cx_desktopapp_2023_App_MacOS_18_12_416_b86c6958 {
   meta:
      description = "Detects the application binary 3CX Desktop App (macOS 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "efad7372-e94d-5e96-8c27-e95afe2b493a"
      hash = "b86c695822013483fa4e2dfdf712c5ee777d7b99cbad8c2fa2274b133481eadb"
      file_name = "3CX Desktop App"
      os = "macos"
      version = "18.12.416"
      role = "application"
      comment = "M4. CrowdStrike table client hash of the \"latest\" DMG (18.12.416 per Sophos), Elastic, Nextron (grade A)."
   condition:
      hash.sha256(0, filesize) == "b86c695822013483fa4e2dfdf712c5ee777d7b99cbad8c2fa2274b133481eadb"
}

rule MAL_3cx_desktopapp_2023_App_MacOS_51079c7e {
   meta:
      description = "Detects the application binary 3CX Desktop App (macOS) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "247ce8b1-c10a-50db-a4d6-d0aa514a1325"
      hash = "51079c7e549cbad25429ff98b6d6ca02dc9234e466dd9b75a5e05b9d7b95af72"
      file_name = "3CX Desktop App"
      os = "macos"
      role = "application"
      comment = "M9. Mach-O of a compromised build (com.electron.3cx-desktop-app); Nextron only (grade B)."
   condition:
      hash.sha256(0, filesize) == "51079c7e549cbad25429ff98b6d6ca02dc9234e466dd9b75a5e05b9d7b95af72"
}

rule MAL_3cx_desktopapp_2023_App_MacOS_ac996029 {
   meta:
      description = "Detects the application binary (macOS) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      score = 55
      id = "85dd98f9-5c25-5800-878b-2edda9bc349b"
      hash = "ac99602999bf9823f221372378f95baa4fc68929bac3a10e8d9a107ec8074eca"
      os = "macos"
      role = "application"
      comment = "M10. Mach-O filed under macos/ by Nextron only (grade C)."
   condition:
      hash.sha256(0, filesize) == "ac99602999bf9823f221372378f95baa4fc68929bac3a10e8d9a107ec8074eca"
}

rule MAL_3cx_desktopapp_2023_App_MacOS_f7ba7f9b {
   meta:
      description = "Detects the application binary (macOS) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      score = 55
      id = "2b0d3eea-9f28-5152-8a48-00c711d71b76"
      hash = "f7ba7f9bf608128894196cf7314f68b78d2a6df10718c8e0cd64dbe3b86bc730"
      os = "macos"
      role = "application"
      comment = "M11. Labelled com.electron.3cx-desktop-app by Nextron only (grade C)."
   condition:
      hash.sha256(0, filesize) == "f7ba7f9bf608128894196cf7314f68b78d2a6df10718c8e0cd64dbe3b86bc730"
}

rule MAL_3cx_desktopapp_2023_Lib_MacOS_a64fa9f1 {
   meta:
      description = "Detects the library libffmpeg.dylib (macOS) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "8625c973-a9c6-5033-ab61-5413494a2f1b"
      hash = "a64fa9f1c76457ecc58402142a8728ce34ccba378c17318b3340083eeb7acc67"
      hash = "769383fc65d1386dd141c960c9970114547da0c2"
      hash = "660ea9b8205fbd2da59fefd26ae5115c"
      file_name = "libffmpeg.dylib"
      os = "macos"
      role = "library"
      comment = "M5. First stage on macOS (drops UpdateAgent). Sophos, Volexity, Nextron, Objective-See, NCSC (grade A); the path is from the XProtect Remediator RankStank test suite (one source)."
   condition:
      (hash.sha256(0, filesize) == "a64fa9f1c76457ecc58402142a8728ce34ccba378c17318b3340083eeb7acc67" or hash.sha1(0, filesize) == "769383fc65d1386dd141c960c9970114547da0c2" or hash.md5(0, filesize) == "660ea9b8205fbd2da59fefd26ae5115c")
}

rule MAL_3cx_desktopapp_2023_Lib_MacOS_fee4f9da {
   meta:
      description = "Detects the library libffmpeg.dylib (macOS) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
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
      id = "db73c656-bcc8-5889-8dbb-521736ba68b0"
      hash = "fee4f9dabc094df24d83ec1a8c4e4ff573e5d9973caa676f58086c99561382d7"
      file_name = "libffmpeg.dylib"
      os = "macos"
      role = "library"
      comment = "M6. Second libffmpeg.dylib sample; Nextron only (grade B)."
   condition:
      hash.sha256(0, filesize) == "fee4f9dabc094df24d83ec1a8c4e4ff573e5d9973caa676f58086c99561382d7"
}

rule MAL_3cx_desktopapp_2023_Build_3CXDesktopApp_exe_Win {
   meta:
      description = "Detects Windows executables whose version information names an affected build (OriginalFilename 3CXDesktopApp.exe, version 18.12.407, 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023)"
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
      id = "89908b6b-1276-5f9e-86d9-49a276a0f183"
      version_info = "OriginalFilename"
      version = "18.12.407"
      version = "18.12.416"
   condition:
      uint16(0) == 0x5a4d and pe.version_info["OriginalFilename"] iequals "3CXDesktopApp.exe" and (pe.version_info["FileVersion"] == "18, 12, 407, 0" or pe.version_info["ProductVersion"] == "18, 12, 407, 0" or pe.version_info["FileVersion"] == "18, 12, 416, 0" or pe.version_info["ProductVersion"] == "18, 12, 416, 0" or pe.version_info["FileVersion"] == "18.12.407" or pe.version_info["ProductVersion"] == "18.12.407" or pe.version_info["FileVersion"] == "18.12.407.0" or pe.version_info["ProductVersion"] == "18.12.407.0" or pe.version_info["FileVersion"] == "18.12.416" or pe.version_info["ProductVersion"] == "18.12.416" or pe.version_info["FileVersion"] == "18.12.416.0" or pe.version_info["ProductVersion"] == "18.12.416.0")
}

rule MAL_3cx_desktopapp_2023_Product_3CX_Desktop_App_Win {
   meta:
      description = "Detects Windows executables whose version information names an affected build (ProductName 3CX Desktop App, version 18.12.407, 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023)"
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
      id = "14e454f5-e2bb-5f44-9d24-16b9f179422b"
      version_info = "ProductName"
      version = "18.12.407"
      version = "18.12.416"
   condition:
      uint16(0) == 0x5a4d and pe.version_info["ProductName"] iequals "3CX Desktop App" and (pe.version_info["FileVersion"] == "18, 12, 407, 0" or pe.version_info["ProductVersion"] == "18, 12, 407, 0" or pe.version_info["FileVersion"] == "18, 12, 416, 0" or pe.version_info["ProductVersion"] == "18, 12, 416, 0" or pe.version_info["FileVersion"] == "18.12.407" or pe.version_info["ProductVersion"] == "18.12.407" or pe.version_info["FileVersion"] == "18.12.407.0" or pe.version_info["ProductVersion"] == "18.12.407.0" or pe.version_info["FileVersion"] == "18.12.416" or pe.version_info["ProductVersion"] == "18.12.416" or pe.version_info["FileVersion"] == "18.12.416.0" or pe.version_info["ProductVersion"] == "18.12.416.0")
}
