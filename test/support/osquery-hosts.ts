// Simulated hosts for the osquery tests: compromised ones that the queries must hit, and clean ones
// (same products, fixed versions, other hashes, near-miss names) that must return no rows at all.
import type { Host, SimFile } from './osquery-sim.js';

const MB = 1024 * 1024;
const h = (c: string, n: number): string => c.repeat(n);

// ---- hosts for test/fixtures/all-kinds.yaml -------------------------------------------------

const appDir = 'C:\\Users\\alice\\AppData\\Local\\Programs\\App';

export const allKinds: Record<string, Host> = {
  'windows, compromised': {
    platform: 'windows',
    files: [
      {
        path: `${appDir}\\App.exe`,
        size: 2 * MB,
        sha256: h('4', 64),
        original_filename: 'AppMain.exe',
        file_version: '1.2.3.0',
        product_version: '1.2.3',
      },
      { path: `${appDir}\\d3dcompiler_47.dll`, size: 4 * MB, md5: h('3', 32) },
      { path: 'C:\\ProgramData\\Evil Corp\\evil.dll', size: 100_000, sha256: h('2', 64), sha1: h('2', 40) },
      { path: 'C:\\Windows\\Temp\\evil.exe', size: 50_000, sha256: h('1', 64) },
      { path: 'C:\\Users\\alice\\Downloads\\setup-1.2.3.msi', size: MB, sha256: h('5', 64) },
      { path: 'C:\\Tools\\renamed.exe', size: 10_000, original_filename: 'tool.exe' },
      { path: 'C:\\Windows\\x.exe', size: 10_000, sha256: h('8', 64) },
    ],
    tables: {
      users: [
        { username: 'alice', uid: 1001, directory: 'C:\\Users\\alice' },
        { username: 'nohome', uid: 1002, directory: '' },
      ],
      processes: [
        { pid: 4, name: 'System', path: '' },
        { pid: 10, name: 'App.exe', path: `${appDir}\\App.exe` },
        { pid: 11, name: 'evil.exe', path: 'C:\\Windows\\Temp\\evil.exe' },
        { pid: 12, name: 'renamed.exe', path: 'C:\\Tools\\renamed.exe' },
        { pid: 13, name: 'x.exe', path: 'C:\\Windows\\x.exe' },
      ],
      process_memory_map: [
        { pid: 10, path: `${appDir}\\d3dcompiler_47.dll` },
        { pid: 10, path: `${appDir}\\d3dcompiler_47.dll` },
        { pid: 10, path: 'C:\\ProgramData\\Evil Corp\\EVIL.DLL' },
      ],
      programs: [{ name: 'App', version: '1.2.3', publisher: 'Example' }],
      dns_cache: [{ name: 'cdn.evil.example.com', type: 'A' }],
      // What osquery writes on Windows: TCP peers by InetNtop, '0' for every UDP socket (IPv4 and IPv6).
      process_open_sockets: [
        { pid: 4, family: 2, protocol: 17, remote_address: '0', remote_port: 0 },
        { pid: 4, family: 23, protocol: 17, remote_address: '0', remote_port: 0 },
        { pid: 4, family: 23, protocol: 6, remote_address: '::', remote_port: 0 },
        { pid: 10, family: 23, protocol: 6, remote_address: '2606:4700:4700::1111', remote_port: 443 },
        { pid: 11, family: 2, protocol: 6, remote_address: '45.77.1.2', remote_port: 443 },
        { pid: 11, family: 2, protocol: 6, remote_address: '45.77.8.9', remote_port: 80 },
      ],
    },
  },
  'windows, compromised, files larger than --read_max': {
    platform: 'windows',
    files: [
      {
        path: `${appDir}\\App.exe`,
        size: 150 * MB,
        sha256: h('4', 64),
        original_filename: 'AppMain.exe',
        file_version: '1.2.3',
        product_version: '1.2.3.0',
      },
      { path: 'C:\\Users\\alice\\Downloads\\setup-1.2.3.msi', size: 120 * MB, sha256: h('5', 64) },
    ],
    tables: {
      users: [{ username: 'alice', uid: 1001, directory: 'C:\\Users\\alice' }],
      processes: [{ pid: 10, name: 'App.exe', path: `${appDir}\\App.exe` }],
    },
  },
  'darwin, compromised': {
    platform: 'darwin',
    files: [
      { path: '/Users/bob/Library/Application Support/App/UpdateAgent', size: 1000 },
      { path: '/Users/bob/Downloads/setup.dmg', size: 70_000_000, sha256: h('6', 64) },
      { path: '/Applications/Evil.app/Contents/Frameworks/libevil.dylib', size: 300_000, sha256: h('7', 64) },
      { path: '/usr/local/bin/x', size: 10_000, sha256: h('8', 64) },
    ],
    tables: {
      users: [
        { username: 'bob', uid: 501, directory: '/Users/bob' },
        { username: '_www', uid: 70, directory: '/Library/WebServer' },
      ],
      processes: [
        { pid: 20, name: 'Evil', path: '/Applications/Evil.app/Contents/MacOS/Evil' },
        { pid: 21, name: 'x', path: '/usr/local/bin/x' },
        { pid: 22, name: 'UpdateAgent', path: '/Users/bob/Library/Application Support/App/UpdateAgent' },
      ],
      process_memory_map: [{ pid: 20, path: '/Applications/Evil.app/Contents/Frameworks/libevil.dylib' }],
      apps: [
        {
          name: 'App.app',
          path: '/Applications/App.app',
          bundle_identifier: 'com.example.app',
          bundle_short_version: '1.2.3',
        },
      ],
      // What osquery writes on macOS: family 0 and '' for AF_UNIX; family 10 for every IPv6 socket, whose
      // IPv4 peer (a dual-stack socket) is printed as a.b.c.d.
      process_open_sockets: [
        { pid: 20, family: 0, protocol: 0, remote_address: '', remote_port: 0, path: '/var/run/mDNSResponder' },
        { pid: 20, family: 10, protocol: 6, remote_address: 'fe80::1', remote_port: 443 },
        { pid: 21, family: 10, protocol: 6, remote_address: '45.77.8.200', remote_port: 443 },
      ],
    },
  },
  'linux, compromised': {
    platform: 'linux',
    files: [
      { path: '/opt/app/bin/app', size: 10_000, sha256: h('9', 64) },
      { path: '/tmp/implant', size: 10_000 },
    ],
    tables: {
      users: [{ username: 'root', uid: 0, directory: '/root' }],
      processes: [
        { pid: 30, name: 'implant', path: '/tmp/implant' },
        { pid: 31, name: 'app', path: '/opt/app/bin/app' },
      ],
      process_memory_map: [{ pid: 30, path: '/usr/lib/evil.so' }],
      deb_packages: [{ name: 'app', version: '1.2.3', status: 'install ok installed' }],
      rpm_packages: [{ name: 'app', version: '1.2.3', release: '1.fc40', arch: 'x86_64' }],
      // What osquery writes on Linux: family 1 and '' for AF_UNIX; IPv4 peers of IPv6 sockets as ::ffff:a.b.c.d.
      process_open_sockets: [
        { pid: 1, family: 1, protocol: 0, remote_address: '', remote_port: 0, path: '/run/systemd/notify' },
        { pid: 31, family: 10, protocol: 6, remote_address: '::', remote_port: 0 },
        { pid: 30, family: 10, protocol: 6, remote_address: '::ffff:45.77.1.2', remote_port: 443 },
        { pid: 30, family: 10, protocol: 6, remote_address: '::ffff:45.77.8.9', remote_port: 443 },
        { pid: 30, family: 10, protocol: 6, remote_address: '2a0d:5600:24::7', remote_port: 443 },
      ],
    },
  },
};

