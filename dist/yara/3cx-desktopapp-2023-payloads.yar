/*
   Hash and version-information rules compiled by iocc from rule 3cx-desktopapp-2023-payloads. Edit the rule, not this file.
*/

import "hash"

rule MAL_3cx_desktopapp_2023_payloads_Payload_Win_aa4e398b {
   meta:
      description = "Detects the payload (Windows) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 90
      id = "ed442b39-a98d-5051-87df-66052c33d088"
      hash = "aa4e398b3bd8645016d8090ffc77d15f926a8e69258642191deb4e68688ff973"
      os = "windows"
      role = "payload"
      comment = "L1. Decrypted second stage that fetches the IconStorages icons (Nextron label trololo.dll). Nextron, Elastic, Sophos Rapid Response (grade A)."
   condition:
      hash.sha256(0, filesize) == "aa4e398b3bd8645016d8090ffc77d15f926a8e69258642191deb4e68688ff973"
}

rule MAL_3cx_desktopapp_2023_payloads_Payload_Win_f79c3b0a {
   meta:
      description = "Detects the payload (Windows) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 90
      id = "de9b6e9d-2b2c-5bcf-bf91-4a84177fc743"
      hash = "f79c3b0adb6ec7bcc8bc9ae955a1571aaed6755a28c8b17b1d7595ee86840952"
      hash = "894e7d4ffd764bb458809c7f0643694b036ead30"
      hash = "11bc82a9bd8297bd0823bce5d6202082"
      os = "windows"
      role = "payload"
      comment = "L2. ICONIC loader, the inner object of ffmpeg.dll (internal name samcli.dll). Volexity, SigmaHQ (grade A)."
   condition:
      (hash.sha256(0, filesize) == "f79c3b0adb6ec7bcc8bc9ae955a1571aaed6755a28c8b17b1d7595ee86840952" or hash.sha1(0, filesize) == "894e7d4ffd764bb458809c7f0643694b036ead30" or hash.md5(0, filesize) == "11bc82a9bd8297bd0823bce5d6202082")
}

rule MAL_3cx_desktopapp_2023_payloads_Payload_Win_8ab3a5ea {
   meta:
      description = "Detects the payload (Windows) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 90
      id = "06f3795f-26eb-56b9-bd33-369816442b15"
      hash = "8ab3a5eaaf8c296080fadf56b265194681d7da5da7c02562953a4cb60e147423"
      hash = "3b3e778b647371262120a523eb873c20bb82beaf"
      hash = "7faea2b01796b80d180399040bb69835"
      os = "windows"
      role = "payload"
      comment = "L3. ICONIC Stealer, the third stage that reads browser history. Volexity, SigmaHQ, Nextron (grade A)."
   condition:
      (hash.sha256(0, filesize) == "8ab3a5eaaf8c296080fadf56b265194681d7da5da7c02562953a4cb60e147423" or hash.sha1(0, filesize) == "3b3e778b647371262120a523eb873c20bb82beaf" or hash.md5(0, filesize) == "7faea2b01796b80d180399040bb69835")
}

rule MAL_3cx_desktopapp_2023_payloads_Payload_Win_851c2c99 {
   meta:
      description = "Detects the payload (Windows) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 80
      id = "8f7f706a-b59f-5486-bb33-db37a7f5cbc3"
      hash = "851c2c99ebafd4e5e9e140cfe3f2d03533846ca16f8151ae8ee0e83c692884b7"
      os = "windows"
      role = "payload"
      comment = "L5. Payload loaded inside 3CXDesktopApp.exe that downloads the stealer (memory-dumped sample 164e9b60000.dll); Nextron only (grade B)."
   condition:
      hash.sha256(0, filesize) == "851c2c99ebafd4e5e9e140cfe3f2d03533846ca16f8151ae8ee0e83c692884b7"
}

rule MAL_3cx_desktopapp_2023_payloads_Payload_Win_6ce5b6b4 {
   meta:
      description = "Detects the payload (Windows) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 80
      id = "3367f42e-e027-5f0c-a9a1-ea2e71989c0e"
      hash = "6ce5b6b4cdd6290d396465a1624d489c7afd2259a4d69b73c6b0ba0e5ad4e4ad"
      os = "windows"
      role = "payload"
      comment = "L6. Gopuram backdoor loader (Kaspersky, via Nextron; grade B); seen on fewer than ten victims."
   condition:
      hash.sha256(0, filesize) == "6ce5b6b4cdd6290d396465a1624d489c7afd2259a4d69b73c6b0ba0e5ad4e4ad"
}

