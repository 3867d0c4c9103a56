// TLP 2.0 marking definitions by their OASIS ids (extension-definition--60a3c5c5…), carried in every
// bundle since STIX 2.1 predefines only TLP 1.0; and the TLP 1.0 ids Sentinel's upload examples use.
import type { Tlp } from '../../src/model/types.js';

const tlp2Extension = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

export const tlp2Ids: Readonly<Record<Tlp, string>> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** TLP 1.0 (predefined by STIX 2.1): AMBER+STRICT has no 1.0 level and becomes AMBER. */
export const tlp1Ids: Readonly<Record<Tlp, string>> = {
  clear: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  'amber+strict': 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
};

/** The OASIS TLP 2.0 marking-definition object of a level. */
export function tlpMarking(tlp: Tlp): Record<string, unknown> {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: tlp2Ids[tlp],
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${tlp.toUpperCase()}`,
    extensions: { [tlp2Extension]: { extension_type: 'property-extension', tlp_2_0: tlp } },
  };
}

/** The TLP level of a marking id (2.0 or 1.0; WHITE is CLEAR), for the importer. */
export function tlpOfMarking(id: string): Tlp | undefined {
  for (const [level, mid] of Object.entries(tlp2Ids)) if (mid === id) return level as Tlp;
  for (const [level, mid] of Object.entries(tlp1Ids)) if (mid === id && level !== 'amber+strict') return level as Tlp;
  return undefined;
}
