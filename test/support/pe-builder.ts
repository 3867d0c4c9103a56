// A minimal PE image whose one section, .rsrc, holds resources — above all a version resource — so the
// YARA pe module's `version_info` can be tested on real engines without shipping binaries.
// Layouts: Microsoft's "PE Format" (learn.microsoft.com/windows/win32/debug/pe-format: MS-DOS stub,
// signature, COFF file header, optional header, section table, .rsrc section) and "Version Information"
// (learn.microsoft.com/windows/win32/menurc/vs-versioninfo and its children StringFileInfo, StringTable,
// String, VarFileInfo, Var, VS_FIXEDFILEINFO). Checked against YARA 4.2's `pe_parse_version_info`
// (libyara/modules/pe/pe.c) and YARA-X's `parse_version_info` (lib/src/modules/pe/parser.rs).

/** Resource types (winuser.h). */
export const RT_VERSION = 16;
export const RT_MANIFEST = 24;
/** U.S. English (LANGID 0x0409), the language rc.exe gives resources by default. */
export const LANG_EN_US = 0x0409;

export interface Resource {
  readonly type: number;
  readonly name: number;
  readonly language: number;
  readonly data: Buffer;
}

export interface VersionInfo {
  /** Key/value pairs of the StringTable, in order: OriginalFilename, FileVersion, ProductName… */
  readonly strings: readonly (readonly [string, string])[];
  /** The StringTable's key: LANGID and code page in 8 hex digits (040904B0: U.S. English, UTF-16). */
  readonly table?: string;
  /** VS_FIXEDFILEINFO's versions; default: the leading numbers of the FileVersion / ProductVersion strings. */
  readonly fileVersion?: readonly number[];
  readonly productVersion?: readonly number[];
}

export interface PeOptions {
  /** PE32+ (x64) instead of PE32 (x86). */
  readonly pe32plus?: boolean;
  readonly resources: readonly Resource[];
}

const align = (n: number, to: number): number => Math.ceil(n / to) * to;
const pad4 = (b: Buffer): Buffer => Buffer.concat([b, Buffer.alloc(align(b.length, 4) - b.length)]);
/** A NUL-terminated UTF-16LE string (WCHAR szKey[] / the value of a String). */
const utf16z = (s: string): Buffer => Buffer.from(`${s}\u0000`, 'utf16le');

/** Little-endian writer at a moving position. */
class Out {
  constructor(
    readonly buf: Buffer,
    public pos = 0,
  ) {}
  u8(v: number): this {
    this.pos = this.buf.writeUInt8(v, this.pos);
    return this;
  }
  u16(v: number): this {
    this.pos = this.buf.writeUInt16LE(v, this.pos);
    return this;
  }
  u32(v: number): this {
    this.pos = this.buf.writeUInt32LE(v >>> 0, this.pos);
    return this;
  }
  /** A DWORD in PE32, a ULONGLONG in PE32+ (ImageBase, stack and heap sizes). */
  word(v: number, wide: boolean): this {
    if (wide) this.pos = this.buf.writeBigUInt64LE(BigInt(v), this.pos);
    else this.u32(v);
    return this;
  }
}

/**
 * One node of the version tree: WORD wLength, WORD wValueLength, WORD wType (1 text, 0 binary), WCHAR
 * szKey[], Padding to a DWORD, Value, then each child DWORD-aligned. wLength counts everything up to the
 * end of the last child but not the padding after it ("does not include any padding that aligns any
 * subsequent version resource data on a 32-bit boundary"). Every node starts DWORD-aligned, so padding
 * relative to its start is padding in the resource.
 */
function node(key: string, type: 0 | 1, value: Buffer, valueLength: number, children: readonly Buffer[]): Buffer {
  let body = pad4(Buffer.concat([Buffer.alloc(6), utf16z(key)]));
  if (value.length > 0) body = Buffer.concat([body, value]);
  for (const child of children) body = Buffer.concat([pad4(body), child]);
  if (body.length > 0xffff) throw new RangeError(`version node ${key} is over 65,535 bytes`);
  new Out(body).u16(body.length).u16(valueLength).u16(type);
  return body;
}

/** Numeric parts of a version string as VS_FIXEDFILEINFO's MS/LS DWORDs (18.12.407 → 0x0012000C, 0x01970000). */
function versionDwords(parts: readonly number[]): [number, number] {
  const [a = 0, b = 0, c = 0, d = 0] = parts;
  return [((a << 16) | b) >>> 0, ((c << 16) | d) >>> 0];
}
const leadingNumbers = (s: string | undefined): number[] =>
  (/^\d+(\.\d+){0,3}/.exec(s ?? '')?.[0] ?? '')
    .split('.')
    .filter((p) => p !== '')
    .map(Number);

