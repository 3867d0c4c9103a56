// Simulated hosts for the incident rules of rules/: infected hosts as the public reports describe them
// (docs/incidents/<rule>.md, section "Emulated hosts") and clean ones — fixed builds, reverted packages,
// near-miss versions — that must return no rows at all. Hashes are the ones the sources print; a host
// file whose hash no source prints gets a value that is in no rule.
import type { Host } from './osquery-sim.js';

const notInAnyRule = (c: string): string => c.repeat(64);
const deb = (name: string, version: string, status = 'install ok installed') => ({
  name,
  version,
  status,
  arch: 'amd64',
  source: name === 'xz-utils' ? '' : 'xz-utils',
});
const rpm = (name: string, version: string, release: string, epoch?: number) => ({
  name,
  version,
  release,
  ...(epoch !== undefined && { epoch }),
  arch: 'x86_64',
});
const linuxUsers = [
  { username: 'root', uid: 0, directory: '/root' },
  { username: 'bob', uid: 1000, directory: '/home/bob' },
];

// ---- XZ Utils (CVE-2024-3094) ---------------------------------------------------------------------

const lib561 = '/usr/lib/x86_64-linux-gnu/liblzma.so.5.6.1';

export const xzInfected: Record<string, Host> = {
  'Debian sid, xz-utils 5.6.1-1, sshd has the library loaded': {
    platform: 'linux',
    files: [
      { path: lib561, size: 216_064, sha256: '605861f833fc181c7cdcabd5577ddb8989bea332648a8f498b4eef89b8f85ad4' },
    ],
    tables: {
      users: linuxUsers,
      deb_packages: [deb('xz-utils', '5.6.1-1'), deb('liblzma5', '5.6.1-1'), deb('liblzma-dev', '5.6.1-1')],
      processes: [{ pid: 700, name: 'sshd', path: '/usr/sbin/sshd' }],
      process_memory_map: [{ pid: 700, path: lib561 }],
    },
  },
  'Kali rolling, xz-utils 5.6.0-0.2 (packages only)': {
    platform: 'linux',
    tables: { users: linuxUsers, deb_packages: [deb('xz-utils', '5.6.0-0.2'), deb('liblzma5', '5.6.0-0.2')] },
  },
  'Fedora 40 beta, xz-libs 5.6.0-2.fc40 (no epoch)': {
    platform: 'linux',
    tables: { users: linuxUsers, rpm_packages: [rpm('xz', '5.6.0', '2.fc40'), rpm('xz-libs', '5.6.0', '2.fc40')] },
  },
  'openSUSE Tumbleweed 20240321, liblzma5 5.6.1-1.1': {
    platform: 'linux',
    tables: { users: linuxUsers, rpm_packages: [rpm('liblzma5', '5.6.1', '1.1'), rpm('xz', '5.6.1', '1.1')] },
  },
  'macOS, Homebrew xz 5.6.1 kept beside 5.4.6 (no brew cleanup)': {
    platform: 'darwin',
    tables: {
      homebrew_packages: [
        { name: 'xz', version: '5.6.1', type: 'formula', path: '/opt/homebrew/Cellar/xz' },
        { name: 'xz', version: '5.4.6', type: 'formula', path: '/opt/homebrew/Cellar/xz' },
      ],
    },
  },
};

