export { openStore, openStoreReadOnly, Store, type OpenStoreOptions } from './store.js';
export { migrate } from './db.js';
export type {
  Override, OverrideInput, ReviewInput, ReviewRecord, TrainingExample, RunInfo, LockInfo, RunRow, YearTheme, YearThemes, StoredPriority,
} from '../schema/stored.js';
export type { LockHolder } from './lock.js';
export { STALE_LOCK_HOURS } from './lock.js';
export { migrations, type Migration } from './migrations.js';
export { normaliseText } from './normalise.js';
export { applyOverrides } from './overrides.js';
export { StoreVersionError, StoreLockError, StoreMigrationPendingError } from './errors.js';
export { driftTable, type DriftTable, type DriftRow, type DriftCell, type DriftStatus } from './drift.js';