/** The RT_VERSION resource data: VS_VERSIONINFO { VS_FIXEDFILEINFO, StringFileInfo, VarFileInfo }. */
export function versionInfo(v: VersionInfo): Buffer {
  const table = v.table ?? '040904B0';
  if (!/^[0-9A-Fa-f]{8}$/.test(table)) throw new Error(`StringTable key must be 8 hex digits, got ${table}`);
  const get = (k: string): string | undefined => v.strings.find(([key]) => key === k)?.[1];
  const [fileMs, fileLs] = versionDwords(v.fileVersion ?? leadingNumbers(get('FileVersion')));
  const [prodMs, prodLs] = versionDwords(v.productVersion ?? leadingNumbers(get('ProductVersion')));
  // VS_FIXEDFILEINFO: 13 DWORDs, 52 bytes; YARA 4 skips exactly that many bytes after the root key.
  const fixed = Buffer.alloc(52);
  new Out(fixed)
    .u32(0xfeef04bd) // dwSignature
    .u32(0x00010000) // dwStrucVersion 1.0
    .u32(fileMs)
    .u32(fileLs)
    .u32(prodMs)
    .u32(prodLs)
    .u32(0x3f) // dwFileFlagsMask: VS_FFI_FILEFLAGSMASK
    .u32(0) // dwFileFlags
    .u32(0x00040004) // dwFileOS: VOS_NT_WINDOWS32
    .u32(1) // dwFileType: VFT_APP
    .u32(0) // dwFileSubtype
    .u32(0) // dwFileDateMS
    .u32(0); // dwFileDateLS
  // String: wValueLength is the value's size in WORDs; the NUL is counted (files differ here, both parsers cope).
  const strings = v.strings.map(([key, value]) => node(key, 1, utf16z(value), value.length + 1, []));
  // Var "Translation": one DWORD, LANGID in the low word and code page in the high word; wValueLength in bytes.
  const translation = Buffer.alloc(4);
  new Out(translation).u16(parseInt(table.slice(0, 4), 16)).u16(parseInt(table.slice(4), 16));
  return node('VS_VERSION_INFO', 0, fixed, fixed.length, [
    node('StringFileInfo', 1, Buffer.alloc(0), 0, [node(table, 1, Buffer.alloc(0), 0, strings)]),
    node('VarFileInfo', 1, Buffer.alloc(0), 0, [node('Translation', 0, translation, 4, [])]),
  ]);
}

interface Dir {
  readonly id: number;
  readonly children: readonly Dir[];
  readonly resource?: Resource;
}

/** Groups resources into the type → name → language tree, ID entries in ascending order as the spec requires. */
function tree(resources: readonly Resource[], level: 0 | 1 | 2 = 0): Dir[] {
  const key = (r: Resource): number => (level === 0 ? r.type : level === 1 ? r.name : r.language);
  const ids = [...new Set(resources.map(key))].sort((a, b) => a - b);
  return ids.map((id) => {
    const mine = resources.filter((r) => key(r) === id);
    if (level < 2) return { id, children: tree(mine, (level + 1) as 1 | 2) };
    if (mine.length > 1) throw new Error(`two resources with type, name and language ${mine[0]?.type}/${id}`);
    return { id, children: [], resource: mine[0] };
  });
}

/**
 * The .rsrc section (PE Format, "The .rsrc Section"): all directory tables (IMAGE_RESOURCE_DIRECTORY, 16
 * bytes, then 8-byte entries: ID, and an offset whose high bit marks a subdirectory), level by level; then
 * the data entries (IMAGE_RESOURCE_DATA_ENTRY: data RVA, size, code page, reserved); then the data,
 * 8-byte aligned. Offsets are from the start of the section, the data's address is an RVA.
 */
function resourceSection(resources: readonly Resource[], rva: number): Buffer {
  const levels: Dir[][] = [[{ id: 0, children: tree(resources) }]];
  for (let l = 0; l < 3; l++) levels.push((levels[l] as Dir[]).flatMap((d) => d.children));
  const tables = levels.slice(0, 3).flat();
  const leaves = levels[3] as Dir[];
  const offsets = new Map<Dir, number>();
  let pos = 0;
  for (const d of tables) {
    offsets.set(d, pos);
    pos += 16 + 8 * d.children.length;
  }
  for (const d of leaves) {
    offsets.set(d, pos);
    pos += 16;
  }
  const dataAt = new Map<Dir, number>();
  for (const d of leaves) {
    pos = align(pos, 8);
    dataAt.set(d, pos);
    pos += d.resource?.data.length ?? 0;
  }
  const out = new Out(Buffer.alloc(pos));
  for (const d of tables) {
    out.pos = offsets.get(d) as number;
    // Characteristics, TimeDateStamp, MajorVersion, MinorVersion, NumberOfNamedEntries, NumberOfIdEntries
    out.u32(0).u32(0).u16(0).u16(0).u16(0).u16(d.children.length);
    for (const c of d.children) out.u32(c.id).u32((offsets.get(c) as number) | (c.resource ? 0 : 0x80000000));
  }
  for (const d of leaves) {
    const data = d.resource?.data ?? Buffer.alloc(0);
    out.pos = offsets.get(d) as number;
    out
      .u32(rva + (dataAt.get(d) as number))
      .u32(data.length)
      .u32(0)
      .u32(0);
    data.copy(out.buf, dataAt.get(d));
  }
  return out.buf;
}

