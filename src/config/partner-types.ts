import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { PartnerTypeNames, type PartnerType, type PartnerTypeInfo } from '../schema/source.js';
import { dataPath } from '../util/package.js';

let cache: PartnerTypeNames | undefined;

/** Every partner type's names and whether the note expects it (data/partner-types.yaml, read once). */
export function partnerTypes(): Record<PartnerType, PartnerTypeInfo> {
  return (cache ??= PartnerTypeNames.parse(parseYaml(readFileSync(dataPath('partner-types.yaml'), 'utf8')))).types;
}

/**
 * A partner type in words: 'one' names one partner ("Community Safety Partnership"), 'many' the
 * type as a group ("Community Safety Partnerships"). A code the file does not know reads as a word.
 */
export function partnerTypeName(code: string, form: 'one' | 'many'): string {
  const names = (partnerTypes() as Partial<Record<string, PartnerTypeInfo>>)[code];
  return names ? names[form] : code.charAt(0) + code.slice(1).toLowerCase();
}
