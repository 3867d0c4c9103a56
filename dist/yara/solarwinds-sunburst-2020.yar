/*
   Hash and version-information rules compiled by iocc from rule solarwinds-sunburst-2020. Edit the rule, not this file.
*/

import "hash"

rule MAL_solarwinds_sunburst_2020_Installer_Win_d0d626de {
   meta:
      description = "Detects the installer CORE-2019.4.5220.20574-SolarWinds-Core-v2019.4.5220-Hotfix5.msp (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 90
      id = "5462a573-515d-5226-8523-3d081420d685"
      hash = "d0d626deb3f9484e649294a8dfa814c5568f846d5aa02d4cdad5d041a29d5600"
      hash = "1b476f58ca366b54f34d714ffce3fd73cc30db1a"
      hash = "02af7cec58b9a5da1c542b5a32151ba1"
      file_name = "CORE-2019.4.5220.20574-SolarWinds-Core-v2019.4.5220-Hotfix5.msp"
      os = "windows"
      role = "installer"
      file_size = 214831104
      comment = "F1. Orion Platform 2019.4 HF 5 patch carrying the 2019.4.5200.9083 SUNBURST DLL. Mandiant Indicator_Release_Hashes.csv (all three hashes, Installer) and qeeqbox/reports independent analysis (all three hashes, size 214831104 bytes, MSI title \"Update for SolarWinds Orion Core Services 2019.4 (Hotfix5)\"); MD5 also in the Microsoft Sentinel SUNBURST hash rule (grade A). Size from qeeqbox only (B)."
   condition:
      filesize == 214831104 and (hash.sha256(0, filesize) == "d0d626deb3f9484e649294a8dfa814c5568f846d5aa02d4cdad5d041a29d5600" or hash.sha1(0, filesize) == "1b476f58ca366b54f34d714ffce3fd73cc30db1a" or hash.md5(0, filesize) == "02af7cec58b9a5da1c542b5a32151ba1")
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_2019_4_5200_9083_32519b85 {
   meta:
      description = "Detects the library SolarWinds.Orion.Core.BusinessLayer.dll (Windows 2019.4.5200.9083) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 90
      id = "2da57942-2f1f-5e88-b271-2c3598cbe17b"
      hash = "32519b85c0b422e4656de6e6c41878e95fd95026267daab4215ee59c107d6c77"
      hash = "76640508b1e7759e548771a5359eaed353bf1eec"
      hash = "b91ce2fa41029f6955bff20079468448"
      file_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      original_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      os = "windows"
      version = "2019.4.5200.9083"
      role = "library"
      file_size = 1011032
      comment = "D1. Orion Platform 2019.4 HF 5. Hashes: Mandiant CSV (SHA256/SHA1/MD5, version 2019.4.5200.9083, compiled 2020-03-24), Microsoft MSRC table and Defender hunting queries (SHA256/SHA1, version, size 1011032), CISA ED 21-01 (MD5) and CISA YARA CISA_10318927_01 (MD5+SHA256) (grade A). Version resource (OriginalFilename, FileVersion/ProductVersion 2019.4.5200.9083) from a malcat dump and qeeqbox assembly attributes (grade A-). Paths: Orion folder (Microsoft MSRC, Kyle Hanslovan list), Orion sub-folders (Hanslovan list via simeononsecurity, grade C), .NET assembly cache (Microsoft MSRC, grade B)."
   condition:
      filesize == 1011032 and (hash.sha256(0, filesize) == "32519b85c0b422e4656de6e6c41878e95fd95026267daab4215ee59c107d6c77" or hash.sha1(0, filesize) == "76640508b1e7759e548771a5359eaed353bf1eec" or hash.md5(0, filesize) == "b91ce2fa41029f6955bff20079468448")
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_2020_2_5200_12394_019085a7 {
   meta:
      description = "Detects the library SolarWinds.Orion.Core.BusinessLayer.dll (Windows 2020.2.5200.12394) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 90
      id = "c7050795-fe35-56f0-8a87-2d894c92d6a9"
      hash = "019085a76ba7126fff22770d71bd901c325fc68ac55aa743327984e89f4b0134"
      hash = "2f1a5a7411d015d01aaee4535835400191645023"
      hash = "2c4a910a1299cdae2a4e55988a2f102e"
      file_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      original_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      os = "windows"
      version = "2020.2.5200.12394"
      role = "library"
      file_size = 1028072
      comment = "D2. Orion Platform 2020.2 RC2. Mandiant CSV (hashes, version 2020.2.5200.12394, compiled 2020-04-21) and Microsoft MSRC table/Defender queries (SHA256, SHA1, version, size 1028072) (grade A); version string also in CISA AA20-352A. OriginalFilename inferred from the 2019.4 HF 5 build (same assembly)."
   condition:
      filesize == 1028072 and (hash.sha256(0, filesize) == "019085a76ba7126fff22770d71bd901c325fc68ac55aa743327984e89f4b0134" or hash.sha1(0, filesize) == "2f1a5a7411d015d01aaee4535835400191645023" or hash.md5(0, filesize) == "2c4a910a1299cdae2a4e55988a2f102e")
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_2020_2_5300_12432_ce77d116 {
   meta:
      description = "Detects the library SolarWinds.Orion.Core.BusinessLayer.dll (Windows 2020.2.5300.12432) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 90
      id = "aa3d6dba-ad95-563d-a910-363df8b933f2"
      hash = "ce77d116a074dab7a22a0fd4f2c1ab475f16eec42e1ded3c0b0aa8211fe858d6"
      hash = "d130bd75645c2433f88ac03e73395fba172ef676"
      hash = "846e27a652a5e1bfbd0ddd38a16dc865"
      file_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      original_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      os = "windows"
      version = "2020.2.5300.12432"
      role = "library"
      file_size = 1028072
      comment = "D3. Orion Platform 2020.2 and 2020.2 HF 1 (same DLL). Mandiant CSV (hashes, version 2020.2.5300.12432, compiled 2020-05-11), Microsoft MSRC table/Defender queries (SHA256, SHA1, version, size 1028072), CISA YARA CISA_10318927_01 (MD5+SHA256) (grade A); size also in ANSSI DFIR-ORC FastFind documentation example. OriginalFilename inferred (same assembly)."
   condition:
      filesize == 1028072 and (hash.sha256(0, filesize) == "ce77d116a074dab7a22a0fd4f2c1ab475f16eec42e1ded3c0b0aa8211fe858d6" or hash.sha1(0, filesize) == "d130bd75645c2433f88ac03e73395fba172ef676" or hash.md5(0, filesize) == "846e27a652a5e1bfbd0ddd38a16dc865")
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_2020_2_100_12219_dab758bf {
   meta:
      description = "Detects the library SolarWinds.Orion.Core.BusinessLayer.dll (Windows 2020.2.100.12219) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "9143bdf1-14fe-5cd4-a69e-b0b51b02f8cd"
      hash = "dab758bf98d9b36fa057a66cd0284737abf89857b73ca89280267ee7caf62f3b"
      hash = "1acf3108bf1e376c8848fbb25dc87424f2c2a39c"
      file_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      original_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      os = "windows"
      version = "2020.2.100.12219"
      role = "library"
      file_size = 1028072
      comment = "D4. Orion Platform 2020.2 RC1. Microsoft MSRC table and Defender hunting queries (SHA256, SHA1, version 2020.2.100.12219, size 1028072) (grade B, one primary); the version string 2020.2.100.12219 is also CISA's (AA20-352A, ED 21-01 supplemental guidance) and the SHA256 is in a secondary copy of CISA's Appendix A (awslabs). Mandiant does not list this hash. OriginalFilename inferred."
   condition:
      filesize == 1028072 and (hash.sha256(0, filesize) == "dab758bf98d9b36fa057a66cd0284737abf89857b73ca89280267ee7caf62f3b" or hash.sha1(0, filesize) == "1acf3108bf1e376c8848fbb25dc87424f2c2a39c")
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_2020_2_100_12299_abe22cf0 {
   meta:
      description = "Detects the library SolarWinds.Orion.Core.BusinessLayer.dll (Windows 2020.2.100.12299) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "0c69d5a6-c991-54e8-b461-4353dbd0586f"
      hash = "abe22cf0d78836c3ea072daeaf4c5eeaf9c29b6feb597741651979fc8fbd2417"
      hash = "b485953ed77caefe81bff0d9b349a33c5cea4cde"
      hash = "d5aad0d248c237360cf39c054b654d69"
      file_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      original_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      os = "windows"
      version = "2020.2.100.12299"
      role = "library"
      comment = "D5. SUNBURST build compiled 2020-03-25. Mandiant CSV only (hashes; version printed as 2020.2.100.12299) (grade B); SHA256 copied by Palo Alto XSOAR SolarStorm pack, MD5 by community scripts. CAUTION: no other source prints 2020.2.100.12299 — CISA/Microsoft list the 2020.2 RC1 build as 2020.2.100.12219 with a different hash (D4); the version may be a Mandiant typo, so match this entry by hash. OriginalFilename inferred."
   condition:
      (hash.sha256(0, filesize) == "abe22cf0d78836c3ea072daeaf4c5eeaf9c29b6feb597741651979fc8fbd2417" or hash.sha1(0, filesize) == "b485953ed77caefe81bff0d9b349a33c5cea4cde" or hash.md5(0, filesize) == "d5aad0d248c237360cf39c054b654d69")
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_2020_2_100_11831_eb6fab5a {
   meta:
      description = "Detects the library SolarWinds.Orion.Core.BusinessLayer.dll (Windows 2020.2.100.11831) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "23cbc213-f097-5504-8428-8b3363c3ea00"
      hash = "eb6fab5a2964c5817fb239a7a5079cabca0a00464fb3e07155f28b0a57a2c0ed"
      hash = "e257236206e99f5a5c62035c9c59c57206728b28"
      file_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      original_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      os = "windows"
      version = "2020.2.100.11831"
      role = "library"
      file_size = 1026024
      comment = "D6. Microsoft MSRC table and Defender hunting queries only (SHA256, SHA1, version 2020.2.100.11831, size 1026024, first seen March 2020) (grade B). Not an Orion release CISA lists as affected; do not match this version without the hash. OriginalFilename inferred."
   condition:
      filesize == 1026024 and (hash.sha256(0, filesize) == "eb6fab5a2964c5817fb239a7a5079cabca0a00464fb3e07155f28b0a57a2c0ed" or hash.sha1(0, filesize) == "e257236206e99f5a5c62035c9c59c57206728b28")
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_c09040d3 {
   meta:
      description = "Detects the library SolarWinds.Orion.Core.BusinessLayer.dll (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "b123c1fb-7cce-553c-8cb7-b46f88092091"
      hash = "c09040d35630d75dfef0f804f320f8b3d16a481071076918e9b236a321c1ea77"
      hash = "bcb5a4dcbc60d26a5f619518f2cfc1b4bb4e4387"
      file_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      original_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      os = "windows"
      role = "library"
      file_size = 1026024
      comment = "D7. Microsoft MSRC table and Defender hunting queries only (SHA256, SHA1, size 1026024; file version \"not available\", first seen March 2020) (grade B). OriginalFilename inferred."
   condition:
      filesize == 1026024 and (hash.sha256(0, filesize) == "c09040d35630d75dfef0f804f320f8b3d16a481071076918e9b236a321c1ea77" or hash.sha1(0, filesize) == "bcb5a4dcbc60d26a5f619518f2cfc1b4bb4e4387")
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_2020_4_100_478_ac1b2b89 {
   meta:
      description = "Detects the library SolarWinds.Orion.Core.BusinessLayer.dll (Windows 2020.4.100.478) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "485749bf-8a36-5c85-a5c1-b8619f8d32db"
      hash = "ac1b2b89e60707a20e9eb1ca480bc3410ead40643b386d624c5d21b47c02917c"
      hash = "6fdd82b7ca1c1f0ec67c05b36d14c9517065353b"
      file_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      original_name = "SolarWinds.Orion.Core.BusinessLayer.dll"
      os = "windows"
      version = "2020.4.100.478"
      role = "library"
      file_size = 1029096
      comment = "D8. Microsoft MSRC table and Defender hunting queries only (SHA256, SHA1, version 2020.4.100.478, size 1029096, first seen April 2020) (grade B). Not an Orion release CISA lists as affected; do not match this version without the hash. OriginalFilename inferred."
   condition:
      filesize == 1029096 and (hash.sha256(0, filesize) == "ac1b2b89e60707a20e9eb1ca480bc3410ead40643b386d624c5d21b47c02917c" or hash.sha1(0, filesize) == "6fdd82b7ca1c1f0ec67c05b36d14c9517065353b")
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_118189f9 {
   meta:
      description = "Detects the library NetSetupSvc.dll (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "aae4956e-f87c-59b0-814a-c9ae9c575622"
      hash = "118189f90da3788362fe85eafa555298423e21ec37f147f3bf88c61d4cd46c51"
      file_name = "NetSetupSvc.dll"
      os = "windows"
      role = "library"
      comment = "T2. TEARDROP sample: named NetSetupSvc.dll (strings \"Network Setup Service\", confident_promotion.jpg) in Jeff Beley's public YARA rule; listed as a custom Cobalt Strike loader from Microsoft's 2021-01-20 second-stage blog by Neo23x0 signature-base (grade B-). The SysWOW64 path comes from CISA ED 21-01, not from the sample's sources."
   condition:
      hash.sha256(0, filesize) == "118189f90da3788362fe85eafa555298423e21ec37f147f3bf88c61d4cd46c51"
}

rule MAL_solarwinds_sunburst_2020_Payload_Win_c15abaf5 {
   meta:
      description = "Detects the payload App_Web_logoimagehandler.ashx.b6031896.dll (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 90
      id = "8dfcace9-57ba-5222-a71a-89f5d272b05a"
      hash = "c15abaf51e78ca56c0376522d699c978217bf041a3bd3c71d09193efa5717c71"
      hash = "75af292f34789a1c782ea36c7127bf6106f595e8"
      hash = "56ceb6d0011d87b6e4d7023d7ef85676"
      file_name = "App_Web_logoimagehandler.ashx.b6031896.dll"
      os = "windows"
      role = "payload"
      comment = "S1. SUPERNOVA .NET web shell compiled from Orion's LogoImageHandler.ashx (compile time 2020-03-24). SEPARATE ACTOR: Mandiant \"has not been tied to the UNC2452 SolarWinds compromise\"; SolarWinds advisory treats it separately. Mandiant CSV (all hashes), Microsoft Sentinel SUNBURST & SUPERNOVA hash rule (MD5), Palo Alto XSOAR pack (SHA256) (grade A-, single origin). Loaded by the IIS worker from ASP.NET temporary files; no source gives a path."
   condition:
      (hash.sha256(0, filesize) == "c15abaf51e78ca56c0376522d699c978217bf041a3bd3c71d09193efa5717c71" or hash.sha1(0, filesize) == "75af292f34789a1c782ea36c7127bf6106f595e8" or hash.md5(0, filesize) == "56ceb6d0011d87b6e4d7023d7ef85676")
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_1817a5bf {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "6c200b8c-bc59-5281-aaae-3d82aa96e414"
      hash = "1817a5bf9c01035bcf8a975c9f1d94b0ce7f6a200339485d8f93859f8f6d730c"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "1817a5bf9c01035bcf8a975c9f1d94b0ce7f6a200339485d8f93859f8f6d730c"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_1ec138f2 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "6bb0563a-60bc-50a6-a72c-9657249d267f"
      hash = "1ec138f21a315722fb702706b4bdc0f544317f130f4a009502ec98345f85e4ad"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "1ec138f21a315722fb702706b4bdc0f544317f130f4a009502ec98345f85e4ad"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_2a276f4b {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "0cddf3de-8614-508b-b46f-7a26337a65e8"
      hash = "2a276f4b11f47f81dd2bcb850a158d4202df836769da5a23e56bf0353281473e"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "2a276f4b11f47f81dd2bcb850a158d4202df836769da5a23e56bf0353281473e"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_327f1d94 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "c8e7ece4-4f6e-5c03-8639-afed7a01305d"
      hash = "327f1d94bc26779cbe20f8689be12c7eee2e390fbddb40b92ad00b1cddfd6426"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "327f1d94bc26779cbe20f8689be12c7eee2e390fbddb40b92ad00b1cddfd6426"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_3985dea8 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "90929eef-4842-54a4-a4e9-ac1f7ef9cb63"
      hash = "3985dea8e467c56e8cc44ebfc201253ffee923765d12808aaf17db2c644c4c06"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "3985dea8e467c56e8cc44ebfc201253ffee923765d12808aaf17db2c644c4c06"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_557f9140 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "0313de20-b752-5f7b-808e-6db4b810f432"
      hash = "557f91404fb821d7c1e98d9f2f5296dc12712fc19c87a84602442b4637fb23d4"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "557f91404fb821d7c1e98d9f2f5296dc12712fc19c87a84602442b4637fb23d4"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_5cf85c3d {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "7cdd2bd5-3222-5aab-988b-08831c9ef210"
      hash = "5cf85c3d18cd6dba8377370883a0fffda59767839156add4c8912394f76d6ef0"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "5cf85c3d18cd6dba8377370883a0fffda59767839156add4c8912394f76d6ef0"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_5f8650ca {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "3ff23b07-e57c-5556-bfaa-d8917e80b0ce"
      hash = "5f8650ca0ed22ad0d4127eb4086d4548ec31ad035c7aec12c6e82cb64417a390"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "5f8650ca0ed22ad0d4127eb4086d4548ec31ad035c7aec12c6e82cb64417a390"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_674075c8 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "43b5d2bd-3d5a-55e6-8617-c22bda939fe3"
      hash = "674075c8f63c64ad5fa6fd5e2aa6e4954afae594e7b0f07670e4322a60f3d0cf"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "674075c8f63c64ad5fa6fd5e2aa6e4954afae594e7b0f07670e4322a60f3d0cf"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_6ff3a4f7 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "cdc3566e-bd8b-5498-86ee-3a55c02a15e0"
      hash = "6ff3a4f7fd7dc793e866708ab0fe592e6c08156b1aa3552a8d74e331f1aea377"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "6ff3a4f7fd7dc793e866708ab0fe592e6c08156b1aa3552a8d74e331f1aea377"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_7c68f8d8 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "8bb355b4-6c57-54cc-9ddc-2198601c380d"
      hash = "7c68f8d80fc2a6347da7c196d5f91861ba889afb51a4da4a6c282e06ef5bdb7e"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "7c68f8d80fc2a6347da7c196d5f91861ba889afb51a4da4a6c282e06ef5bdb7e"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_915705c0 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "96a2f2ee-7afe-5f0b-b44f-88fd86f4f5a4"
      hash = "915705c09b4bd108bcd123fe35f20a16d8c9c7d38d93820e8c167695a890b214"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "915705c09b4bd108bcd123fe35f20a16d8c9c7d38d93820e8c167695a890b214"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_948bfdfa {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "509f48f0-689a-5903-bd74-890e54d48973"
      hash = "948bfdfad43ad52ca09890a4d2515079c29bdfe02edaa53e7d92858aa2dfbe4c"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "948bfdfad43ad52ca09890a4d2515079c29bdfe02edaa53e7d92858aa2dfbe4c"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_955609cf {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "4ab13106-c29f-592a-9bac-f32a386e0c7b"
      hash = "955609cf0b4ea38b409d523a0f675d8404fee55c458ad079b4031e02433fdbf3"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "955609cf0b4ea38b409d523a0f675d8404fee55c458ad079b4031e02433fdbf3"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_b348546f {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "36868228-abd9-56b6-bab1-f1b4a040916a"
      hash = "b348546f4c6a9bcafd81015132f09cf8313420eb653673bf3d65046427b1167f"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "b348546f4c6a9bcafd81015132f09cf8313420eb653673bf3d65046427b1167f"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_b35e0010 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "34c42a84-0f77-5e20-adbb-725722242449"
      hash = "b35e0010e0734fcd9b5952ae93459544ae33485fe0662fae715092e0dfb92ad3"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "b35e0010e0734fcd9b5952ae93459544ae33485fe0662fae715092e0dfb92ad3"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_b820e8a2 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "c2c7f445-0d8c-58c3-8067-015fa2701932"
      hash = "b820e8a2057112d0ed73bd7995201dbed79a79e13c79d4bdad81a22f12387e07"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin). Also in a secondary copy of the CISA AA20-352A hash list (awslabs/aws-security-assessment-solution)."
   condition:
      hash.sha256(0, filesize) == "b820e8a2057112d0ed73bd7995201dbed79a79e13c79d4bdad81a22f12387e07"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_be9dbbec {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "f343e43d-c87d-5944-ac69-80647ff691e1"
      hash = "be9dbbec6937dfe0a652c0603d4972ba354e83c06b8397d6555fd1847da36725"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "be9dbbec6937dfe0a652c0603d4972ba354e83c06b8397d6555fd1847da36725"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_c5a818d9 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "81e74712-aac7-5eff-ac2b-b07653d939c4"
      hash = "c5a818d9b95e1c548d6af22b5e8663a2410e6d4ed87df7f9daf7df0ef029872e"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "c5a818d9b95e1c548d6af22b5e8663a2410e6d4ed87df7f9daf7df0ef029872e"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_c741797d {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "4fd9796d-3be4-5f7a-a0b3-b297ba243a0c"
      hash = "c741797dd400de5927f8b5317165fc755d6439749c39c380a1357eac0a00f90c"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "c741797dd400de5927f8b5317165fc755d6439749c39c380a1357eac0a00f90c"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_c7924cc1 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "ab386eef-ac43-5c6f-9c51-a3b351a29bb5"
      hash = "c7924cc1bc388cfcdc2ee2472899cd34a2ef4414134cbc23a7cb530650f93d98"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "c7924cc1bc388cfcdc2ee2472899cd34a2ef4414134cbc23a7cb530650f93d98"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_c96b7a3c {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "fcc6e5d1-31c5-56c1-9cd3-f2099bbc0956"
      hash = "c96b7a3c9acf704189ae8d6124b5a7b1f0e8c83c246b59bc5ff15e17b7de4c84"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "c96b7a3c9acf704189ae8d6124b5a7b1f0e8c83c246b59bc5ff15e17b7de4c84"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_cbbe224d {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "3d4049ed-e8de-531a-aa84-e90734ed526c"
      hash = "cbbe224d9854d6a4269ed2fa9b22d77681f84e3ca4e5d6891414479471f5ca68"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "cbbe224d9854d6a4269ed2fa9b22d77681f84e3ca4e5d6891414479471f5ca68"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_cdd9b425 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "90ea9ec3-f3ad-596b-9ff1-73d1ccf9d2a3"
      hash = "cdd9b4252ef2f6e64bccc91146ec5dc51d94e2761184cd0ffa9909aa739fa17e"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "cdd9b4252ef2f6e64bccc91146ec5dc51d94e2761184cd0ffa9909aa739fa17e"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_dbd26ccb {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "11fafc1b-ba66-544f-931f-9e06b1dc805e"
      hash = "dbd26ccb3699f426dc6799e218b91d1a3c1d08ad3006bc2880e29c755a4e2338"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "dbd26ccb3699f426dc6799e218b91d1a3c1d08ad3006bc2880e29c755a4e2338"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_e60e1bb9 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "0d151fc3-1a15-5b88-a1d6-43bb16fdf2ab"
      hash = "e60e1bb967db273b922deeea32d56fc6d9501a236856ef9a3e5f76c1f392000a"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "e60e1bb967db273b922deeea32d56fc6d9501a236856ef9a3e5f76c1f392000a"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_f2d38a29 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "e684c73b-5c3e-5b30-ba52-5abc180d36b1"
      hash = "f2d38a29f6727f4ade62d88d8a68de0d52a0695930b8c92437a2f9e4de92e418"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "f2d38a29f6727f4ade62d88d8a68de0d52a0695930b8c92437a2f9e4de92e418"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_f61a37aa {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "00351f86-85d9-5618-ac86-c7e6f5c13362"
      hash = "f61a37aa8581986ba600286d65bb76100fb44e347e253f1f5ad50051e5f882f5"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "f61a37aa8581986ba600286d65bb76100fb44e347e253f1f5ad50051e5f882f5"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_f81987f1 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "8be0fd1d-bb12-506d-ba97-80b95ae78ac7"
      hash = "f81987f1484bfe5441be157250b35b0a2d7991cf9272fa4eacd3e9f0dee235de"
      os = "windows"
      role = "library"
      comment = "Custom Cobalt Strike BEACON loader (TEARDROP/RAINDROP family, not separated by the source) from Microsoft's 2021-01-20 Solorigate second-stage blog, as listed in Neo23x0/signature-base iocs/hash-iocs.txt (grade B-, single origin)."
   condition:
      hash.sha256(0, filesize) == "f81987f1484bfe5441be157250b35b0a2d7991cf9272fa4eacd3e9f0dee235de"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_0f5d7e6d {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "fcfeb519-821f-580e-9e42-95c2abf5b251"
      hash = "0f5d7e6dfdd62c83eb096ba193b5ae394001bac036745495674156ead6557589"
      os = "windows"
      role = "library"
      comment = "Unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries locate-dll-created-locally/locate-dll-loaded-in-memory [Nobelium] (grade B)."
   condition:
      hash.sha256(0, filesize) == "0f5d7e6dfdd62c83eb096ba193b5ae394001bac036745495674156ead6557589"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_e0b9eda3 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "abc40d2f-2022-56a1-838e-ba7b48d4835f"
      hash = "e0b9eda35f01c1540134aba9195e7e6393286dde3e001fce36fb661cc346b91d"
      os = "windows"
      role = "library"
      comment = "Unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries locate-dll-created-locally/locate-dll-loaded-in-memory [Nobelium] (grade B). Also in a secondary copy of the CISA AA20-352A hash list (awslabs/aws-security-assessment-solution)."
   condition:
      hash.sha256(0, filesize) == "e0b9eda35f01c1540134aba9195e7e6393286dde3e001fce36fb661cc346b91d"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_20e35055 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "8afac168-563b-5954-99fc-8f78d1c4cf80"
      hash = "20e35055113dac104d2bb02d4e7e33413fae0e5a426e0eea0dfd2c1dce692fd9"
      os = "windows"
      role = "library"
      comment = "Unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries locate-dll-created-locally/locate-dll-loaded-in-memory [Nobelium] (grade B). Also in a secondary copy of the CISA AA20-352A hash list (awslabs/aws-security-assessment-solution)."
   condition:
      hash.sha256(0, filesize) == "20e35055113dac104d2bb02d4e7e33413fae0e5a426e0eea0dfd2c1dce692fd9"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_2b3445e4 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "c6afc6f6-1254-5712-a870-3038afc82991"
      hash = "2b3445e42d64c85a5475bdbc88a50ba8c013febb53ea97119a11604b7595e53d"
      os = "windows"
      role = "library"
      comment = "Unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries locate-dll-created-locally/locate-dll-loaded-in-memory [Nobelium] (grade B). Also in a secondary copy of the CISA AA20-352A hash list (awslabs/aws-security-assessment-solution)."
   condition:
      hash.sha256(0, filesize) == "2b3445e42d64c85a5475bdbc88a50ba8c013febb53ea97119a11604b7595e53d"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_a3efbc07 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "6974f8ab-f7e5-541c-8465-6cc30f0c5d55"
      hash = "a3efbc07068606ba1c19a7ef21f4de15d15b41ef680832d7bcba485143668f2d"
      os = "windows"
      role = "library"
      comment = "Unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries locate-dll-created-locally/locate-dll-loaded-in-memory [Nobelium] (grade B). Also in a secondary copy of the CISA AA20-352A hash list (awslabs/aws-security-assessment-solution)."
   condition:
      hash.sha256(0, filesize) == "a3efbc07068606ba1c19a7ef21f4de15d15b41ef680832d7bcba485143668f2d"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_92bd1c3d {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "7c4b3d45-8259-5179-8620-aa6c65bf6ca8"
      hash = "92bd1c3d2a11fc4aba2735d9547bd0261560fb20f36a0e7ca2f2d451f1b62690"
      os = "windows"
      role = "library"
      comment = "Unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries locate-dll-created-locally/locate-dll-loaded-in-memory [Nobelium] (grade B). Also in a secondary copy of the CISA AA20-352A hash list (awslabs/aws-security-assessment-solution)."
   condition:
      hash.sha256(0, filesize) == "92bd1c3d2a11fc4aba2735d9547bd0261560fb20f36a0e7ca2f2d451f1b62690"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_a58d0246 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "f47a6237-1639-5177-ab04-3d50e1ca78b1"
      hash = "a58d02465e26bdd3a839fd90e4b317eece431d28cab203bbdde569e11247d9e2"
      os = "windows"
      role = "library"
      comment = "Unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries locate-dll-created-locally/locate-dll-loaded-in-memory [Nobelium] (grade B). Also in a secondary copy of the CISA AA20-352A hash list (awslabs/aws-security-assessment-solution)."
   condition:
      hash.sha256(0, filesize) == "a58d02465e26bdd3a839fd90e4b317eece431d28cab203bbdde569e11247d9e2"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_b8a05cc4 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "e7dbaa6d-1717-5440-b624-b95be17dd416"
      hash = "b8a05cc492f70ffa4adcd446b693d5aa2b71dc4fa2bf5022bf60d7b13884f666"
      os = "windows"
      role = "library"
      comment = "Unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries locate-dll-created-locally/locate-dll-loaded-in-memory [Nobelium] (grade B). Also in a secondary copy of the CISA AA20-352A hash list (awslabs/aws-security-assessment-solution)."
   condition:
      hash.sha256(0, filesize) == "b8a05cc492f70ffa4adcd446b693d5aa2b71dc4fa2bf5022bf60d7b13884f666"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_cc082d21 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "d89a6b19-feda-5579-a6b4-2e4261029b6b"
      hash = "cc082d21b9e880ceb6c96db1c48a0375aaf06a5f444cb0144b70e01dc69048e6"
      os = "windows"
      role = "library"
      comment = "Unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries locate-dll-created-locally/locate-dll-loaded-in-memory [Nobelium] (grade B). Also in a secondary copy of the CISA AA20-352A hash list (awslabs/aws-security-assessment-solution)."
   condition:
      hash.sha256(0, filesize) == "cc082d21b9e880ceb6c96db1c48a0375aaf06a5f444cb0144b70e01dc69048e6"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_ffdbdd46 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "e14b3ab5-d0a4-5417-9725-f1fe747e3792"
      hash = "ffdbdd460420972fd2926a7f460c198523480bc6279dd6cca177230db18748e8"
      os = "windows"
      role = "library"
      comment = "Unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries locate-dll-created-locally/locate-dll-loaded-in-memory [Nobelium] (grade B). Also in a secondary copy of the CISA AA20-352A hash list (awslabs/aws-security-assessment-solution)."
   condition:
      hash.sha256(0, filesize) == "ffdbdd460420972fd2926a7f460c198523480bc6279dd6cca177230db18748e8"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_16505d0b {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "357dfd13-00a6-570c-8f5f-1547776f4608"
      hash = "16505d0b929d80ad1680f993c02954cfd3772207"
      os = "windows"
      role = "library"
      comment = "SHA1 of an unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries [Nobelium]; no SHA256 is paired with it by the source (grade B)."
   condition:
      hash.sha1(0, filesize) == "16505d0b929d80ad1680f993c02954cfd3772207"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_d8938528 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "0257a31a-cbf8-5cff-82e5-bda5510205fd"
      hash = "d8938528d68aabe1e31df485eb3f75c8a925b5d9"
      os = "windows"
      role = "library"
      comment = "SHA1 of an unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries [Nobelium]; no SHA256 is paired with it by the source (grade B)."
   condition:
      hash.sha1(0, filesize) == "d8938528d68aabe1e31df485eb3f75c8a925b5d9"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_395da6d4 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "4ea163ef-ee30-5de7-98a7-296128338da9"
      hash = "395da6d4f3c890295f7584132ea73d759bd9d094"
      os = "windows"
      role = "library"
      comment = "SHA1 of an unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries [Nobelium]; no SHA256 is paired with it by the source (grade B)."
   condition:
      hash.sha1(0, filesize) == "395da6d4f3c890295f7584132ea73d759bd9d094"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_c8b7f282 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "395d1a2a-f5fd-593a-ad7f-738c3aeec000"
      hash = "c8b7f28230ea8fbf441c64fdd3feeba88607069e"
      os = "windows"
      role = "library"
      comment = "SHA1 of an unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries [Nobelium]; no SHA256 is paired with it by the source (grade B)."
   condition:
      hash.sha1(0, filesize) == "c8b7f28230ea8fbf441c64fdd3feeba88607069e"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_2841391d {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "1e3f39cf-8141-55ae-bc29-00162d93a544"
      hash = "2841391dfbffa02341333dd34f5298071730366a"
      os = "windows"
      role = "library"
      comment = "SHA1 of an unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries [Nobelium]; no SHA256 is paired with it by the source (grade B)."
   condition:
      hash.sha1(0, filesize) == "2841391dfbffa02341333dd34f5298071730366a"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_2546b0e8 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "b3906518-f104-5c3e-b16f-4b71ebd9a309"
      hash = "2546b0e82aecfe987c318c7ad1d00f9fa11cd305"
      os = "windows"
      role = "library"
      comment = "SHA1 of an unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries [Nobelium]; no SHA256 is paired with it by the source (grade B)."
   condition:
      hash.sha1(0, filesize) == "2546b0e82aecfe987c318c7ad1d00f9fa11cd305"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_2dafddbf {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "32325cd1-78b0-55b0-b400-39a3bb9132f1"
      hash = "2dafddbfb0981c5aa31f27a298b9c804e553c7bc"
      os = "windows"
      role = "library"
      comment = "SHA1 of an unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries [Nobelium]; no SHA256 is paired with it by the source (grade B). Also in a secondary copy of the CISA AA20-352A hash list."
   condition:
      hash.sha1(0, filesize) == "2dafddbfb0981c5aa31f27a298b9c804e553c7bc"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_e2152737 {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "a907e319-7a78-5d94-a6c7-bf3d254628c9"
      hash = "e2152737bed988c0939c900037890d1244d9a30e"
      os = "windows"
      role = "library"
      comment = "SHA1 of an unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries [Nobelium]; no SHA256 is paired with it by the source (grade B)."
   condition:
      hash.sha1(0, filesize) == "e2152737bed988c0939c900037890d1244d9a30e"
}

rule MAL_solarwinds_sunburst_2020_Lib_Win_fd15760a {
   meta:
      description = "Detects the library (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its hash"
      author = "iocc contributors"
      reference = "https://www.fireeye.com/blog/threat-research/2020/12/evasive-attacker-leverages-solarwinds-supply-chain-compromises-with-sunburst-backdoor.html"
      reference = "https://github.com/mandiant/sunburst_countermeasures"
      reference = "https://us-cert.cisa.gov/ncas/alerts/aa20-352a"
      reference = "https://cyber.dhs.gov/ed/21-01/"
      reference = "https://msrc.microsoft.com/blog/2020/12/customer-guidance-on-recent-nation-state-cyber-attacks/"
      reference = "https://www.microsoft.com/security/blog/2020/12/18/analyzing-solorigate-the-compromised-dll-file-that-started-a-sophisticated-cyberattack-and-how-microsoft-defender-helps-protect/"
      reference = "https://www.microsoft.com/security/blog/2021/01/20/deep-dive-into-the-solorigate-second-stage-activation-from-sunburst-to-teardrop-and-raindrop/"
      reference = "https://github.com/microsoft/Microsoft-365-Defender-Hunting-Queries/blob/ff1798ed73723654abf4cdf55aad7c394ce82e2e/Campaigns/c2-lookup-from-nonbrowser%5BSolorigate%5D..md"
      reference = "https://www.solarwinds.com/securityadvisory"
      reference = "https://www.solarwinds.com/securityadvisory/faq"
      date = "2020-12-13"
      modified = "2026-12-02"
      score = 80
      id = "af7ac07e-70f1-5aad-a38b-656a0564c147"
      hash = "fd15760abfc0b2537b89adc65b1ff3f072e7e31c"
      os = "windows"
      role = "library"
      comment = "SHA1 of an unlabelled Nobelium-related malicious DLL listed by Microsoft 365 Defender hunting queries [Nobelium]; no SHA256 is paired with it by the source (grade B). Also in a secondary copy of the CISA AA20-352A hash list."
   condition:
      hash.sha1(0, filesize) == "fd15760abfc0b2537b89adc65b1ff3f072e7e31c"
}