rule MAL_3cx_desktopapp_2023_payloads_Payload_Win_b5627913 {
   meta:
      description = "Detects the payload (Windows) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 70
      id = "e87f7e8c-203c-57d4-95d5-d77cf41ddcc2"
      hash = "b56279136d816a11cf4db9fc1b249da04b3fa3aef4ba709b20cdfbe572394812"
      os = "windows"
      role = "payload"
      comment = "L7. Shellcode; Nextron labels it both as the d3dcompiler_47.dll shellcode and a Gopuram loader (grade C)."
   condition:
      hash.sha256(0, filesize) == "b56279136d816a11cf4db9fc1b249da04b3fa3aef4ba709b20cdfbe572394812"
}

rule MAL_3cx_desktopapp_2023_payloads_Payload_Win_f5fdefaa {
   meta:
      description = "Detects the payload (Windows) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 70
      id = "b08ae8d9-b9db-517a-a793-1f620a7262ac"
      hash = "f5fdefaa5321e2cea02ef8b479de8ec3c5505e956ea1484c84a7abb17231fe24"
      os = "windows"
      role = "payload"
      comment = "L8. Second-stage sample labelled suddenicon; Nextron only (grade C)."
   condition:
      hash.sha256(0, filesize) == "f5fdefaa5321e2cea02ef8b479de8ec3c5505e956ea1484c84a7abb17231fe24"
}

rule MAL_3cx_desktopapp_2023_payloads_Payload_Win_2a227985 {
   meta:
      description = "Detects the payload (Windows) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 70
      id = "4111a119-f8ad-5b0d-a170-ee61006370d7"
      hash = "2a22798543bd1f97dd5cd626ba9ac6de6d0a744f3cab01faf9dfc238b24e178b"
      os = "windows"
      role = "payload"
      comment = "L9. Second-stage sample; Nextron only (grade C)."
   condition:
      hash.sha256(0, filesize) == "2a22798543bd1f97dd5cd626ba9ac6de6d0a744f3cab01faf9dfc238b24e178b"
}

rule MAL_3cx_desktopapp_2023_payloads_Payload_Win_693f9651 {
   meta:
      description = "Detects the payload (Windows) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 70
      id = "df395ff5-a338-572c-93d0-482a41ac3e00"
      hash = "693f96516f43561ba4ae10f2a08758b42cbf9c75cdafe3263169ff7f26dfd206"
      os = "windows"
      role = "payload"
      comment = "L10. Third-stage sample; Nextron only (grade C)."
   condition:
      hash.sha256(0, filesize) == "693f96516f43561ba4ae10f2a08758b42cbf9c75cdafe3263169ff7f26dfd206"
}

rule MAL_3cx_desktopapp_2023_payloads_Payload_Win_cad1120d {
   meta:
      description = "Detects the payload (Windows) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 80
      id = "2360397f-ba5b-5efe-beb1-fee9777a5fe5"
      hash = "cad1120d91b812acafef7175f949dd1b09c6c21a"
      os = "windows"
      role = "payload"
      comment = "IconicLoader/IconicStealer or a related Lazarus payload (ESET YARA RichHeaders_Lazarus_NukeSped_IconicPayloads_3CX_Q12023; also in community lists)."
   condition:
      hash.sha1(0, filesize) == "cad1120d91b812acafef7175f949dd1b09c6c21a"
}

rule MAL_3cx_desktopapp_2023_payloads_Payload_Win_3b88cda6 {
   meta:
      description = "Detects the payload (Windows) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 80
      id = "fa72b8c7-9ef1-5b09-95da-96e4a7f14388"
      hash = "3b88cda62cdd918b62ef5aa8c5a73a46f176d18b"
      os = "windows"
      role = "payload"
      comment = "IconicLoader/IconicStealer or a Lazarus payload of the 2022-12 cryptocurrency campaigns (ESET YARA only; role not split out)."
   condition:
      hash.sha1(0, filesize) == "3b88cda62cdd918b62ef5aa8c5a73a46f176d18b"
}

rule MAL_3cx_desktopapp_2023_payloads_Payload_Win_5b03294b {
   meta:
      description = "Detects the payload (Windows) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 80
      id = "b4e10e6c-3f1d-5b1b-b28e-4b3b9411e7a5"
      hash = "5b03294b72c0caa5fb20e7817002c600645eb475"
      os = "windows"
      role = "payload"
      comment = "IconicLoader/IconicStealer or a Lazarus payload of the 2022-12 cryptocurrency campaigns (ESET YARA only; role not split out)."
   condition:
      hash.sha1(0, filesize) == "5b03294b72c0caa5fb20e7817002c600645eb475"
}

