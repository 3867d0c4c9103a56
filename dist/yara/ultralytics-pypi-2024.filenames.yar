/*
   File-name rules (external variables filename and filepath) compiled by iocc from rule ultralytics-pypi-2024. Edit the rule, not this file.
*/

rule MAL_ultralytics_pypi_2024_Filename_Lnx_ultralytics_runner_1 {
   meta:
      description = "Detects the payload ultralytics_runner (Linux) of ultralytics PyPI releases with an XMRig miner (December 2024) (iocc rule ultralytics-pypi-2024) by its file name in a known folder; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
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
      score = 75
      id = "87bbd505-86b7-594d-be59-757512704988"
      file_name = "ultralytics_runner"
      os = "linux"
      role = "payload"
      comment = "U1. XMRig miner (Linux x86_64 blob 665bb8add8c21d28a961fe3f93c12b249df10787) saved and run as /tmp/ultralytics_runner by 8.3.41/8.3.42. Ultralytics advisory (PR #18018), issue #18027, Qianxin, user reports (ogkalu2/comic-translate#184, ultralytics#18030 \"ultralytics_run\") (grade A). No source prints a hash of the binary; the git blob ids are not file hashes."
   condition:
      filename == "ultralytics_runner" and (filepath == "/tmp")
}

rule MAL_ultralytics_pypi_2024_Filename_MacOS_ultralytics_runner_2 {
   meta:
      description = "Detects the payload ultralytics_runner (macOS) of ultralytics PyPI releases with an XMRig miner (December 2024) (iocc rule ultralytics-pypi-2024) by its file name in a known folder; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
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
      score = 75
      id = "60a28c55-0ee4-53f5-9f40-836bff49f8e5"
      file_name = "ultralytics_runner"
      os = "macos"
      role = "payload"
      comment = "U2. Same dropper on macOS arm64 (blob 5e67b0e4375f63eb6892b33b1f98e900802312c2). Ultralytics advisory, Qianxin (grade A for the path; no macOS victim report found). /private/tmp is where /tmp points on macOS; whether osquery reports that form is UNVERIFIED. On Windows the same code fails with FileNotFoundError for \"/tmp/ultralytics_runner\" (several user reports), so no Windows entry."
   condition:
      filename iequals "ultralytics_runner" and (filepath iequals "/private/tmp" or filepath iequals "/tmp")
}

rule MAL_ultralytics_pypi_2024_Filename_Lnx_xmrig_6_22_2_linux_static_x64_tar_gz_3 {
   meta:
      description = "Detects the payload xmrig-6.22.2-linux-static-x64.tar.gz (Linux) of ultralytics PyPI releases with an XMRig miner (December 2024) (iocc rule ultralytics-pypi-2024) by its file name; needs the external variables filename and filepath (LOKI, THOR, yara -d)"
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
      id = "ec487847-3a51-5831-b67b-2baaccc53daf"
      file_name = "xmrig-6.22.2-linux-static-x64.tar.gz"
      os = "linux"
      role = "payload"
      comment = "U3. Downloaded into the current directory by the 8.3.46 ultralytics/__init__.py (wget from github.com/xmrig/xmrig releases), unpacked to xmrig-6.22.2/ and run as ./xmrig. One user report (opendatalab/PDF-Extract-Kit#193) (grade B for 8.3.46; 8.3.45 UNVERIFIED). This is the genuine upstream XMRig release, so a hit shows XMRig, not this campaign."
   condition:
      filename == "xmrig-6.22.2-linux-static-x64.tar.gz"
}
