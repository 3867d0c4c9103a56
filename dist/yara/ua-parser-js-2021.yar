/*
   Hash and version-information rules compiled by iocc from rule ua-parser-js-2021. Edit the rule, not this file.
*/

import "hash"

rule MAL_ua_parser_js_2021_Payload_e6cba23d {
   meta:
      description = "Detects the payload preinstall.js of ua-parser-js npm package hijack (October 2021) (iocc rule ua-parser-js-2021) by its hash"
      author = "iocc contributors"
      reference = "https://github.com/advisories/GHSA-pjwm-rvh2-c87w"
      reference = "https://github.com/faisalman/ua-parser-js/issues/536"
      reference = "https://www.cisa.gov/news-events/alerts/2021/10/22/malware-discovered-popular-npm-package-ua-parser-js"
      reference = "https://github.com/sophoslabs/IoCs/blob/1ea41a101cdc237527936a30af3410df8206366c/Mal-BadNode.csv"
      reference = "https://www.bleepingcomputer.com/news/security/popular-npm-library-hijacked-to-install-password-stealers-miners/"
      reference = "https://grumpy.systems/2021/ua-parser-js-compromise/"
      reference = "https://blog.sonatype.com/newly-found-npm-malware-mines-cryptocurrency-on-windows-linux-macos-devices"
      reference = "https://www.rapid7.com/blog/post/2021/10/25/npm-library-ua-parser-js-hijacked-what-you-need-to-know/"
      reference = "https://www.cve.org/CVERecord?id=CVE-2021-4229"
      date = "2021-10-22"
      score = 80
      id = "3091d77e-40e9-5883-9eb1-451b0548f7fe"
      hash = "e6cba23d350cb1f049266ddf10f872216f193c5279017408b869539df2e73c83"
      file_name = "preinstall.js"
      role = "payload"
      comment = "F1. Dispatcher run by \"preinstall\": \"start /B node preinstall.js & node preinstall.js\". SHA256: SophosLabs IoCs Mal-BadNode.csv only (grade B; JS/BadNode-A). Whether 0.8.0 and 1.0.0 carry the byte-identical file is UNVERIFIED."
   condition:
      hash.sha256(0, filesize) == "e6cba23d350cb1f049266ddf10f872216f193c5279017408b869539df2e73c83"
}

rule MAL_ua_parser_js_2021_Payload_21e68b04 {
   meta:
      description = "Detects the payload preinstall.sh of ua-parser-js npm package hijack (October 2021) (iocc rule ua-parser-js-2021) by its hash"
      author = "iocc contributors"
      reference = "https://github.com/advisories/GHSA-pjwm-rvh2-c87w"
      reference = "https://github.com/faisalman/ua-parser-js/issues/536"
      reference = "https://www.cisa.gov/news-events/alerts/2021/10/22/malware-discovered-popular-npm-package-ua-parser-js"
      reference = "https://github.com/sophoslabs/IoCs/blob/1ea41a101cdc237527936a30af3410df8206366c/Mal-BadNode.csv"
      reference = "https://www.bleepingcomputer.com/news/security/popular-npm-library-hijacked-to-install-password-stealers-miners/"
      reference = "https://grumpy.systems/2021/ua-parser-js-compromise/"
      reference = "https://blog.sonatype.com/newly-found-npm-malware-mines-cryptocurrency-on-windows-linux-macos-devices"
      reference = "https://www.rapid7.com/blog/post/2021/10/25/npm-library-ua-parser-js-hijacked-what-you-need-to-know/"
      reference = "https://www.cve.org/CVERecord?id=CVE-2021-4229"
      date = "2021-10-22"
      score = 80
      id = "4e265d0b-b966-5b82-a5d1-a1c076fd908b"
      hash = "21e68b048024ba0cc5a2a94ecbc3a78c626ec7d5d705829a82ea4715131d0509"
      file_name = "preinstall.sh"
      role = "payload"
      comment = "F2. Linux stage: geo check via freegeoip.app, download and start jsextension. SHA256: SophosLabs only (grade B; SH/BadNode-A). Its content is quoted verbatim by grumpy.systems and Socket.dev (content grade A, hash grade B). Present (unused) on Windows and macOS installs too."
   condition:
      hash.sha256(0, filesize) == "21e68b048024ba0cc5a2a94ecbc3a78c626ec7d5d705829a82ea4715131d0509"
}