rule MAL_3cx_desktopapp_2023_payloads_Payload_Win_7491bd61 {
   meta:
      description = "Detects the payload (Windows) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 80
      id = "ad66c0a2-8e6b-5afd-a032-bd9ff9d0e2d7"
      hash = "7491bd61ed15298ce5ee5ffd01c8c82a2cdb40ec"
      os = "windows"
      role = "payload"
      comment = "IconicLoader/IconicStealer or a Lazarus payload of the 2022-12 cryptocurrency campaigns (ESET YARA only; role not split out)."
   condition:
      hash.sha1(0, filesize) == "7491bd61ed15298ce5ee5ffd01c8c82a2cdb40ec"
}

rule MAL_3cx_desktopapp_2023_payloads_Payload_Win_9f85a07d {
   meta:
      description = "Detects the payload (Windows) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 70
      id = "c097cda7-66d1-5026-acc5-36efed8357ba"
      hash = "9f85a07d4b4abff82ca18d990f062a84"
      os = "windows"
      role = "payload"
      comment = "Gopuram IOC of the 3CX-related activity (Kaspersky, via Nextron); role not given."
   condition:
      hash.md5(0, filesize) == "9f85a07d4b4abff82ca18d990f062a84"
}

rule MAL_3cx_desktopapp_2023_payloads_Payload_Win_96d3bbf4 {
   meta:
      description = "Detects the payload (Windows) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 70
      id = "c9175219-7e6c-5a2b-a613-62723032989f"
      hash = "96d3bbf4d2cf6bc452b53c67b3f2516a"
      os = "windows"
      role = "payload"
      comment = "Gopuram IOC of the 3CX-related activity (Kaspersky, via Nextron); role not given."
   condition:
      hash.md5(0, filesize) == "96d3bbf4d2cf6bc452b53c67b3f2516a"
}

rule MAL_3cx_desktopapp_2023_payloads_Payload_MacOS_6c121f2b {
   meta:
      description = "Detects the payload UpdateAgent (macOS) of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 90
      id = "254aa4e0-8791-58ae-8669-0e54f0fc1a02"
      hash = "6c121f2b2efa6592c2c22b29218157ec9e63f385e7a1d7425857d603ddef8c59"
      hash = "9e9a5f8d86356796162cee881c843cde9eaedfb3"
      file_name = "UpdateAgent"
      os = "macos"
      role = "payload"
      comment = "L4. Reads the 3CX config.json, uploads to sbmsa.wiki, deletes itself. Nextron, Objective-See, NCSC (grade A); SHA1 pairing inferred from the YARA rules."
   condition:
      (hash.sha256(0, filesize) == "6c121f2b2efa6592c2c22b29218157ec9e63f385e7a1d7425857d603ddef8c59" or hash.sha1(0, filesize) == "9e9a5f8d86356796162cee881c843cde9eaedfb3")
}

rule MAL_3cx_desktopapp_2023_payloads_File_4e08e4ff {
   meta:
      description = "Detects the other icon13.ico of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 80
      id = "3a85cbf8-a3fe-5d7d-9f74-4d8c7f307a97"
      hash = "4e08e4ffc699e0a1de4a5225a0b4920933fbb9cf123cde33e1674fde6d61444f"
      file_name = "icon13.ico"
      role = "other"
      comment = "I1. Fetched from raw.githubusercontent.com/IconStorages/images/main/icon13.ico; Sophos (grade B)."
   condition:
      hash.sha256(0, filesize) == "4e08e4ffc699e0a1de4a5225a0b4920933fbb9cf123cde33e1674fde6d61444f"
}

rule MAL_3cx_desktopapp_2023_payloads_File_a541e5fc {
   meta:
      description = "Detects the other of 3CX DesktopApp supply-chain compromise - later-stage payloads (iocc rule 3cx-desktopapp-2023-payloads) by its hash"
      author = "iocc contributors"
      reference = "https://www.volexity.com/blog/2023/03/30/3cx-supply-chain-compromise-leads-to-iconic-incident/"
      reference = "https://www.elastic.co/security-labs/elastic-users-protected-from-suddenicon-supply-chain-attack"
      reference = "https://objective-see.org/blog/blog_0x74.html"
      reference = "https://www.welivesecurity.com/2023/04/20/linux-malware-strengthens-links-lazarus-3cx-supply-chain-attack/"
      reference = "https://github.com/Neo23x0/signature-base/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/iocs/hash-iocs.txt"
      date = "2023-03-31"
      modified = "2026-11-26"
      score = 80
      id = "39932bdc-c9fc-5076-ac22-c79a4dd5f5d4"
      hash = "a541e5fc421c358e0a2b07bf4771e897fb5a617998aa4876e0e1baa5fbb8e25c"
      role = "other"
      comment = "I2. An iconN.ico sample of the Volexity YARA rule apt_ico_uta0040_b64_c2 (grade B)."
   condition:
      hash.sha256(0, filesize) == "a541e5fc421c358e0a2b07bf4771e897fb5a617998aa4876e0e1baa5fbb8e25c"
}