export const allKindsClean: Record<string, Host> = {
  'windows, clean': {
    platform: 'windows',
    files: [
      {
        path: `${appDir}\\App.exe`,
        size: 2 * MB,
        sha256: h('a', 64),
        original_filename: 'AppMain.exe',
        file_version: '1.2.30.0',
        product_version: '1.2.30',
      },
      { path: `${appDir}\\d3dcompiler_47.dll`, size: 4 * MB, md5: h('b', 32) },
      { path: 'C:\\Users\\alice\\Downloads\\setup-1.2.4.msi', size: MB, sha256: h('c', 64) },
      { path: 'C:\\Users\\alice\\Downloads\\setup-1.2.3.msi.txt', size: 10, sha256: h('d', 64) },
      { path: 'C:\\Users\\alice\\Downloads\\big-setup.msi', size: 200 * MB, sha256: h('e', 64) },
      { path: 'C:\\Tools\\other.exe', size: 10_000, original_filename: 'tool2.exe' },
    ],
    tables: {
      users: [{ username: 'alice', uid: 1001, directory: 'C:\\Users\\alice' }],
      processes: [
        { pid: 10, name: 'App.exe', path: `${appDir}\\App.exe` },
        { pid: 12, name: 'other.exe', path: 'C:\\Tools\\other.exe' },
        { pid: 13, name: 'evil.exe.bak', path: 'C:\\evil.exe.bak' },
      ],
      process_memory_map: [
        { pid: 10, path: `${appDir}\\d3dcompiler_47.dll` },
        { pid: 10, path: 'C:\\Windows\\System32\\notevil.dll' },
      ],
      programs: [
        { name: 'App', version: '1.2.30', publisher: 'Example' },
        { name: 'App Helper', version: '1.2.3', publisher: 'Example' },
      ],
      dns_cache: [
        { name: 'notevil.example.com', type: 'A' },
        { name: 'example.com', type: 'A' },
        { name: 'evil.example.com.attacker-test.net', type: 'A' },
      ],
      process_open_sockets: [
        { pid: 4, family: 2, protocol: 17, remote_address: '0', remote_port: 0 },
        { pid: 4, family: 23, protocol: 17, remote_address: '0', remote_port: 0 },
        { pid: 10, family: 2, protocol: 6, remote_address: '45.77.1.20', remote_port: 443 },
        { pid: 10, family: 2, protocol: 6, remote_address: '45.77.9.1', remote_port: 443 },
        { pid: 10, family: 23, protocol: 6, remote_address: '::ffff:45.77.9.1', remote_port: 443 },
        { pid: 10, family: 23, protocol: 6, remote_address: '2a0d:5600:25::1', remote_port: 443 },
      ],
    },
  },
  'darwin, clean': {
    platform: 'darwin',
    files: [
      { path: '/Users/bob/Downloads/setup.dmg', size: 70_000_001, sha256: h('f', 64) },
      { path: '/Users/bob/Library/Application Support/App/config.json', size: 100 },
    ],
    tables: {
      users: [{ username: 'bob', uid: 501, directory: '/Users/bob' }],
      processes: [{ pid: 20, name: 'App', path: '/Applications/App.app/Contents/MacOS/App' }],
      process_memory_map: [{ pid: 20, path: '/usr/lib/libnotevil.dylib' }],
      process_open_sockets: [
        { pid: 20, family: 0, protocol: 0, remote_address: '', remote_port: 0, path: '/var/run/syslog' },
        { pid: 20, family: 10, protocol: 6, remote_address: '45.77.7.255', remote_port: 443 },
      ],
      apps: [
        {
          name: 'App.app',
          path: '/Applications/App.app',
          bundle_identifier: 'com.example.app',
          bundle_short_version: '1.2.4',
        },
      ],
    },
  },
  'linux, clean': {
    platform: 'linux',
    files: [{ path: '/opt/app/bin/app', size: 10_000, sha256: h('0', 64) }],
    tables: {
      users: [{ username: 'root', uid: 0, directory: '/root' }],
      processes: [
        { pid: 30, name: 'implant-updater', path: '/usr/bin/implant-updater' },
        { pid: 31, name: 'app', path: '/opt/app/bin/app' },
      ],
      process_memory_map: [{ pid: 31, path: '/usr/lib/notevil.so' }],
      process_open_sockets: [
        { pid: 1, family: 1, protocol: 0, remote_address: '', remote_port: 0, path: '/run/systemd/notify' },
        { pid: 31, family: 10, protocol: 6, remote_address: '::ffff:45.77.9.0', remote_port: 443 },
        { pid: 31, family: 10, protocol: 6, remote_address: '2a0d:5600:23:ffff::1', remote_port: 443 },
      ],
      deb_packages: [{ name: 'app', version: '1.2.4', status: 'install ok installed' }],
      rpm_packages: [{ name: 'app-extras', version: '1.2.3' }],
    },
  },
};