/**
 * A PE image: DOS header (e_magic "MZ", e_lfanew at 0x3C; no stub program), "PE\0\0", COFF file header,
 * optional header with 16 data directories (only the resource table, index 2, set), one section header,
 * and the .rsrc section at RVA 0x1000. It has no code: AddressOfEntryPoint is 0, which the spec allows for
 * DLLs only, but no parser checks it and the image is never run.
 */
export function buildPe(o: PeOptions): Buffer {
  const wide = o.pe32plus ?? false;
  const fileAlignment = 0x200;
  const sectionAlignment = 0x1000;
  const rsrcRva = 0x1000;
  const headersSize = 0x200; // SizeOfHeaders: all headers, rounded up to FileAlignment
  const rsrc = resourceSection(o.resources, rsrcRva);
  const rawSize = align(rsrc.length, fileAlignment);
  const out = new Out(Buffer.alloc(headersSize + rawSize));
  const peAt = 0x40;
  out.u16(0x5a4d); // e_magic "MZ"
  out.pos = 0x3c;
  out.u32(peAt); // e_lfanew
  out.pos = peAt;
  out.u32(0x00004550); // "PE\0\0"
  const optionalSize = wide ? 240 : 224;
  // COFF file header: Machine (x64 or i386), NumberOfSections, TimeDateStamp, PointerToSymbolTable,
  // NumberOfSymbols, SizeOfOptionalHeader, Characteristics (EXECUTABLE_IMAGE, and LARGE_ADDRESS_AWARE
  // for PE32+ or 32BIT_MACHINE for PE32).
  out
    .u16(wide ? 0x8664 : 0x014c)
    .u16(1)
    .u32(0)
    .u32(0)
    .u32(0)
    .u16(optionalSize)
    .u16(wide ? 0x0022 : 0x0102);
  const optionalAt = out.pos;
  // Standard fields: Magic, linker version, SizeOfCode, SizeOfInitializedData, SizeOfUninitializedData,
  // AddressOfEntryPoint, BaseOfCode, and BaseOfData in PE32 only.
  out
    .u16(wide ? 0x20b : 0x10b)
    .u8(14)
    .u8(0)
    .u32(0)
    .u32(rawSize)
    .u32(0)
    .u32(0)
    .u32(rsrcRva);
  if (!wide) out.u32(rsrcRva);
  // Windows-specific fields.
  out.word(wide ? 0x140000000 : 0x400000, wide); // ImageBase
  out.u32(sectionAlignment).u32(fileAlignment);
  out.u16(6).u16(0).u16(0).u16(0).u16(6).u16(0); // OS, image and subsystem versions
  out.u32(0); // Win32VersionValue
  out
    .u32(align(rsrcRva + rsrc.length, sectionAlignment))
    .u32(headersSize)
    .u32(0); // SizeOfImage, SizeOfHeaders, CheckSum
  out.u16(2).u16(0); // Subsystem: WINDOWS_GUI; DllCharacteristics
  out.word(0x100000, wide).word(0x1000, wide).word(0x100000, wide).word(0x1000, wide); // stack and heap
  out.u32(0).u32(16); // LoaderFlags, NumberOfRvaAndSizes
  out.pos += 2 * 8; // export and import tables
  out.u32(rsrcRva).u32(rsrc.length); // resource table
  out.pos = optionalAt + optionalSize; // the other 13 data directories stay zero
  // Section header: Name, VirtualSize, VirtualAddress, SizeOfRawData, PointerToRawData, relocations and
  // line numbers (none), Characteristics: CNT_INITIALIZED_DATA | MEM_READ.
  out.buf.write('.rsrc', out.pos, 'latin1');
  out.pos += 8;
  out.u32(rsrc.length).u32(rsrcRva).u32(rawSize).u32(headersSize).u32(0).u32(0).u16(0).u16(0).u32(0x40000040);
  if (out.pos > headersSize) throw new Error('headers overflow SizeOfHeaders');
  rsrc.copy(out.buf, headersSize);
  return out.buf;
}

/** A PE whose only resource is a version resource with `strings` (most tests need no more). */
export function versionPe(strings: VersionInfo['strings'], o: Omit<PeOptions, 'resources'> = {}): Buffer {
  return buildPe({
    ...o,
    resources: [{ type: RT_VERSION, name: 1, language: LANG_EN_US, data: versionInfo({ strings }) }],
  });
}