export const xzClean: Record<string, Host> = {
  'Debian sid after DSA-5649-1 (5.6.1+really5.4.5-1); xzdec removed but not purged': {
    platform: 'linux',
    files: [{ path: '/usr/lib/x86_64-linux-gnu/liblzma.so.5.4.5', size: 200_000, sha256: notInAnyRule('a') }],
    tables: {
      users: linuxUsers,
      deb_packages: [
        deb('xz-utils', '5.6.1+really5.4.5-1'),
        deb('liblzma5', '5.6.1+really5.4.5-1'),
        deb('xzdec', '5.6.1-1', 'deinstall ok config-files'),
      ],
      processes: [{ pid: 700, name: 'sshd', path: '/usr/sbin/sshd' }],
      process_memory_map: [{ pid: 700, path: '/usr/lib/x86_64-linux-gnu/liblzma.so.5.4.5' }],
    },
  },
  'Debian 12 (5.4.1-1)': {
    platform: 'linux',
    tables: { users: linuxUsers, deb_packages: [deb('xz-utils', '5.4.1-1'), deb('liblzma5', '5.4.1-1')] },
  },
  'openSUSE Tumbleweed 20240328 (5.6.1.revertto5.4-2.1)': {
    platform: 'linux',
    tables: {
      users: linuxUsers,
      rpm_packages: [rpm('liblzma5', '5.6.1.revertto5.4', '2.1'), rpm('xz', '5.6.1.revertto5.4', '2.1')],
    },
  },
  'Fedora 40 after the revert (1:5.4.6-3.fc40)': {
    platform: 'linux',
    tables: {
      users: linuxUsers,
      rpm_packages: [rpm('xz', '5.4.6', '3.fc40', 1), rpm('xz-libs', '5.4.6', '3.fc40', 1)],
    },
  },
  'macOS, Homebrew xz 5.4.6 after cleanup': {
    platform: 'darwin',
    tables: { homebrew_packages: [{ name: 'xz', version: '5.4.6', type: 'formula', path: '/opt/homebrew/Cellar/xz' }] },
  },
};

// ---- SolarWinds Orion SUNBURST ---------------------------------------------------------------------

const orion = 'C:\\Program Files (x86)\\SolarWinds\\Orion';
const dll = 'SolarWinds.Orion.Core.BusinessLayer.dll';
const assemblyTmp = 'C:\\Windows\\System32\\config\\systemprofile\\AppData\\Local\\assembly\\tmp';
const hf5 = {
  size: 1_011_032,
  sha256: '32519b85c0b422e4656de6e6c41878e95fd95026267daab4215ee59c107d6c77',
  original_filename: dll,
  file_version: '2019.4.5200.9083',
  product_version: '2019.4.5200.9083',
};
const windowsUsers = [{ username: 'Administrator', uid: 500, directory: 'C:\\Users\\Administrator' }];

export const sunburstInfected: Record<string, Host> = {
  'Orion 2019.4 HF 5 server, BusinessLayerHost running, TEARDROP installed': {
    platform: 'windows',
    files: [
      { path: `${orion}\\${dll}`, ...hf5 },
      { path: `${orion}\\NPM\\${dll}`, ...hf5 },
      { path: `${assemblyTmp}\\7XQRWQ9D\\${dll}`, ...hf5 },
      { path: `${orion}\\SolarWinds.BusinessLayerHost.exe`, size: 80_000, sha256: notInAnyRule('b') },
      {
        path: 'C:\\Windows\\SysWOW64\\netsetupsvc.dll',
        size: 500_000,
        sha256: '118189f90da3788362fe85eafa555298423e21ec37f147f3bf88c61d4cd46c51',
      },
    ],
    tables: {
      users: windowsUsers,
      processes: [
        { pid: 2000, name: 'SolarWinds.BusinessLayerHost.exe', path: `${orion}\\SolarWinds.BusinessLayerHost.exe` },
      ],
      process_memory_map: [{ pid: 2000, path: `${orion}\\${dll}` }],
      dns_cache: [{ name: '7sbvaemscs0mc925tb99.appsync-api.us-west-2.avsvmcloud.com', type: 'A' }],
    },
  },
};