// ---- hosts for the 3CX rule --------------------------------------------------------------------------

const win3cx = 'C:\\Users\\alice\\AppData\\Local\\Programs\\3CXDesktopApp';
const macApp = '/Applications/3CX Desktop App.app/Contents/MacOS/3CX Desktop App';

function windows3cx(version: string, exe: SimFile, installer: SimFile): Host {
  return {
    platform: 'windows',
    files: [exe, installer],
    tables: {
      users: [{ username: 'alice', uid: 1001, directory: 'C:\\Users\\alice' }],
      processes: [{ pid: 4242, name: '3CXDesktopApp.exe', path: exe.path }],
      programs: [{ name: '3CX Desktop App', version, publisher: '3CX Ltd' }],
      dns_cache: [{ name: 'www.3cx.com', type: 'A' }],
    },
  };
}

function mac3cx(version: string, binary: SimFile, dmg: SimFile): Host {
  return {
    platform: 'darwin',
    files: [binary, dmg],
    tables: {
      users: [{ username: 'bob', uid: 501, directory: '/Users/bob' }],
      processes: [{ pid: 777, name: '3CX Desktop App', path: macApp }],
      apps: [
        {
          name: '3CX Desktop App.app',
          path: '/Applications/3CX Desktop App.app',
          bundle_identifier: 'com.electron.3cx-desktop-app',
          bundle_short_version: version,
        },
      ],
    },
  };
}

