// Software and file versions: what a listed version is equal to. A version is compared as a whole,
// never as a prefix (5.6.1 must not match the fixed 5.6.1.revertto5.4 or 5.6.1+really5.4.5-1).

/** Windows version resources and MSI/NuGet versions have at most four numeric parts. */
const maxNumericParts = 4;

/**
 * The written forms a consumer that pads numeric versions with zeros may report for `v`: with trailing
 * `.0` parts removed or added, up to four parts (18.12.407 → 18.12.407, 18.12.407.0; 2.0 → 2, 2.0, 2.0.0,
 * 2.0.0.0). A version that is not all numeric dotted parts has one form: itself.
 */
export function paddedVersions(v: string): string[] {
  if (!/^\d+(\.\d+)*$/.test(v) || v.split('.').length > maxNumericParts) return [v];
  const parts = v.split('.');
  while (parts.length > 1 && /^0+$/.test(parts[parts.length - 1] ?? '')) parts.pop();
  const out: string[] = [];
  for (let s = parts.join('.'), n = parts.length; n <= maxNumericParts; n++, s = `${s}.0`) out.push(s);
  if (!out.includes(v)) out.push(v);
  return out.sort();
}

/**
 * The forms a Windows version resource's FileVersion/ProductVersion string may hold for `v`: the padded
 * dotted forms, and for four numeric parts also the older "18, 12, 407, 0" style that many builds
 * write (the numeric VS_FIXEDFILEINFO is always dotted, the string is whatever the vendor typed).
 */
export function resourceVersions(v: string): string[] {
  const dotted = paddedVersions(v);
  const four = dotted.filter((d) => /^\d+(\.\d+){3}$/.test(d));
  return [...new Set([...dotted, ...four.map((d) => d.split('.').join(', '))])].sort();
}
