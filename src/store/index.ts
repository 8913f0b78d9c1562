export { openStore, migrate, Store } from './store.js';
export type {
  Override, OverrideInput, ReviewInput, ReviewRecord, TrainingExample, RunInfo, LockInfo, RunRow, YearTheme, YearThemes, StoredPriority, OpenStoreOptions,
} from './store.js';
export { migrations, type Migration } from './migrations.js';
export { normaliseText } from './normalise.js';
export { applyOverrides } from './overrides.js';
export { StoreVersionError, StoreLockError } from './errors.js';
export { writeFileAtomicSync } from '../util/atomic.js';
export { driftTable, formatDriftTable, writeDriftCsv, type DriftTable, type DriftRow, type DriftCell, type DriftStatus } from './drift.js';
