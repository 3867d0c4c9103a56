// Known paths of a rule (with %VARIABLES% and ~) as exact osquery paths: per-user locations become a
// path relative to each user's home, joined with `users.directory`, so every profile is covered
// wherever it lives and the path is compared exactly (no LIKE, no wildcard); system locations become
// absolute paths.

export type KnownPath =
  | { readonly kind: 'user'; /** Appended to `users.directory`, starting with the separator. */ readonly rel: string }
  | { readonly kind: 'system'; readonly path: string };

const userRelative: Readonly<Record<string, string>> = {
  '%USERPROFILE%': '',
  '%LOCALAPPDATA%': '\\AppData\\Local',
  '%APPDATA%': '\\AppData\\Roaming',
  '%TEMP%': '\\AppData\\Local\\Temp',
};

// The system drive is assumed to be C:, as on nearly every Windows host.
const systemFolders: Readonly<Record<string, string>> = {
  '%PROGRAMFILES%': 'C:\\Program Files',
  '%PROGRAMFILES(X86)%': 'C:\\Program Files (x86)',
  '%PROGRAMDATA%': 'C:\\ProgramData',
  '%SYSTEMROOT%': 'C:\\Windows',
};

export function knownPath(path: string): KnownPath {
  const variable = /^%[^%]+%/.exec(path)?.[0];
  if (variable !== undefined) {
    const rest = path.slice(variable.length);
    const relative = userRelative[variable];
    if (relative !== undefined) return { kind: 'user', rel: relative + rest };
    const folder = systemFolders[variable];
    if (folder !== undefined) return { kind: 'system', path: folder + rest };
    throw new Error(`unsupported path variable ${variable}`);
  }
  if (path.startsWith('~/')) return { kind: 'user', rel: path.slice(1) };
  return { kind: 'system', path };
}
