/*
   Hash and version-information rules compiled by iocc from rule 3cx-desktopapp-2023. Edit the rule, not this file.
*/

import "hash"
import "pe"

rule MAL_3cx_desktopapp_2023_App_Win_18_12_407_dde03348 {
   meta:
      description = "Detects the application binary 3CXDesktopApp.exe (Windows 18.12.407) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 75
      id = "ee25c174-7655-56a9-83be-ccc5c5635482"
      hash = "dde03348075512796241389dfea5560c20a3d2a2eac95c894e7bbed5e85a0acc"
      file_name = "3CXDesktopApp.exe"
      original_name = "3CXDesktopApp.exe"
      os = "windows"
      version = "18.12.407"
      role = "application"
      comment = "CrowdStrike table (client hash), Elastic, signature-base, SigmaHQ"
   condition:
      hash.sha256(0, filesize) == "dde03348075512796241389dfea5560c20a3d2a2eac95c894e7bbed5e85a0acc"
}

rule MAL_3cx_desktopapp_2023_App_Win_18_12_416_fad482de {
   meta:
      description = "Detects the application binary 3CXDesktopApp.exe (Windows 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 75
      id = "c88fab32-dea3-5b36-a7f0-834ae05b2241"
      hash = "fad482ded2e25ce9e1dd3d3ecc3227af714bdfbbde04347dbc1b21d6a3670405"
      file_name = "3CXDesktopApp.exe"
      original_name = "3CXDesktopApp.exe"
      os = "windows"
      version = "18.12.416"
      role = "application"
      comment = "CrowdStrike table (client hash), Elastic, signature-base, SigmaHQ"
   condition:
      hash.sha256(0, filesize) == "fad482ded2e25ce9e1dd3d3ecc3227af714bdfbbde04347dbc1b21d6a3670405"
}

rule MAL_3cx_desktopapp_2023_App_MacOS_18_11_1213_92005051 {
   meta:
      description = "Detects the application binary 3CX Desktop App (macOS 18.11.1213) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 75
      id = "d4fbf73b-c2b1-5605-b591-07fc717e0a48"
      hash = "92005051ae314d61074ed94a52e76b1c3e21e7f0e8c1d1fdd497a006ce45fa61"
      file_name = "3CX Desktop App"
      os = "macos"
      version = "18.11.1213"
      role = "application"
      comment = "CrowdStrike table (client hash), copied by Elastic and signature-base; the in-bundle path is the standard Electron location"
   condition:
      hash.sha256(0, filesize) == "92005051ae314d61074ed94a52e76b1c3e21e7f0e8c1d1fdd497a006ce45fa61"
}

rule MAL_3cx_desktopapp_2023_App_MacOS_18_12_416_b86c6958 {
   meta:
      description = "Detects the application binary 3CX Desktop App (macOS 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 75
      id = "efad7372-e94d-5e96-8c27-e95afe2b493a"
      hash = "b86c695822013483fa4e2dfdf712c5ee777d7b99cbad8c2fa2274b133481eadb"
      file_name = "3CX Desktop App"
      os = "macos"
      version = "18.12.416"
      role = "application"
      comment = "CrowdStrike table (client hash of the \"latest\" DMG, 18.12.416 per Sophos), Elastic, signature-base"
   condition:
      hash.sha256(0, filesize) == "b86c695822013483fa4e2dfdf712c5ee777d7b99cbad8c2fa2274b133481eadb"
}

rule MAL_3cx_desktopapp_2023_Installer_Win_18_12_407_aa124a4b {
   meta:
      description = "Detects the installer 3cxdesktopapp-18.12.407.msi (Windows 18.12.407) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 75
      id = "1ea5392c-b868-5de9-b8e6-8a5cbedb0b57"
      hash = "aa124a4b4df12b34e74ee7f6c683b2ebec4ce9a8edcf9be345823b4fdcf5d868"
      file_name = "3cxdesktopapp-18.12.407.msi"
      os = "windows"
      version = "18.12.407"
      role = "installer"
      comment = "CrowdStrike, Sophos, SigmaHQ, signature-base, Volexity, Elastic"
   condition:
      hash.sha256(0, filesize) == "aa124a4b4df12b34e74ee7f6c683b2ebec4ce9a8edcf9be345823b4fdcf5d868"
}