export const sunburstClean: Record<string, Host> = {
  'Orion 2020.2.1 HF 2 server; the genuine NetSetupSvc.dll in System32': {
    platform: 'windows',
    files: [
      {
        path: `${orion}\\${dll}`,
        size: 1_030_000,
        sha256: notInAnyRule('c'),
        original_filename: dll,
        file_version: '2020.2.15300.12766',
        product_version: '2020.2.15300.12766',
      },
      { path: `${assemblyTmp}\\ABCD1234\\${dll}`, size: 1_030_000, sha256: notInAnyRule('c') },
      { path: 'C:\\Windows\\System32\\NetSetupSvc.dll', size: 400_000, sha256: notInAnyRule('d') },
    ],
    tables: {
      users: windowsUsers,
      processes: [
        { pid: 2000, name: 'SolarWinds.BusinessLayerHost.exe', path: `${orion}\\SolarWinds.BusinessLayerHost.exe` },
      ],
      process_memory_map: [{ pid: 2000, path: `${orion}\\${dll}` }],
      dns_cache: [{ name: 'downloads.solarwinds.com', type: 'A' }],
    },
  },
};

// ---- ua-parser-js (npm) ------------------------------------------------------------------------------

const globalPkg = '/usr/local/lib/node_modules/ua-parser-js';
const roamingPkg = 'C:\\Users\\alice\\AppData\\Roaming\\npm\\node_modules\\ua-parser-js';

export const uaParserInfected: Record<string, Host> = {
  'Linux, global npm install of 0.7.29, miner running': {
    platform: 'linux',
    files: [
      {
        path: `${globalPkg}/jsextension`,
        size: 2_000_000,
        sha256: 'ea131cc5ccf6aa6544d6cb29cdb78130feed061d2097c6903215be1499464c2e',
      },
    ],
    npm: [
      {
        name: 'ua-parser-js',
        version: '0.7.29',
        path: `${globalPkg}/package.json`,
        directory: '/usr/local/lib',
        root: true,
      },
    ],
    tables: {
      users: linuxUsers,
      processes: [{ pid: 900, name: 'jsextension', path: `${globalPkg}/jsextension` }],
      process_open_sockets: [{ pid: 900, remote_address: '159.148.186.228', remote_port: 80, protocol: 6 }],
    },
  },
  'Windows, global npm install of 1.0.0, miner and stealer running': {
    platform: 'windows',
    files: [
      {
        path: `${roamingPkg}\\jsextension.exe`,
        size: 3_000_000,
        sha256: '7f986cd3c946f274cdec73f80b84855a77bc2a3c765d68897fbc42835629a5d5',
      },
      {
        path: `${roamingPkg}\\create.dll`,
        size: 600_000,
        sha256: '2a3acdcd76575762b18c18c644a745125f55ce121f742d2aad962521bc7f25fd',
      },
    ],
    npm: [
      {
        name: 'ua-parser-js',
        version: '1.0.0',
        path: `${roamingPkg}\\package.json`,
        directory: 'C:\\Users\\alice\\AppData\\Roaming\\npm',
        root: true,
      },
    ],
    tables: {
      users: [{ username: 'alice', uid: 1001, directory: 'C:\\Users\\alice' }],
      processes: [
        { pid: 50, name: 'jsextension.exe', path: `${roamingPkg}\\jsextension.exe` },
        { pid: 51, name: 'regsvr32.exe', path: 'C:\\Windows\\System32\\regsvr32.exe' },
      ],
      process_memory_map: [{ pid: 51, path: `${roamingPkg}\\create.dll` }],
      dns_cache: [{ name: 'citationsherbe.at', type: 'A' }],
    },
  },
};

/** A project-local install: osquery lists it only when asked for the project folder (npm_directories). */
export const uaParserInProject: Host = {
  platform: 'linux',
  npm: [
    {
      name: 'ua-parser-js',
      version: '0.8.0',
      path: '/home/bob/app/node_modules/ua-parser-js/package.json',
      directory: '/home/bob/app',
    },
  ],
  tables: { users: linuxUsers },
};