rule MAL_ua_parser_js_2021_Payload_f4c80006 {
   meta:
      description = "Detects the payload preinstall.bat of ua-parser-js npm package hijack (October 2021) (iocc rule ua-parser-js-2021) by its hash"
      author = "iocc contributors"
      reference = "https://github.com/advisories/GHSA-pjwm-rvh2-c87w"
      reference = "https://github.com/faisalman/ua-parser-js/issues/536"
      reference = "https://www.cisa.gov/news-events/alerts/2021/10/22/malware-discovered-popular-npm-package-ua-parser-js"
      reference = "https://github.com/sophoslabs/IoCs/blob/1ea41a101cdc237527936a30af3410df8206366c/Mal-BadNode.csv"
      reference = "https://www.bleepingcomputer.com/news/security/popular-npm-library-hijacked-to-install-password-stealers-miners/"
      reference = "https://grumpy.systems/2021/ua-parser-js-compromise/"
      reference = "https://blog.sonatype.com/newly-found-npm-malware-mines-cryptocurrency-on-windows-linux-macos-devices"
      reference = "https://www.rapid7.com/blog/post/2021/10/25/npm-library-ua-parser-js-hijacked-what-you-need-to-know/"
      reference = "https://www.cve.org/CVERecord?id=CVE-2021-4229"
      date = "2021-10-22"
      score = 80
      id = "f7abb8aa-3b95-56ce-acbe-15ef9eacdfd8"
      hash = "f4c800066e56dd32d20299c451fe6a2b60a3563f7f1915f8ca8db9916d810b5c"
      file_name = "preinstall.bat"
      role = "payload"
      comment = "F3. Windows stage: curl/wget/certutil download of jsextension.exe and sdd.dll (saved as create.dll), start the miner, regsvr32 -s create.dll. SHA256: SophosLabs only (grade B; BAT/BadNode-A). Present (unused) on Linux and macOS installs too."
   condition:
      hash.sha256(0, filesize) == "f4c800066e56dd32d20299c451fe6a2b60a3563f7f1915f8ca8db9916d810b5c"
}

rule MAL_ua_parser_js_2021_Payload_Lnx_ea131cc5 {
   meta:
      description = "Detects the payload jsextension (Linux) of ua-parser-js npm package hijack (October 2021) (iocc rule ua-parser-js-2021) by its hash"
      author = "iocc contributors"
      reference = "https://github.com/advisories/GHSA-pjwm-rvh2-c87w"
      reference = "https://github.com/faisalman/ua-parser-js/issues/536"
      reference = "https://www.cisa.gov/news-events/alerts/2021/10/22/malware-discovered-popular-npm-package-ua-parser-js"
      reference = "https://github.com/sophoslabs/IoCs/blob/1ea41a101cdc237527936a30af3410df8206366c/Mal-BadNode.csv"
      reference = "https://www.bleepingcomputer.com/news/security/popular-npm-library-hijacked-to-install-password-stealers-miners/"
      reference = "https://grumpy.systems/2021/ua-parser-js-compromise/"
      reference = "https://blog.sonatype.com/newly-found-npm-malware-mines-cryptocurrency-on-windows-linux-macos-devices"
      reference = "https://www.rapid7.com/blog/post/2021/10/25/npm-library-ua-parser-js-hijacked-what-you-need-to-know/"
      reference = "https://www.cve.org/CVERecord?id=CVE-2021-4229"
      date = "2021-10-22"
      score = 90
      id = "cc4a2d56-eeec-5662-a2fb-0efa4f07e33d"
      hash = "ea131cc5ccf6aa6544d6cb29cdb78130feed061d2097c6903215be1499464c2e"
      file_name = "jsextension"
      os = "linux"
      role = "payload"
      comment = "F4. Linux XMRig miner. SophosLabs Mal-BadNode.csv, BleepingComputer (VirusTotal link, samples from Sonatype), Checkmarx sandbox finding for ua-parser-js-0.7.29, The Record/Sonatype (same hash in the sister klow/klown/okhsa packages) (grade A)."
   condition:
      hash.sha256(0, filesize) == "ea131cc5ccf6aa6544d6cb29cdb78130feed061d2097c6903215be1499464c2e"
}

