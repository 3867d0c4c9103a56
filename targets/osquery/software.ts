// Installed software, per ecosystem, in the osquery table that lists it. Every version comparison is
// exact (`COLLATE BINARY`, see sql.ts) over the forms the ecosystem's table can report for a listed
// version (src/values/ecosystem.ts states them): never a prefix, never osquery's fuzzy version collation.
import { normalizePypiName, type Ecosystem } from '../../src/values/ecosystem.js';
import { paddedVersions } from '../../src/values/version.js';
import { anyOf, asciiLower, equalsNoCase, literal, versionIn } from './sql.js';

export interface Product {
  readonly name: string;
  readonly versions: readonly string[];
  readonly bundleId?: string;
}

const padded = (versions: readonly string[]): string[] => [...new Set(versions.flatMap(paddedVersions))];

// Debian: `version` is [epoch:]upstream[-revision]; dpkg prints no `0:` epoch. The revision is the part
// after the last `-` and holds only these characters, so trimming them leaves `upstream-`.
const debRevisionChars = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+.~';
const debNoEpoch = "substr(version, instr(version, ':') + 1)";

function debVersion(versions: readonly string[]): string {
  const full = [...new Set(versions.flatMap((v) => (v.startsWith('0:') ? [v, v.slice(2)] : [v])))];
  return anyOf([
    versionIn('version', full),
    versionIn(debNoEpoch, full),
    versionIn(
      `rtrim(${debNoEpoch}, ${literal(debRevisionChars)})`,
      full.map((v) => `${v}-`),
    ),
  ]);
}

// RPM: `version`, `release` and `epoch` (NULL when there is none) are columns of their own.
function rpmVersion(versions: readonly string[]): string {
  return anyOf([
    versionIn('version', versions),
    versionIn("version || '-' || release", versions),
    versionIn("ifnull(epoch, 0) || ':' || version || '-' || release", versions),
    versionIn("ifnull(epoch, 0) || ':' || version", versions),
  ]);
}

// Homebrew: a formula keg is `version` or `version_N` (a rebuild); casks have free-form versions.
const homebrewVersion = (versions: readonly string[]): string =>
  anyOf([
    versionIn('version', versions),
    versionIn(
      "rtrim(version, '0123456789')",
      versions.map((v) => `${v}_`),
    ),
  ]);

const byProduct = (products: readonly Product[], one: (p: Product) => string): string => anyOf(products.map(one));

export function debPackages(products: readonly Product[]): string {
  // A removed but not purged package keeps its row (status `deinstall ok config-files`) without its files.
  return (
    `SELECT name, version, arch, source, status FROM deb_packages WHERE substr(status, -13) != ' ` +
    `config-files' AND ${byProduct(products, (p) => `(name = ${literal(p.name)} AND ${debVersion(p.versions)})`)};`
  );
}

export function rpmPackages(products: readonly Product[]): string {
  return (
    `SELECT name, version, release, epoch, arch, source FROM rpm_packages WHERE ` +
    `${byProduct(products, (p) => `(name = ${literal(p.name)} AND ${rpmVersion(p.versions)})`)};`
  );
}

export function homebrewPackages(products: readonly Product[]): string {
  return (
    `SELECT name, version, type, path FROM homebrew_packages WHERE ` +
    `${byProduct(products, (p) => `(name = ${literal(p.name)} AND ${homebrewVersion(p.versions)})`)};`
  );
}

/** A product by its name (ASCII case ignored) and one of its versions, padded with `.0` parts. */
const namedVersion = (p: Product): string =>
  `(${equalsNoCase('name', p.name)} AND ${versionIn('version', padded(p.versions))})`;

export function chocolateyPackages(products: readonly Product[]): string {
  return `SELECT name, version, path FROM chocolatey_packages WHERE ` + `${byProduct(products, namedVersion)};`;
}

export function programs(products: readonly Product[]): string {
  return (
    `SELECT name, version, publisher, install_location FROM programs WHERE ` + `${byProduct(products, namedVersion)};`
  );
}

export function apps(products: readonly Product[]): string {
  return `SELECT name, path, bundle_identifier, bundle_short_version, bundle_version FROM apps WHERE ${byProduct(
    products,
    (p) => {
      const version = versionIn('bundle_short_version', padded(p.versions));
      const named = `${equalsNoCase('name', `${p.name}.app`)} AND ${version}`;
      return p.bundleId === undefined
        ? `(${named})`
        : `((${named}) OR (bundle_identifier = ${literal(p.bundleId)} AND ${version}))`;
    },
  )};`;
}

/**
 * npm packages in osquery's default roots (global installs, nvm, asdf, fnm, mise, volta) and, when
 * given, in project folders: a `directory` constraint replaces the default roots, so those are a second
 * SELECT, each folder joined on `directory` (the folder that holds node_modules).
 */
export function npmPackages(products: readonly Product[], directories: readonly string[]): string {
  const cond = byProduct(products, (p) => `(n.name = ${literal(p.name)} AND ${versionIn('n.version', p.versions)})`);
  const columns = 'n.name, n.version, n.path, n.directory';
  const roots = `SELECT ${columns} FROM npm_packages AS n WHERE ${cond}`;
  if (directories.length === 0) return `${roots};`;
  const folders = `(SELECT column1 AS v FROM (VALUES ${[...directories]
    .sort()
    .map((d) => `(${literal(d)})`)
    .join(', ')}))`;
  return (
    `${roots} UNION SELECT ${columns} FROM ${folders} AS k CROSS JOIN npm_packages AS n ON n.directory = k.v ` +
    `WHERE ${cond};`
  );
}

/**
 * PyPI packages by normalized name (the metadata keeps the project's spelling: PyYAML, typing_extensions).
 * On macOS and Linux osquery reads only its own user's home unless a uid is given, so every user is
 * joined; rows of system folders carry uid 0 and come with root. Windows reads every user already.
 */
export function pythonPackages(products: readonly Product[], perUser: boolean): string {
  const name = "lower(replace(replace(p.name, '_', '-'), '.', '-'))";
  const cond = byProduct(
    products,
    (p) => `(${name} = ${literal(asciiLower(normalizePypiName(p.name)))} AND ${versionIn('p.version', p.versions)})`,
  );
  return perUser
    ? `SELECT u.username, p.name, p.version, p.path FROM users AS u CROSS JOIN python_packages AS p ON p.uid ` +
        `= u.uid WHERE ${cond};`
    : `SELECT p.name, p.version, p.path, p.uid FROM python_packages AS p WHERE ${cond};`;
}

/** The table of each ecosystem, for query names and coverage texts. */
export const tableOf: Readonly<Record<Ecosystem, string>> = {
  deb: 'deb_packages',
  rpm: 'rpm_packages',
  homebrew: 'homebrew_packages',
  chocolatey: 'chocolatey_packages',
  npm: 'npm_packages',
  pypi: 'python_packages',
  msi: 'programs',
  app: 'apps',
};