export const uaParserClean: Record<string, Host> = {
  'Linux, the fixed 0.7.30 and an older 0.7.28': {
    platform: 'linux',
    npm: [
      {
        name: 'ua-parser-js',
        version: '0.7.30',
        path: `${globalPkg}/package.json`,
        directory: '/usr/local/lib',
        root: true,
      },
      {
        name: 'ua-parser-js',
        version: '0.7.28',
        path: '/usr/local/lib/node_modules/other/node_modules/ua-parser-js/package.json',
        directory: '/usr/local/lib',
        root: true,
      },
    ],
    tables: { users: linuxUsers, processes: [{ pid: 900, name: 'node', path: '/usr/bin/node' }] },
  },
  'Windows, the fixed 1.0.1': {
    platform: 'windows',
    npm: [
      {
        name: 'ua-parser-js',
        version: '1.0.1',
        path: `${roamingPkg}\\package.json`,
        directory: 'C:\\Users\\alice\\AppData\\Roaming\\npm',
        root: true,
      },
    ],
    tables: { users: [{ username: 'alice', uid: 1001, directory: 'C:\\Users\\alice' }] },
  },
};

// ---- ultralytics (PyPI) ------------------------------------------------------------------------------

const venv = '/home/bob/.venv/lib/python3.11/site-packages';

export const ultralyticsInfected: Record<string, Host> = {
  "Linux, 8.3.41 in a user's virtualenv, miner running (comm cut to 15 characters)": {
    platform: 'linux',
    files: [{ path: '/tmp/ultralytics_runner', size: 6_000_000 }],
    python: [
      {
        name: 'ultralytics',
        version: '8.3.41',
        path: `${venv}/ultralytics-8.3.41.dist-info`,
        directory: venv,
        uid: 1000,
      },
    ],
    tables: {
      users: linuxUsers,
      processes: [{ pid: 77, name: 'ultralytics_run', path: '/tmp/ultralytics_runner' }],
    },
  },
  'Linux, the miner still running after its file was deleted': {
    platform: 'linux',
    tables: {
      users: linuxUsers,
      processes: [{ pid: 78, name: 'ultralytics_run', path: '/tmp/ultralytics_runner', on_disk: 0 }],
    },
  },
  'macOS, 8.3.42 in the system site-packages, written Ultralytics': {
    platform: 'darwin',
    python: [
      {
        name: 'Ultralytics',
        version: '8.3.42',
        path: '/Library/Python/3.9/site-packages/ultralytics-8.3.42.dist-info',
        directory: '/Library/Python/3.9/site-packages',
        uid: 0,
      },
    ],
    tables: { users: [{ username: 'root', uid: 0, directory: '/var/root' }] },
  },
  'Windows, 8.3.46 (no miner ran there)': {
    platform: 'windows',
    python: [
      {
        name: 'ultralytics',
        version: '8.3.46',
        path:
          'C:\\Users\\alice\\AppData\\Local\\Programs\\Python\\Python311\\Lib\\site-packages\\' +
          'ultralytics-8.3.46.dist-info',
        directory: 'C:\\Users\\alice\\AppData\\Local\\Programs\\Python\\Python311\\Lib\\site-packages',
        uid: 1001,
      },
    ],
    tables: { users: [{ username: 'alice', uid: 1001, directory: 'C:\\Users\\alice' }] },
  },
};

export const ultralyticsClean: Record<string, Host> = {
  'Linux, the clean 8.3.43, 8.3.44 and 8.3.47 in three environments': {
    platform: 'linux',
    python: [
      {
        name: 'ultralytics',
        version: '8.3.43',
        path: `${venv}/ultralytics-8.3.43.dist-info`,
        directory: venv,
        uid: 1000,
      },
      {
        name: 'ultralytics',
        version: '8.3.44',
        path: '/root/.venv/ultralytics-8.3.44.dist-info',
        directory: '/root/.venv',
        uid: 0,
      },
      {
        name: 'ultralytics',
        version: '8.3.47',
        path: '/usr/lib/python3/dist-packages/ultralytics-8.3.47.dist-info',
        directory: '/usr/lib/python3/dist-packages',
        uid: 0,
      },
    ],
    tables: { users: linuxUsers, processes: [{ pid: 77, name: 'python3', path: '/usr/bin/python3.11' }] },
  },
};