rule MAL_ua_parser_js_2021_Payload_Win_7f986cd3 {
   meta:
      description = "Detects the payload jsextension.exe (Windows) of ua-parser-js npm package hijack (October 2021) (iocc rule ua-parser-js-2021) by its hash"
      author = "iocc contributors"
      reference = "https://github.com/advisories/GHSA-pjwm-rvh2-c87w"
      reference = "https://github.com/faisalman/ua-parser-js/issues/536"
      reference = "https://www.cisa.gov/news-events/alerts/2021/10/22/malware-discovered-popular-npm-package-ua-parser-js"
      reference = "https://github.com/sophoslabs/IoCs/blob/1ea41a101cdc237527936a30af3410df8206366c/Mal-BadNode.csv"
      reference = "https://www.bleepingcomputer.com/news/security/popular-npm-library-hijacked-to-install-password-stealers-miners/"
      reference = "https://grumpy.systems/2021/ua-parser-js-compromise/"
      reference = "https://blog.sonatype.com/newly-found-npm-malware-mines-cryptocurrency-on-windows-linux-macos-devices"
      reference = "https://www.rapid7.com/blog/post/2021/10/25/npm-library-ua-parser-js-hijacked-what-you-need-to-know/"
      reference = "https://www.cve.org/CVERecord?id=CVE-2021-4229"
      date = "2021-10-22"
      score = 90
      id = "29510ccb-a730-5b03-979d-f782b612f2a4"
      hash = "7f986cd3c946f274cdec73f80b84855a77bc2a3c765d68897fbc42835629a5d5"
      file_name = "jsextension.exe"
      os = "windows"
      role = "payload"
      comment = "F5. Windows XMRig miner (VirusTotal also names it xmrig.exe per grumpy.systems). SophosLabs, BleepingComputer, grumpy.systems (citing Sonatype), The Record/Sonatype (klow) (grade A)."
   condition:
      hash.sha256(0, filesize) == "7f986cd3c946f274cdec73f80b84855a77bc2a3c765d68897fbc42835629a5d5"
}

rule MAL_ua_parser_js_2021_Payload_Win_2a3acdcd {
   meta:
      description = "Detects the payload create.dll (Windows) of ua-parser-js npm package hijack (October 2021) (iocc rule ua-parser-js-2021) by its hash"
      author = "iocc contributors"
      reference = "https://github.com/advisories/GHSA-pjwm-rvh2-c87w"
      reference = "https://github.com/faisalman/ua-parser-js/issues/536"
      reference = "https://www.cisa.gov/news-events/alerts/2021/10/22/malware-discovered-popular-npm-package-ua-parser-js"
      reference = "https://github.com/sophoslabs/IoCs/blob/1ea41a101cdc237527936a30af3410df8206366c/Mal-BadNode.csv"
      reference = "https://www.bleepingcomputer.com/news/security/popular-npm-library-hijacked-to-install-password-stealers-miners/"
      reference = "https://grumpy.systems/2021/ua-parser-js-compromise/"
      reference = "https://blog.sonatype.com/newly-found-npm-malware-mines-cryptocurrency-on-windows-linux-macos-devices"
      reference = "https://www.rapid7.com/blog/post/2021/10/25/npm-library-ua-parser-js-hijacked-what-you-need-to-know/"
      reference = "https://www.cve.org/CVERecord?id=CVE-2021-4229"
      date = "2021-10-22"
      score = 90
      id = "441d0449-8fa3-569b-935c-ff6cb572f35d"
      hash = "2a3acdcd76575762b18c18c644a745125f55ce121f742d2aad962521bc7f25fd"
      file_name = "create.dll"
      os = "windows"
      role = "payload"
      comment = "F6. sdd.dll from citationsherbe.at saved as create.dll; DanaBot-packed password stealer (Sophos: Mal/EncPk-AQC). SophosLabs, BleepingComputer, brutesquad/ua-parser-vuln README (VirusTotal link) (grade A). The served file was also called sdd.dll; on disk it is create.dll."
   condition:
      hash.sha256(0, filesize) == "2a3acdcd76575762b18c18c644a745125f55ce121f742d2aad962521bc7f25fd"
}

