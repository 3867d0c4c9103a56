/*
   File-name rules (external variables filename and filepath) compiled by iocc from rule solarwinds-sunburst-2020. Edit the rule, not this file.
*/

rule MAL_solarwinds_sunburst_2020_Filename_Win_netsetupsvc_dll_1 {
   meta:
      description = "Detects the payload netsetupsvc.dll (Windows) of SolarWinds Orion SUNBURST supply-chain compromise (December 2020) (iocc rule solarwinds-sunburst-2020) by its file name in a known folder; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
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
      id = "efc3a364-c0d6-5f2d-b6d6-754de7338e93"
      file_name = "netsetupsvc.dll"
      os = "windows"
      role = "payload"
      comment = "T1. TEARDROP service DLL location: CISA ED 21-01 required action 3b (report C:\\WINDOWS\\SysWOW64\\netsetupsvc.dll), FireEye blog (via Neo23x0 filename-iocs), Microsoft Sentinel \"TEARDROP memory-only dropper\" rule (NetSetupSvc.dll in svchost.exe) (grade A for the path). Path-only: the legitimate NetSetupSvc.dll lives in System32, so this entry must never be widened to a bare file name."
   condition:
      filename iequals "netsetupsvc.dll" and (filepath matches /^[A-Za-z]:\x5cWindows\x5cSysWOW64$/i)
}