rule MAL_3cx_desktopapp_2023_Installer_Win_18_12_416_59e1edf4 {
   meta:
      description = "Detects the installer 3cxdesktopapp-18.12.416.msi (Windows 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
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
      comment = "CrowdStrike, Sophos, Volexity (SHA1/MD5 on the same row), SigmaHQ, signature-base, Elastic"
   condition:
      (hash.sha256(0, filesize) == "59e1edf4d82fae4978e97512b0331b7eb21dd4b838b850ba46794d9c7a2c0983" or hash.sha1(0, filesize) == "bfecb8ce89a312d2ef4afc64a63847ae11c6f69e" or hash.md5(0, filesize) == "0eeb1c0133eb4d571178b2d9d14ce3e9")
}

rule MAL_3cx_desktopapp_2023_Installer_MacOS_18_11_1213_5407cda7 {
   meta:
      description = "Detects the installer 3CXDesktopApp-18.11.1213.dmg (macOS 18.11.1213) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 75
      id = "f829dd39-41af-5c78-b918-67c848ee5953"
      hash = "5407cda7d3a75e7b1e030b1f33337a56f293578ffa8b3ae19c671051ed314290"
      file_name = "3CXDesktopApp-18.11.1213.dmg"
      os = "macos"
      version = "18.11.1213"
      role = "installer"
      comment = "CrowdStrike table, copied by Elastic and signature-base (single origin)"
   condition:
      hash.sha256(0, filesize) == "5407cda7d3a75e7b1e030b1f33337a56f293578ffa8b3ae19c671051ed314290"
}

rule MAL_3cx_desktopapp_2023_Installer_MacOS_18_12_416_e6bbc338 {
   meta:
      description = "Detects the installer 3cxdesktopapp-latest.dmg (macOS 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023) by its hash"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
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
      comment = "CrowdStrike (3cxdesktopapp-latest.dmg), Sophos (3CXDesktopApp-18.12.416.dmg), Volexity (SHA1/MD5)"
   condition:
      (hash.sha256(0, filesize) == "e6bbc33815b9f20b0cf832d7401dd893fbc467c800728b5891336706da0dbcec" or hash.sha1(0, filesize) == "3dc840d32ce86cebf657b17cef62814646ba8e98" or hash.md5(0, filesize) == "d5101c3b86d973a848ab7ed79cd11e5a")
}

rule MAL_3cx_desktopapp_2023_Build_3CXDesktopApp_exe_Win {
   meta:
      description = "Detects Windows executables whose version information names an affected build (OriginalFilename 3CXDesktopApp.exe, version 18.12.407, 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023)"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 75
      id = "89908b6b-1276-5f9e-86d9-49a276a0f183"
      version_info = "OriginalFilename"
      version = "18.12.407"
      version = "18.12.416"
   condition:
      uint16(0) == 0x5a4d and pe.version_info["OriginalFilename"] == "3CXDesktopApp.exe" and (pe.version_info["FileVersion"] == "18.12.407" or pe.version_info["FileVersion"] startswith "18.12.407." or pe.version_info["FileVersion"] == "18.12.416" or pe.version_info["FileVersion"] startswith "18.12.416.")
}

rule MAL_3cx_desktopapp_2023_Product_3CX_Desktop_App_Win {
   meta:
      description = "Detects Windows executables whose version information names an affected build (ProductName 3CX Desktop App, version 18.12.407, 18.12.416) of 3CX DesktopApp supply-chain compromise (March 2023) (iocc rule 3cx-desktopapp-2023)"
      author = "iocc contributors"
      reference = "https://www.3cx.com/blog/news/desktopapp-security-alert-updates/"
      reference = "https://www.reddit.com/r/crowdstrike/comments/125r3uu/20230329_situational_awareness_crowdstrike/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://news.sophos.com/en-us/2023/03/29/3cx-dll-sideloading-attack/"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      date = "2023-03-29"
      modified = "2026-11-26"
      score = 75
      id = "14e454f5-e2bb-5f44-9d24-16b9f179422b"
      version_info = "ProductName"
      version = "18.12.407"
      version = "18.12.416"
   condition:
      uint16(0) == 0x5a4d and pe.version_info["ProductName"] == "3CX Desktop App" and (pe.version_info["FileVersion"] == "18.12.407" or pe.version_info["FileVersion"] startswith "18.12.407." or pe.version_info["FileVersion"] == "18.12.416" or pe.version_info["FileVersion"] startswith "18.12.416.")
}
