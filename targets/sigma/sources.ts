// The log sources iocc writes Sigma rules for, with SigmaHQ's file-name prefix of each
// (pySigma-validators-sigmaHQ tools/sigmahq_filename.json) and what a match is.

export interface LogSource {
  readonly key: string;
  /** SigmaHQ file-name prefix for this log source. */
  readonly prefix: string;
  /** The title suffix that tells this rule from its siblings (SigmaHQ: "Main Title - Suffix"). */
  readonly title: string;
  readonly category: string;
  readonly product?: string;
  /** What a match is, for the description: "the execution of files". */
  readonly what: string;
  /** Network log sources get a rule's network techniques, the others its host techniques. */
  readonly network: boolean;
}

export const sources = {
  proc_creation_win: {
    key: 'proc_creation_win',
    prefix: 'proc_creation_win_',
    title: 'Process Creation',
    category: 'process_creation',
    product: 'windows',
    what: 'the execution of files',
    network: false,
  },
  image_load_win: {
    key: 'image_load_win',
    prefix: 'image_load_',
    title: 'Image Load',
    category: 'image_load',
    product: 'windows',
    what: 'the loading of libraries',
    network: false,
  },
  driver_load_win: {
    key: 'driver_load_win',
    prefix: 'driver_load_win_',
    title: 'Driver Load',
    category: 'driver_load',
    product: 'windows',
    what: 'the loading of kernel drivers',
    network: false,
  },
  create_stream_hash_win: {
    key: 'create_stream_hash_win',
    prefix: 'create_stream_hash_',
    title: 'Downloaded File',
    category: 'create_stream_hash',
    product: 'windows',
    what: 'the download of installers',
    network: false,
  },
  file_event_win: {
    key: 'file_event_win',
    prefix: 'file_event_win_',
    title: 'File Creation',
    category: 'file_event',
    product: 'windows',
    what: 'the creation of files',
    network: false,
  },
  dns_query_win: {
    key: 'dns_query_win',
    prefix: 'dns_query_win_',
    title: 'DNS Query',
    category: 'dns_query',
    product: 'windows',
    what: 'DNS queries for domains',
    network: true,
  },
  net_connection_win: {
    key: 'net_connection_win',
    prefix: 'net_connection_win_',
    title: 'Network Connection',
    category: 'network_connection',
    product: 'windows',
    what: 'network connections to hosts and addresses',
    network: true,
  },
  proxy: {
    key: 'proxy',
    prefix: 'proxy_',
    title: 'Proxy',
    category: 'proxy',
    what: 'web requests to hosts and URLs',
    network: true,
  },
  proc_creation_macos: {
    key: 'proc_creation_macos',
    prefix: 'proc_creation_macos_',
    title: 'Process Creation (macOS)',
    category: 'process_creation',
    product: 'macos',
    what: 'the execution of files',
    network: false,
  },
  file_event_macos: {
    key: 'file_event_macos',
    prefix: 'file_event_macos_',
    title: 'File Creation (macOS)',
    category: 'file_event',
    product: 'macos',
    what: 'the creation of files',
    network: false,
  },
  proc_creation_lnx: {
    key: 'proc_creation_lnx',
    prefix: 'proc_creation_lnx_',
    title: 'Process Creation (Linux)',
    category: 'process_creation',
    product: 'linux',
    what: 'the execution of files',
    network: false,
  },
  file_event_lnx: {
    key: 'file_event_lnx',
    prefix: 'file_event_lnx_',
    title: 'File Creation (Linux)',
    category: 'file_event',
    product: 'linux',
    what: 'the creation of files',
    network: false,
  },
} as const satisfies Record<string, LogSource>;
