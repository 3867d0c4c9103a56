// The Advanced Hunting tables iocc queries: what a row means, the columns a responder needs, and how
// Sentinel maps them to entities. Column names are Defender's (reference: Microsoft's table docs).
export type Table =
  | 'DeviceProcessEvents'
  | 'DeviceImageLoadEvents'
  | 'DeviceFileEvents'
  | 'DeviceNetworkEvents'
  | 'DeviceTvmSoftwareInventory';

export interface TableSpec {
  /** Names the artifacts: `process.kql`, `defender/process.json` … */
  readonly key: string;
  /** For titles: `<rule title> - Process Creation`. */
  readonly title: string;
  /** What a row means, for the header and descriptions. */
  readonly meaning: string;
  /** Columns of the result; `Timestamp` becomes `TimeGenerated` in Sentinel. */
  readonly project: readonly string[];
  /** False for a table without Timestamp and ReportId: a hunting query only, never a detection. */
  readonly detection: boolean;
  readonly network: boolean;
  /** Sentinel entity mappings: entity type → identifier → column. */
  readonly entities: readonly (readonly [string, readonly (readonly [string, string])[]])[];
}

const event = ['Timestamp', 'DeviceId', 'DeviceName', 'ReportId', 'ActionType'];
const file = ['FileName', 'FolderPath', 'SHA1', 'SHA256', 'MD5'];
const host = ['Host', [['FullName', 'DeviceName']]] as const;
const fileEntity = [
  'File',
  [
    ['Name', 'FileName'],
    ['Directory', 'FolderPath'],
  ],
] as const;

export const tables: Readonly<Record<Table, TableSpec>> = {
  DeviceProcessEvents: {
    key: 'process',
    title: 'Process Creation',
    meaning: 'a process started from a listed file (by hash, original file name and version, or name)',
    project: [
      ...event,
      ...file,
      'ProcessCommandLine',
      'ProcessVersionInfoOriginalFileName',
      'ProcessVersionInfoProductVersion',
      'AccountName',
      'InitiatingProcessFileName',
    ],
    detection: true,
    network: false,
    entities: [host, fileEntity],
  },
  DeviceImageLoadEvents: {
    key: 'image-load',
    title: 'Image Load',
    meaning: 'a process loaded a listed library (by hash, or by name and path)',
    project: [...event, ...file, 'InitiatingProcessFileName', 'InitiatingProcessFolderPath', 'InitiatingProcessSHA1'],
    detection: true,
    network: false,
    entities: [host, fileEntity],
  },
  DeviceFileEvents: {
    key: 'file',
    title: 'File Event',
    meaning:
      'a listed file was created, modified or renamed on disk (by hash, versioned installer name, or name and path)',
    project: [...event, ...file, 'FileOriginUrl', 'InitiatingProcessFileName', 'InitiatingProcessAccountName'],
    detection: true,
    network: false,
    entities: [host, fileEntity],
  },
  DeviceNetworkEvents: {
    key: 'network',
    title: 'Network Connection',
    meaning: 'a process connected to a listed domain (or a subdomain), URL or IP address',
    project: [
      ...event,
      'RemoteUrl',
      'RemoteIP',
      'RemotePort',
      'InitiatingProcessFileName',
      'InitiatingProcessFolderPath',
      'InitiatingProcessSHA1',
    ],
    detection: true,
    network: true,
    entities: [host, ['IP', [['Address', 'RemoteIP']]], ['URL', [['Url', 'RemoteUrl']]]],
  },
  DeviceTvmSoftwareInventory: {
    key: 'software',
    title: 'Installed Software',
    meaning:
      'a device has an affected software version installed (the table has no Timestamp or ReportId: a ' +
      'hunting query, not a detection)',
    project: ['DeviceId', 'DeviceName', 'OSPlatform', 'SoftwareVendor', 'SoftwareName', 'SoftwareVersion'],
    detection: false,
    network: false,
    entities: [host],
  },
};
