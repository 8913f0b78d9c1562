import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The steering repo's shared/ folder sits beside the checkout (../shared); tests that use it skip when absent. */
export const sharedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
export const sharedPath = (...parts: string[]): string => path.join(sharedDir, ...parts);
