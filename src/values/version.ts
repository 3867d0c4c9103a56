// Software and file versions: what a listed version is equal to. A version is compared as a whole,
// never as a prefix (5.6.1 must not match the fixed 5.6.1.revertto5.4 or 5.6.1+really5.4.5-1).

/** Windows version resources and MSI/NuGet versions have at most four numeric parts. */
const maxNumericParts = 4;

/**
 * The written forms a consumer that pads numeric versions with zeros may report for `v`: `v` itself and,
 * when `v` is all numeric dotted parts, `v.0`, `v.0.0` … up to four parts (18.12.407 → 18.12.407.0).
 */
export function paddedVersions(v: string): string[] {
  if (!/^\d+(\.\d+)*$/.test(v)) return [v];
  const out = [v];
  for (let parts = v.split('.').length, s = v; parts < maxNumericParts; parts++) out.push((s = `${s}.0`));
  return out;
}
