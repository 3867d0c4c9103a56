/*
   Hash and version-information rules compiled by iocc from rule ultralytics-pypi-2024. Edit the rule, not this file.
*/

import "hash"

rule MAL_ultralytics_pypi_2024_Installer_8_3_42_e9d53820 {
   meta:
      description = "Detects the installer (8.3.42) of ultralytics PyPI releases with an XMRig miner (December 2024) (iocc rule ultralytics-pypi-2024) by its hash"
      author = "iocc contributors"
      reference = "https://github.com/ultralytics/ultralytics/issues/18027"
      reference = "https://github.com/ultralytics/ultralytics/pull/18018"
      reference = "https://blog.pypi.org/posts/2024-12-11-ultralytics-attack-analysis/"
      reference = "https://blog.yossarian.net/2024/12/06/zizmor-ultralytics-injection"
      reference = "https://www.wiz.io/blog/ultralytics-ai-library-hacked-via-github-for-cryptomining"
      reference = "https://snyk.io/blog/ultralytics-ai-pwn-request-supply-chain-attack/"
      reference = "https://mp.weixin.qq.com/s?__biz=MzI2MDc2MDA4OA==&mid=2247513239&idx=1&sn=cb6b7ec1d59519a7949572b1b4f467b3"
      reference = "https://github.com/opendatalab/PDF-Extract-Kit/issues/193"
      date = "2024-12-05"
      score = 65
      id = "c558fac4-9aa2-52f5-a573-65d10f44cef9"
      hash = "e9d538203ac43e9df11b68803470c116b7bb02881cd06175b0edfc4438d4d1a2"
      version = "8.3.42"
      role = "installer"
      comment = "U4. Hash of a corrupted 8.3.42 distribution file printed before \"Publish to PyPI\" in the GitHub Actions log (renzhexigua, ultralytics#18027); also in the Snyk IOC list (as scraped, unlabelled) (grade B). File name (wheel or tar.gz) UNVERIFIED. Matches a cached or mirrored artifact, not an installed tree."
   condition:
      hash.sha256(0, filesize) == "e9d538203ac43e9df11b68803470c116b7bb02881cd06175b0edfc4438d4d1a2"
}

rule MAL_ultralytics_pypi_2024_Installer_8_3_41_bcf1a6a7 {
   meta:
      description = "Detects the installer (8.3.41) of ultralytics PyPI releases with an XMRig miner (December 2024) (iocc rule ultralytics-pypi-2024) by its hash"
      author = "iocc contributors"
      reference = "https://github.com/ultralytics/ultralytics/issues/18027"
      reference = "https://github.com/ultralytics/ultralytics/pull/18018"
      reference = "https://blog.pypi.org/posts/2024-12-11-ultralytics-attack-analysis/"
      reference = "https://blog.yossarian.net/2024/12/06/zizmor-ultralytics-injection"
      reference = "https://www.wiz.io/blog/ultralytics-ai-library-hacked-via-github-for-cryptomining"
      reference = "https://snyk.io/blog/ultralytics-ai-pwn-request-supply-chain-attack/"
      reference = "https://mp.weixin.qq.com/s?__biz=MzI2MDc2MDA4OA==&mid=2247513239&idx=1&sn=cb6b7ec1d59519a7949572b1b4f467b3"
      reference = "https://github.com/opendatalab/PDF-Extract-Kit/issues/193"
      date = "2024-12-05"
      score = 55
      id = "8f67435a-baf4-5d33-a97f-1bf1ee1c362d"
      hash = "bcf1a6a7232fbf84fee46ee3fc5948b4a6add82207db669e4ada7c051d1a8a7d"
      version = "8.3.41"
      role = "installer"
      comment = "U5. Same log, 8.3.41 (renzhexigua, ultralytics#18027) (grade C: one community comment; file name UNVERIFIED)."
   condition:
      hash.sha256(0, filesize) == "bcf1a6a7232fbf84fee46ee3fc5948b4a6add82207db669e4ada7c051d1a8a7d"
}

rule MAL_ultralytics_pypi_2024_File_ece94f77 {
   meta:
      description = "Detects the other of ultralytics PyPI releases with an XMRig miner (December 2024) (iocc rule ultralytics-pypi-2024) by its hash"
      author = "iocc contributors"
      reference = "https://github.com/ultralytics/ultralytics/issues/18027"
      reference = "https://github.com/ultralytics/ultralytics/pull/18018"
      reference = "https://blog.pypi.org/posts/2024-12-11-ultralytics-attack-analysis/"
      reference = "https://blog.yossarian.net/2024/12/06/zizmor-ultralytics-injection"
      reference = "https://www.wiz.io/blog/ultralytics-ai-library-hacked-via-github-for-cryptomining"
      reference = "https://snyk.io/blog/ultralytics-ai-pwn-request-supply-chain-attack/"
      reference = "https://mp.weixin.qq.com/s?__biz=MzI2MDc2MDA4OA==&mid=2247513239&idx=1&sn=cb6b7ec1d59519a7949572b1b4f467b3"
      reference = "https://github.com/opendatalab/PDF-Extract-Kit/issues/193"
      date = "2024-12-05"
      score = 55
      id = "71f046b4-e5b3-5245-8879-6d9eea987f4b"
      hash = "ece94f77f6bae2e5da89e97ac1522101"
      role = "other"
      comment = "U6. Qianxin Threat Intelligence Center IOC list (unlabelled MD5; which file is not stated) (grade C)."
   condition:
      hash.md5(0, filesize) == "ece94f77f6bae2e5da89e97ac1522101"
}