rule MAL_ua_parser_js_2021_Payload_Win_bb8ccdcf {
   meta:
      description = "Detects the payload (Windows) of ua-parser-js npm package hijack (October 2021) (iocc rule ua-parser-js-2021) by its hash"
      author = "iocc contributors"
      reference = "https://github.com/advisories/GHSA-pjwm-rvh2-c87w"
      reference = "https://github.com/faisalman/ua-parser-js/issues/536"
      reference = "https://www.cisa.gov/news-events/alerts/2021/10/22/malware-discovered-popular-npm-package-ua-parser-js"
      reference = "https://github.com/sophoslabs/IoCs/blob/1ea41a101cdc237527936a30af3410df8206366c/Mal-BadNode.csv"
      reference = "https://www.bleepingcomputer.com/news/security/popular-npm-library-hijacked-to-install-password-stealers-miners/"
      reference = "https://grumpy.systems/2021/ua-parser-js-compromise/"
      reference = "https://blog.sonatype.com/newly-found-npm-malware-mines-cryptocurrency-on-windows-linux-macos-devices"
      reference = "https://www.rapid7.com/blog/post/2021/10/25/npm-library-ua-parser-js-hijacked-what-you-need-to-know/"
      reference = "https://www.cve.org/CVERecord?id=CVE-2021-4229"
      date = "2021-10-22"
      score = 80
      id = "a858a208-f674-5dce-9175-7e2c6494ea18"
      hash = "bb8ccdcf17761f1e86d8ebbc1a12b123929c48c5eea4739b7619bd53728d412b"
      os = "windows"
      role = "payload"
      comment = "F7. \"New version of malicious DLL packer\" (the create.dll/sdd.dll stealer re-packed). SophosLabs only (grade B); file name not given."
   condition:
      hash.sha256(0, filesize) == "bb8ccdcf17761f1e86d8ebbc1a12b123929c48c5eea4739b7619bd53728d412b"
}

rule MAL_ua_parser_js_2021_Installer_30ee6285 {
   meta:
      description = "Detects the installer of ua-parser-js npm package hijack (October 2021) (iocc rule ua-parser-js-2021) by its hash"
      author = "iocc contributors"
      reference = "https://github.com/advisories/GHSA-pjwm-rvh2-c87w"
      reference = "https://github.com/faisalman/ua-parser-js/issues/536"
      reference = "https://www.cisa.gov/news-events/alerts/2021/10/22/malware-discovered-popular-npm-package-ua-parser-js"
      reference = "https://github.com/sophoslabs/IoCs/blob/1ea41a101cdc237527936a30af3410df8206366c/Mal-BadNode.csv"
      reference = "https://www.bleepingcomputer.com/news/security/popular-npm-library-hijacked-to-install-password-stealers-miners/"
      reference = "https://grumpy.systems/2021/ua-parser-js-compromise/"
      reference = "https://blog.sonatype.com/newly-found-npm-malware-mines-cryptocurrency-on-windows-linux-macos-devices"
      reference = "https://www.rapid7.com/blog/post/2021/10/25/npm-library-ua-parser-js-hijacked-what-you-need-to-know/"
      reference = "https://www.cve.org/CVERecord?id=CVE-2021-4229"
      date = "2021-10-22"
      score = 80
      id = "d6194732-8b95-50ca-9c5e-d406dbbcbf5a"
      hash = "30ee628504faea18dc99602971aafbc05a0b05dc964797edf49633f67cd178e2"
      role = "installer"
      comment = "F8. \"NPM UA-Parser package, containing legitimate UAParser.js 0.7.28 and three malicious payload files\" - the malicious tarball (likely ua-parser-js-0.7.29.tgz; version UNVERIFIED). SophosLabs only (grade B). Matches a cached or vendored .tgz, not an installed tree. No os: the tarball is OS-independent."
   condition:
      hash.sha256(0, filesize) == "30ee628504faea18dc99602971aafbc05a0b05dc964797edf49633f67cd178e2"
}