export const threeCx: Record<string, Host> = {
  'windows 18.12.407, files under --read_max': windows3cx(
    '18.12.407',
    {
      path: `${win3cx}\\3CXDesktopApp.exe`,
      size: 40 * MB,
      sha256: 'dde03348075512796241389dfea5560c20a3d2a2eac95c894e7bbed5e85a0acc',
      original_filename: '3CXDesktopApp.exe',
      file_version: '18.12.407.0',
      product_version: '18.12.407',
    },
    {
      path: 'C:\\Users\\alice\\Downloads\\3cxdesktopapp-18.12.407.msi',
      size: 45 * MB,
      sha256: 'aa124a4b4df12b34e74ee7f6c683b2ebec4ce9a8edcf9be345823b4fdcf5d868',
    },
  ),
  'windows 18.12.416, files over --read_max': windows3cx(
    '18.12.416',
    {
      path: `${win3cx}\\3CXDesktopApp.exe`,
      size: 150 * MB,
      sha256: 'fad482ded2e25ce9e1dd3d3ecc3227af714bdfbbde04347dbc1b21d6a3670405',
      original_filename: '3CXDesktopApp.exe',
      file_version: '18.12.416.0',
      product_version: '18.12.416',
    },
    {
      path: 'C:\\Users\\alice\\Downloads\\3cxdesktopapp-18.12.416.msi',
      size: 110 * MB,
      sha256: '59e1edf4d82fae4978e97512b0331b7eb21dd4b838b850ba46794d9c7a2c0983',
    },
  ),
  'macOS 18.11.1213': mac3cx(
    '18.11.1213',
    { path: macApp, size: 30 * MB, sha256: '92005051ae314d61074ed94a52e76b1c3e21e7f0e8c1d1fdd497a006ce45fa61' },
    {
      path: '/Users/bob/Downloads/3CXDesktopApp-18.11.1213.dmg',
      size: 130 * MB,
      sha256: '5407cda7d3a75e7b1e030b1f33337a56f293578ffa8b3ae19c671051ed314290',
    },
  ),
};

export const threeCxClean: Record<string, Host> = {
  'windows 18.12.422': windows3cx(
    '18.12.422',
    {
      path: `${win3cx}\\3CXDesktopApp.exe`,
      size: 40 * MB,
      sha256: h('c', 64),
      original_filename: '3CXDesktopApp.exe',
      file_version: '18.12.422.0',
      product_version: '18.12.422',
    },
    { path: 'C:\\Users\\alice\\Downloads\\3cxdesktopapp-18.12.422.msi', size: 110 * MB, sha256: h('d', 64) },
  ),
  'macOS 18.12.422, a clean "latest" DMG': mac3cx(
    '18.12.422',
    { path: macApp, size: 30 * MB, sha256: h('e', 64) },
    { path: '/Users/bob/Downloads/3cxdesktopapp-latest.dmg', size: 140 * MB, sha256: h('f', 64) },
  ),
};