rule MAL_ultralytics_pypi_2024_File_eb550614 {
   meta:
      description = "Detects the other of ultralytics PyPI releases with an XMRig miner (December 2024) (iocc rule ultralytics-pypi-2024) by its hash"
      author = "iocc contributors"
      reference = "https://github.com/ultralytics/ultralytics/issues/18027"
      reference = "https://github.com/ultralytics/ultralytics/pull/18018"
      reference = "https://blog.pypi.org/posts/2024-12-11-ultralytics-attack-analysis/"
      reference = "https://blog.yossarian.net/2024/12/06/zizmor-ultralytics-injection"
      reference = "https://www.wiz.io/blog/ultralytics-ai-library-hacked-via-github-for-cryptomining"
      reference = "https://snyk.io/blog/ultralytics-ai-pwn-request-supply-chain-attack/"
      reference = "https://mp.weixin.qq.com/s?__biz=MzI2MDc2MDA4OA==&mid=2247513239&idx=1&sn=cb6b7ec1d59519a7949572b1b4f467b3"
      reference = "https://github.com/opendatalab/PDF-Extract-Kit/issues/193"
      date = "2024-12-05"
      score = 55
      id = "cf73406e-391d-58d5-9e33-8f220eb1011d"
      hash = "eb5506148a2d59f6d7a0db4725db1f05"
      role = "other"
      comment = "U7. Qianxin IOC list (unlabelled) (grade C)."
   condition:
      hash.md5(0, filesize) == "eb5506148a2d59f6d7a0db4725db1f05"
}

rule MAL_ultralytics_pypi_2024_File_bda5bc07 {
   meta:
      description = "Detects the other of ultralytics PyPI releases with an XMRig miner (December 2024) (iocc rule ultralytics-pypi-2024) by its hash"
      author = "iocc contributors"
      reference = "https://github.com/ultralytics/ultralytics/issues/18027"
      reference = "https://github.com/ultralytics/ultralytics/pull/18018"
      reference = "https://blog.pypi.org/posts/2024-12-11-ultralytics-attack-analysis/"
      reference = "https://blog.yossarian.net/2024/12/06/zizmor-ultralytics-injection"
      reference = "https://www.wiz.io/blog/ultralytics-ai-library-hacked-via-github-for-cryptomining"
      reference = "https://snyk.io/blog/ultralytics-ai-pwn-request-supply-chain-attack/"
      reference = "https://mp.weixin.qq.com/s?__biz=MzI2MDc2MDA4OA==&mid=2247513239&idx=1&sn=cb6b7ec1d59519a7949572b1b4f467b3"
      reference = "https://github.com/opendatalab/PDF-Extract-Kit/issues/193"
      date = "2024-12-05"
      score = 55
      id = "18797149-d8fc-5ee3-a3f2-53a4f9501e86"
      hash = "bda5bc07b3579cca96d5aa5a88c096b4"
      role = "other"
      comment = "U8. Qianxin IOC list (unlabelled) (grade C)."
   condition:
      hash.md5(0, filesize) == "bda5bc07b3579cca96d5aa5a88c096b4"
}

rule MAL_ultralytics_pypi_2024_File_8f4fff0d {
   meta:
      description = "Detects the other of ultralytics PyPI releases with an XMRig miner (December 2024) (iocc rule ultralytics-pypi-2024) by its hash"
      author = "iocc contributors"
      reference = "https://github.com/ultralytics/ultralytics/issues/18027"
      reference = "https://github.com/ultralytics/ultralytics/pull/18018"
      reference = "https://blog.pypi.org/posts/2024-12-11-ultralytics-attack-analysis/"
      reference = "https://blog.yossarian.net/2024/12/06/zizmor-ultralytics-injection"
      reference = "https://www.wiz.io/blog/ultralytics-ai-library-hacked-via-github-for-cryptomining"
      reference = "https://snyk.io/blog/ultralytics-ai-pwn-request-supply-chain-attack/"
      reference = "https://mp.weixin.qq.com/s?__biz=MzI2MDc2MDA4OA==&mid=2247513239&idx=1&sn=cb6b7ec1d59519a7949572b1b4f467b3"
      reference = "https://github.com/opendatalab/PDF-Extract-Kit/issues/193"
      date = "2024-12-05"
      score = 55
      id = "5bce7d2f-15bf-58a3-981c-4444796c8ca6"
      hash = "8f4fff0ded94f1141768220906abfbb8"
      role = "other"
      comment = "U9. Qianxin IOC list (unlabelled) (grade C)."
   condition:
      hash.md5(0, filesize) == "8f4fff0ded94f1141768220906abfbb8"
}
